// Generated from specs/prior-auth-glp1.yaml (facts). Do not edit: change the spec and recompile.
import { z } from 'zod';

export interface PriorAuthGlp1Facts {
  [fact: string]: boolean | number | string | null;
  /** The patient has a current diagnosis of type 2 diabetes mellitus (T2DM, T2D, DM2, DM type II, NIDDM, non-insulin-dependent diabetes, adult-onset diabetes, ICD-10 E11.x). False for type 1, gestational, prediabetes, family history, negated or ruled-out mentions. */
  has_t2d_diagnosis: boolean;
  /** Most recent HbA1c (hemoglobin A1c, glycated hemoglobin), in percent, as written. */
  current_a1c: number | null;
  /** Body-mass index in kg/m2 as written; when no BMI is written but weight and height are, computed from them (metric or lb/in). */
  bmi: number | null;
  /** A prior weight-management or glucose-lowering therapy was tried and did not work (failed, ineffective, no or minimal weight loss), or was stopped or discontinued because it was not tolerated (side effects). Such therapies are drugs (e.g. metformin, phentermine, orlistat, Xenical, Alli, lorcaserin, topiramate, Qsymia, Contrave, Saxenda, Victoza) and structured or supervised diet, exercise or lifestyle programs (e.g. Weight Watchers, WW, Noom, Jenny Craig, Optifast, a dietitian-led program, a supervised program, a bariatric clinic program). False when it was declined, only planned, just started, or never tried. */
  has_step_therapy_failure: boolean;
}

export const factsSchema = z
  .object({
    has_t2d_diagnosis: z.boolean(),
    current_a1c: z.number().nullable(),
    bmi: z.number().nullable(),
    has_step_therapy_failure: z.boolean(),
  })
  .strict();
