import type { ExtractorResult } from '../../../templates/bounded-decision/types';
import { extractFacts, flag, number, bmi, event, recent } from './kit';
import type { PriorAuthGlp1Facts } from './facts';

// Composed from per-fact reader options written by the model (compiler/reader-options.ts renders them).
export function extract(text: string): ExtractorResult<PriorAuthGlp1Facts> {
  return extractFacts<PriorAuthGlp1Facts>(text, {
    has_t2d_diagnosis: flag({ terms: ["t2d", "type 2 diabetes", "dm2", "dm type ii", "niddm", "adult-onset diabetes", "e11", "t2dm", "adult onset", "dm type", "ii diabetes", "ii dm", "non-insulin-dependent diabetes"], exclude: ["type 1", "gestational", "prediabetes", "family history", "negated", "rule-out"] }),
    current_a1c: number({ labels: ["current a1c", "a1c", "hemoglobin a1c", "glycated hemoglobin", "percentage", "hba1c", "last hba1c"] }),
    bmi: bmi(),
    has_step_therapy_failure: event({ subjects: ["prior weight-management", "glucose-lowering therapy", "weight-management", "metformin", "phentermine", "orlistat", "lorcaserin", "qsymia", "contrave", "saxenda", "structured supervised diet", "exercise", "lifestyle program", "supervised diet", "weight-loss program", "tried", "diet"], outcomes: ["did not work", "failed", "not tolerated", "no relief", "no improvement", "without improvement", "stopped", "unchanged", "not improve", "without success"], contrary: ["declined", "improved", "just started", "never tried"], failures: true }),
  }, { decides: ["has_t2d_diagnosis", "bmi", "has_step_therapy_failure"] });
}
