// Generated identity of prior-auth-glp1 v3. Do not edit.
import type { ArtifactInfo } from '../../../templates/bounded-decision/types';

export const artifact: ArtifactInfo = {
  "spec": "prior-auth-glp1",
  "specVersion": 3,
  "workflowType": "priorAuthGlp1V3",
  "logicVersion": "prior-auth-glp1@v3+21cc71db0735",
  "specHash": "7bae5a010612b99cd07f9b6800468fc5f50c5fa87ba19d62c42fb393b3035998",
  "artifactHash": "21cc71db0735322cecbe577b266d5aec366e1aaa42a345560327ffc8a614231c",
  "provenance": {
    "generator": "openai-compatible",
    "model": "qwen2.5-coder-1.5b-instruct-q4_k_m",
    "weightsSha256": "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    "note": "extractor slot in readers form: the model wrote each fact's reader options (reader kind and phrases, JSON-schema constrained); the composer checked them against the golden notes (it removes phrases that misread one, adds the names and examples the fact's description lists that the model left out, and on regeneration lets the model choose among phrases mined from the missed notes; each extractor attempt's rationale says what it did); compiler/reader-options.ts rendered them into the kit composition"
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
      "description": "The patient has a current diagnosis of type 2 diabetes mellitus (T2DM, T2D, DM2, DM type II, NIDDM, non-insulin-dependent diabetes, adult-onset diabetes, ICD-10 E11.x). False for type 1, gestational, prediabetes, family history, negated or ruled-out mentions."
    },
    {
      "name": "current_a1c",
      "type": "number",
      "nullable": true,
      "unit": "percent",
      "description": "Most recent HbA1c (hemoglobin A1c, glycated hemoglobin), in percent, as written."
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
      "description": "A prior weight-management or glucose-lowering therapy was tried and did not work (failed, ineffective, no or minimal weight loss), or was stopped or discontinued because it was not tolerated (side effects). Such therapies are drugs (e.g. metformin, phentermine, orlistat, Xenical, Alli, lorcaserin, topiramate, Qsymia, Contrave, Saxenda, Victoza) and structured or supervised diet, exercise or lifestyle programs (e.g. Weight Watchers, WW, Noom, Jenny Craig, Optifast, a dietitian-led program, a supervised program, a bariatric clinic program). False when it was declined, only planned, just started, or never tried."
    }
  ],
  "llm": {
    "allowPhi": false
  }
};
