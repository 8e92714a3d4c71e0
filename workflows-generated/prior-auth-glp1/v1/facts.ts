// Generated from specs/prior-auth-glp1.yaml (facts). Do not edit: change the spec and recompile.
import { z } from 'zod';

export interface PriorAuthGlp1Facts {
  [fact: string]: boolean | number | string | null;
  /** The patient has a current diagnosis of type 2 diabetes mellitus. */
  has_t2d_diagnosis: boolean;
  /** Most recent HbA1c, in percent, as written. */
  current_a1c: number | null;
  /** Body-mass index in kg/m2 as written, or computed from weight and height. */
  bmi: number | null;
  /** A prior weight-management or glucose-lowering therapy was tried and failed or was not tolerated. */
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
