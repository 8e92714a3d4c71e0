import type { DecisionResult } from '../../../templates/bounded-decision/types';
import type { PriorAuthSleepStudyFacts } from './facts';

export function decide(facts: PriorAuthSleepStudyFacts): DecisionResult {
  // recent-study: when has_prior_sleep_study_within_12mo
  if (facts.has_prior_sleep_study_within_12mo) {
    return { outcome: 'DENIED', ruleId: 'recent-study', reason: "a sleep study was already done within 12 months" };
  }
  // in-lab-required: when has_significant_comorbidity
  if (facts.has_significant_comorbidity) {
    return { outcome: 'DENIED', ruleId: 'in-lab-required', reason: "comorbidity requires attended in-lab polysomnography, not a home test" };
  }
  // sleepy-with-symptoms: when epworth_score > 10 AND has_osa_symptoms
  if (facts.epworth_score && facts.epworth_score > 10 && facts.has_osa_symptoms) {
    return { outcome: 'APPROVED', ruleId: 'sleepy-with-symptoms', reason: "excessive daytime sleepiness (Epworth > 10) with OSA symptoms" };
  }
  // obese-with-symptoms: when bmi >= 35 AND has_osa_symptoms
  if (facts.bmi && facts.bmi >= 35 && facts.has_osa_symptoms) {
    return { outcome: 'APPROVED', ruleId: 'obese-with-symptoms', reason: "BMI >= 35 with OSA symptoms" };
  }
  return { outcome: 'DENIED', ruleId: 'default-deny', reason: "does not meet criteria for a home sleep apnea test" };
}
