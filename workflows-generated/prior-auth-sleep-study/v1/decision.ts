// Decision slot of prior-auth-sleep-study v1, written by a person (compiled with --candidate).
// The spec's rules in order; the exclusions come first. A missing value never meets a criterion.
import type { DecisionResult } from '../../../templates/bounded-decision/types';
import type { PriorAuthSleepStudyFacts } from './facts';

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function decide(facts: PriorAuthSleepStudyFacts): DecisionResult {
  if (facts.has_prior_sleep_study_within_12mo === true) {
    return { outcome: 'DENIED', ruleId: 'recent-study', reason: 'a sleep study was already done within 12 months' };
  }
  if (facts.has_significant_comorbidity === true) {
    return { outcome: 'DENIED', ruleId: 'in-lab-required', reason: 'comorbidity requires attended in-lab polysomnography, not a home test' };
  }
  const symptoms = facts.has_osa_symptoms === true;
  const epworth = facts.epworth_score;
  if (symptoms && isNumber(epworth) && epworth > 10) {
    return { outcome: 'APPROVED', ruleId: 'sleepy-with-symptoms', reason: 'excessive daytime sleepiness (Epworth > 10) with OSA symptoms' };
  }
  const bmi = facts.bmi;
  if (symptoms && isNumber(bmi) && bmi >= 35) {
    return { outcome: 'APPROVED', ruleId: 'obese-with-symptoms', reason: 'BMI >= 35 with OSA symptoms' };
  }
  return { outcome: 'DENIED', ruleId: 'default-deny', reason: 'does not meet criteria for a home sleep apnea test' };
}
