import type { DecisionResult } from '../../../templates/bounded-decision/types';
import type { PriorAuthGlp1Facts } from './facts';

export function decide(facts: PriorAuthGlp1Facts): DecisionResult {
  // t2d-diagnosis: when has_t2d_diagnosis
  if (facts.has_t2d_diagnosis) {
    return { outcome: 'APPROVED', ruleId: 't2d-diagnosis', reason: "type 2 diabetes diagnosis" };
  }
  // bmi-step-therapy: when bmi >= 30 AND has_step_therapy_failure
  if (facts.bmi && facts.bmi >= 30 && facts.has_step_therapy_failure) {
    return { outcome: 'APPROVED', ruleId: 'bmi-step-therapy', reason: "BMI >= 30 with step-therapy failure" };
  }
  return { outcome: 'DENIED', ruleId: 'default-deny', reason: "does not meet criteria" };
}
