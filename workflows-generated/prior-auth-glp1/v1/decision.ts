// Decision slot of prior-auth-glp1 v1: the policy's decision table as a pure, total function.
import type { DecisionResult } from '../../../templates/bounded-decision/types';
import type { PriorAuthGlp1Facts } from './facts';

export function decide(facts: PriorAuthGlp1Facts): DecisionResult {
  // A missing value never meets a criterion: only an explicit true / a present number counts.
  if (facts.has_t2d_diagnosis === true) {
    return { outcome: 'APPROVED', ruleId: 't2d-diagnosis', reason: 'type 2 diabetes diagnosis' };
  }
  const bmi = facts.bmi;
  if (typeof bmi === 'number' && bmi >= 30 && facts.has_step_therapy_failure === true) {
    return { outcome: 'APPROVED', ruleId: 'bmi-step-therapy', reason: 'BMI >= 30 with step-therapy failure' };
  }
  return { outcome: 'DENIED', ruleId: 'default-deny', reason: 'does not meet criteria' };
}
