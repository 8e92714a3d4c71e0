import type { DecisionResult } from '../../../templates/bounded-decision/types';
import type { PriorAuthLumbarMriFacts } from './facts';

export function decide(facts: PriorAuthLumbarMriFacts): DecisionResult {
  // red-flag: when has_red_flag
  if (facts.has_red_flag) {
    return { outcome: 'APPROVED', ruleId: 'red-flag', reason: "red-flag sign that needs imaging now" };
  }
  // recent-imaging: when has_recent_lumbar_imaging
  if (facts.has_recent_lumbar_imaging) {
    return { outcome: 'DENIED', ruleId: 'recent-imaging', reason: "lumbar MRI or CT already done within 12 months" };
  }
  // persistent-after-therapy: when symptom_weeks >= 6 AND has_conservative_therapy_failure
  if (typeof facts.symptom_weeks === 'number' && facts.symptom_weeks >= 6 && facts.has_conservative_therapy_failure) {
    return { outcome: 'APPROVED', ruleId: 'persistent-after-therapy', reason: "pain for 6 weeks or more despite conservative therapy" };
  }
  return { outcome: 'DENIED', ruleId: 'default-deny', reason: "does not meet criteria for lumbar MRI" };
}
