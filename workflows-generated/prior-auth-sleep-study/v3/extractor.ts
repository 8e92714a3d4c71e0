import type { ExtractorResult } from '../../../templates/bounded-decision/types';
import { extractFacts, flag, number, bmi, event, recent } from './kit';
import type { PriorAuthSleepStudyFacts } from './facts';

// Composed from per-fact reader options written by the model (compiler/reader-options.ts renders them).
export function extract(text: string): ExtractorResult<PriorAuthSleepStudyFacts> {
  return extractFacts<PriorAuthSleepStudyFacts>(text, {
    epworth_score: number({ labels: ["epworth sleepiness scale", "epworth", "ess", "epworth scale", "epworth score"] }),
    has_osa_symptoms: flag({ terms: ["obstructive sleep apnea", "obstructive sleep apnea test", "obstructive sleep apnea symptoms", "snoring", "witnessed apneas", "nocturnal gasping", "nocturnal choking", "gasping"] }),
    bmi: bmi(),
    has_prior_sleep_study_within_12mo: recent({ terms: ["sleep study", "polysomnography", "psg", "home sleep apnea test", "hsat", "sleep studies"], withinMonths: 12 }),
    has_significant_comorbidity: flag({ terms: ["congestive heart failure", "chf", "heart failure", "moderate copd", "severe copd", "neuromuscular disease", "als", "muscular dystrophy", "chronic opioid use", "suspected central sleep apnea", "in-lab polysomnography", "chronic opioid"], exclude: ["severe copd on home oxygen"], unsure: ["copd"] }),
  });
}
