import type { ExtractorResult } from '../../../templates/bounded-decision/types';
import { extractFacts, flag, number, bmi, event, recent } from './kit';
import type { PriorAuthLumbarMriFacts } from './facts';

// Composed from per-fact reader options written by the model (compiler/reader-options.ts renders them).
export function extract(text: string): ExtractorResult<PriorAuthLumbarMriFacts> {
  return extractFacts<PriorAuthLumbarMriFacts>(text, {
    has_red_flag: flag({ terms: ["red-flag sign", "cauda equina syndrome", "saddle anesthesia", "new bladder", "bowel incontinence", "retention", "progressive neurological deficit", "worsening leg weakness", "foot drop", "suspected cancer", "history of cancer", "fever with suspected infection", "spinal infection", "epidural abscess", "significant trauma", "suspected fracture", "cancer"], suspected: true }),
    symptom_weeks: number({ labels: ["low back pain", "back pain", "pain", "mechanical back pain"] }),
    has_conservative_therapy_failure: event({ subjects: ["conservative treatment", "physical therapy", "physiotherapy", "nsaids", "ibuprofen", "naproxen", "chiropractic care", "home exercise program"], outcomes: ["did not help", "failed", "no relief", "no improvement", "without improvement", "not tolerated", "not helping"], contrary: ["helped", "declined", "improved"], failures: true }),
    has_recent_lumbar_imaging: recent({ terms: ["mri", "ct", "lumbar spine", "spine"], withinMonths: 12 }),
  });
}
