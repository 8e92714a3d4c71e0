// Generated from specs/prior-auth-sleep-study.yaml (facts). Do not edit: change the spec and recompile.
import { z } from 'zod';

export interface PriorAuthSleepStudyFacts {
  [fact: string]: boolean | number | string | null;
  /** Epworth Sleepiness Scale total (ESS, Epworth), an integer from 0 to 24 as written; null when no Epworth score is written. */
  epworth_score: number | null;
  /** The patient has symptoms of obstructive sleep apnea: loud or habitual snoring, witnessed apneas (pauses in breathing observed by a bed partner), or nocturnal gasping or choking. False when the note denies them or does not mention them. */
  has_osa_symptoms: boolean;
  /** Body-mass index in kg/m2 as written (BMI); null when not written. */
  bmi: number | null;
  /** A sleep study (polysomnography / PSG, home sleep apnea test / HSAT, sleep study) was already done within the last 12 months. False when the last one was longer ago, when none was done, or when one is only being requested. */
  has_prior_sleep_study_within_12mo: boolean;
  /** A condition that makes an unattended home test inappropriate (in-lab polysomnography is needed instead): congestive heart failure (CHF, heart failure), moderate or severe COPD, neuromuscular disease (ALS, muscular dystrophy), chronic opioid use, or a suspected central sleep apnea. False when denied or not mentioned. */
  has_significant_comorbidity: boolean;
}

export const factsSchema = z
  .object({
    epworth_score: z.number().nullable(),
    has_osa_symptoms: z.boolean(),
    bmi: z.number().nullable(),
    has_prior_sleep_study_within_12mo: z.boolean(),
    has_significant_comorbidity: z.boolean(),
  })
  .strict();
