// Generated from specs/prior-auth-lumbar-mri.yaml (facts). Do not edit: change the spec and recompile.
import { z } from 'zod';

export interface PriorAuthLumbarMriFacts {
  [fact: string]: boolean | number | string | null;
  /** A red-flag sign that needs imaging now: cauda equina syndrome (saddle anesthesia, new bladder or bowel incontinence or retention), progressive neurological deficit (worsening leg weakness, foot drop), suspected cancer or a history of cancer, fever with suspected infection (spinal infection, epidural abscess), or significant trauma / suspected fracture. False when denied or not mentioned. */
  has_red_flag: boolean;
  /** How many weeks the back pain has lasted, as written in weeks; null when not stated in weeks. */
  symptom_weeks: number | null;
  /** Conservative treatment (physical therapy / physiotherapy, NSAIDs such as ibuprofen or naproxen, chiropractic care, a home exercise program) was tried and did not help. False when it helped, was declined or only planned. */
  has_conservative_therapy_failure: boolean;
  /** An MRI or CT of the lumbar spine was already done within the last 12 months. False when it was longer ago, never done, or only being requested. */
  has_recent_lumbar_imaging: boolean;
}

export const factsSchema = z
  .object({
    has_red_flag: z.boolean(),
    symptom_weeks: z.number().nullable(),
    has_conservative_therapy_failure: z.boolean(),
    has_recent_lumbar_imaging: z.boolean(),
  })
  .strict();
