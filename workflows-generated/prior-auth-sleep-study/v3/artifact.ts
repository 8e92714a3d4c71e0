// Generated identity of prior-auth-sleep-study v3. Do not edit.
import type { ArtifactInfo } from '../../../templates/bounded-decision/types';

export const artifact: ArtifactInfo = {
  "spec": "prior-auth-sleep-study",
  "specVersion": 3,
  "workflowType": "priorAuthSleepStudyV3",
  "logicVersion": "prior-auth-sleep-study@v3+e4a378f1456f",
  "specHash": "bbcf5e32f59e5c8b03bb394839adc03c674f278cff34154a12348882e69f1cd8",
  "artifactHash": "e4a378f1456fd63920bceccc39cb3e64dd8ebdf1390acdce871d0b087c9f19ee",
  "provenance": {
    "generator": "openai-compatible",
    "model": "qwen2.5-coder-1.5b-instruct-q4_k_m",
    "weightsSha256": "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    "note": "extractor slot in readers form: the model wrote each fact's reader options (reader kind and phrases, JSON-schema constrained); compiler/reader-options.ts rendered them into the kit composition"
  },
  "rules": {
    "recent-study": "has_prior_sleep_study_within_12mo → DENIED (a sleep study was already done within 12 months)",
    "in-lab-required": "has_significant_comorbidity → DENIED (comorbidity requires attended in-lab polysomnography, not a home test)",
    "sleepy-with-symptoms": "epworth_score > 10 AND has_osa_symptoms → APPROVED (excessive daytime sleepiness (Epworth > 10) with OSA symptoms)",
    "obese-with-symptoms": "bmi >= 35 AND has_osa_symptoms → APPROVED (BMI >= 35 with OSA symptoms)",
    "default-deny": "otherwise → DENIED (does not meet criteria for a home sleep apnea test)"
  },
  "checks": {
    "ranges": [
      {
        "fact": "epworth_score",
        "exclusiveMin": -1,
        "exclusiveMax": 25,
        "reason": "Implausible Epworth score (valid 0-24)"
      },
      {
        "fact": "bmi",
        "exclusiveMin": 10,
        "exclusiveMax": 100,
        "reason": "Suspicious BMI"
      }
    ],
    "requireAnyFound": [
      {
        "facts": [
          "epworth_score",
          "has_osa_symptoms"
        ],
        "reason": "Insufficient documentation (neither an Epworth score nor OSA symptoms addressed)"
      }
    ]
  },
  "review": {
    "slaSeconds": 259200
  },
  "input": {
    "field": "clinical_note",
    "maxLength": 12000
  },
  "facts": [
    {
      "name": "epworth_score",
      "type": "number",
      "nullable": true,
      "unit": "points (0-24)",
      "description": "Epworth Sleepiness Scale total (ESS, Epworth), an integer from 0 to 24 as written; null when no Epworth score is written."
    },
    {
      "name": "has_osa_symptoms",
      "type": "boolean",
      "nullable": false,
      "description": "The patient has symptoms of obstructive sleep apnea: loud or habitual snoring, witnessed apneas (pauses in breathing observed by a bed partner), or nocturnal gasping or choking. False when the note denies them or does not mention them."
    },
    {
      "name": "bmi",
      "type": "number",
      "nullable": true,
      "unit": "kg/m2",
      "description": "Body-mass index in kg/m2 as written (BMI); null when not written."
    },
    {
      "name": "has_prior_sleep_study_within_12mo",
      "type": "boolean",
      "nullable": false,
      "description": "A sleep study (polysomnography / PSG, home sleep apnea test / HSAT, sleep study) was already done within the last 12 months. False when the last one was longer ago, when none was done, or when one is only being requested."
    },
    {
      "name": "has_significant_comorbidity",
      "type": "boolean",
      "nullable": false,
      "description": "A condition that makes an unattended home test inappropriate (in-lab polysomnography is needed instead): congestive heart failure (CHF, heart failure), moderate or severe COPD, neuromuscular disease (ALS, muscular dystrophy), chronic opioid use, or a suspected central sleep apnea. False when denied or not mentioned."
    }
  ],
  "llm": {
    "allowPhi": false
  }
};
