import type { ExtractorResult } from '../../../templates/bounded-decision/types';
import { extractFacts, flag, number, bmi, event, recent } from './kit';
import type { PriorAuthGlp1Facts } from './facts';

// Composed from per-fact reader options written by the model (compiler/reader-options.ts renders them).
export function extract(text: string): ExtractorResult<PriorAuthGlp1Facts> {
  return extractFacts<PriorAuthGlp1Facts>(text, {
    has_t2d_diagnosis: flag({ terms: ["t2d", "t2dm", "dm2", "dm type ii", "niddm", "adult-onset diabetes", "e11.9", "e11.x", "type 2 diabetes mellitus", "type 2 diabetes", "e11", "adult onset", "non-insulin-dependent diabetes", "onset dm"], exclude: ["type 1", "gestational", "prediabetes", "family history", "negated", "rule-out"] }),
    current_a1c: number({ labels: ["current a1c", "a1c", "hemoglobin a1c", "glycated hemoglobin", "percentage", "hba1c", "last hba1c"] }),
    bmi: bmi(),
    has_step_therapy_failure: event({ subjects: ["weight management", "glucose-lowering", "drugs", "structured diet", "supervised diet", "exercise programs", "lifestyle programs", "weight loss", "phentermine", "metformin", "orlistat", "xenical", "alli", "lorcaserin", "topiramate", "qsymia", "contrave", "saxenda", "victoza", "weight watchers", "ww", "noom", "jenny craig", "optifast", "dietitian-led program", "supervised program", "bariatric clinic program", "program", "failed diet"], outcomes: ["did not work", "failed", "no weight loss", "minimal weight loss", "not tolerated", "metformin failed after 6 months", "not improve"], failures: true }),
  }, { decides: ["has_t2d_diagnosis", "bmi", "has_step_therapy_failure"] });
}
