// Generated identity of prior-auth-glp1 v1. Do not edit.
import type { ArtifactInfo } from '../../../templates/bounded-decision/types';

export const artifact: ArtifactInfo = {
  "spec": "prior-auth-glp1",
  "specVersion": 1,
  "workflowType": "priorAuthGlp1V1",
  "logicVersion": "prior-auth-glp1@v1+5d84e271cbc9",
  "specHash": "ab859982b261c7960d13804181fe0868d3d305c84a97146c0868a8c80c9cca61",
  "artifactHash": "5d84e271cbc996e033baa1ff1b0878249593f6fc01dbe2c655d84dbf3d6a29f7",
  "provenance": {
    "generator": "candidate-file",
    "candidateFiles": [
      "workflows-generated/prior-auth-glp1/v1/decision.ts",
      "workflows-generated/prior-auth-glp1/v1/extractor.ts"
    ]
  },
  "rules": {
    "t2d-diagnosis": "has_t2d_diagnosis → APPROVED (type 2 diabetes diagnosis)",
    "bmi-step-therapy": "bmi >= 30 AND has_step_therapy_failure → APPROVED (BMI >= 30 with step-therapy failure)",
    "default-deny": "otherwise → DENIED (does not meet criteria)"
  },
  "checks": {
    "ranges": [
      {
        "fact": "current_a1c",
        "exclusiveMin": 3,
        "exclusiveMax": 20,
        "reason": "Suspicious A1C"
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
          "has_t2d_diagnosis",
          "bmi"
        ],
        "reason": "Insufficient documentation (neither diabetes status nor BMI found)"
      }
    ]
  },
  "review": {
    "slaSeconds": 172800
  },
  "input": {
    "field": "patient_chart_summary",
    "maxLength": 20000
  },
  "facts": [
    {
      "name": "has_t2d_diagnosis",
      "type": "boolean",
      "nullable": false,
      "description": "The patient has a current diagnosis of type 2 diabetes mellitus (T2DM, DM2, DM type II, NIDDM, adult-onset diabetes, ICD-10 E11.x). False for type 1, gestational, prediabetes, family history, negated or ruled-out mentions."
    },
    {
      "name": "current_a1c",
      "type": "number",
      "nullable": true,
      "unit": "percent",
      "description": "Most recent HbA1c, in percent, as written."
    },
    {
      "name": "bmi",
      "type": "number",
      "nullable": true,
      "unit": "kg/m2",
      "description": "Body-mass index in kg/m2 as written; when no BMI is written but weight and height are, computed from them (metric or lb/in)."
    },
    {
      "name": "has_step_therapy_failure",
      "type": "boolean",
      "nullable": false,
      "description": "A prior weight-management or glucose-lowering therapy (e.g. metformin, phentermine, orlistat, lorcaserin, or a structured / supervised diet, exercise or lifestyle program) was tried and did not work, or was stopped because it was not tolerated. False when it was declined, only planned, just started, or never tried."
    }
  ],
  "llm": {
    "allowPhi": false
  }
};
