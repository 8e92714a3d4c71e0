import type { ExtractorResult } from '../../../templates/bounded-decision/types';
import { extractFacts, flag, number, bmi, event, recent } from './kit';
import type { PriorAuthGlp1Facts } from './facts';

// Composed from per-fact reader options written by the model (compiler/reader-options.ts renders them).
export function extract(text: string): ExtractorResult<PriorAuthGlp1Facts> {
  return extractFacts<PriorAuthGlp1Facts>(text, {
    has_t2d_diagnosis: flag({ terms: ["t2d", "type 2 diabetes", "dm2", "dm type ii", "niddm", "adult-onset diabetes", "dm", "diabetes mellitus", "t2dm"], exclude: ["type 1", "gestational", "prediabetes", "family history", "negated", "rule-out mentions"] }),
    current_a1c: number({ labels: ["current a1c", "hba1c", "percent", "percentage", "a1c"] }),
    bmi: bmi(),
    has_step_therapy_failure: event({ subjects: ["prior weight-management", "weight-management", "glucose-lowering therapy", "glucose-lowering", "metformin", "phentermine", "orlistat", "lorcaserin", "diet", "exercise", "lifestyle program", "supervised diet", "metformin for weight loss", "weight loss"], outcomes: ["did not work", "not tolerated", "failed", "completed a supervised", "tried phentermine", "was ineffective", "weight-loss program", "without meaningful", "due to side"], contrary: ["stopped", "declined", "improved", "never tried"] }),
  });
}
