// Generated identity of prior-auth-lumbar-mri v2. Do not edit.
import type { ArtifactInfo } from '../../../templates/bounded-decision/types';

export const artifact: ArtifactInfo = {
  "spec": "prior-auth-lumbar-mri",
  "specVersion": 2,
  "workflowType": "priorAuthLumbarMriV2",
  "logicVersion": "prior-auth-lumbar-mri@v2+5f6abeb8f29c",
  "specHash": "ed0cb5148d3f955e2d47467958f65872caa81e2d5ac33ba1b2e3d09438e080e9",
  "artifactHash": "5f6abeb8f29cff0e8da8c849c5a7c7d98708950af70673c1b17c4576e731d2c3",
  "provenance": {
    "generator": "openai-compatible",
    "model": "qwen2.5-coder-1.5b-instruct-q4_k_m",
    "weightsSha256": "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    "note": "extractor slot in readers form: the model wrote each fact's reader options (reader kind and phrases, JSON-schema constrained); compiler/reader-options.ts rendered them into the kit composition"
  },
  "rules": {
    "red-flag": "has_red_flag → APPROVED (red-flag sign that needs imaging now)",
    "recent-imaging": "has_recent_lumbar_imaging → DENIED (lumbar MRI or CT already done within 12 months)",
    "persistent-after-therapy": "symptom_weeks >= 6 AND has_conservative_therapy_failure → APPROVED (pain for 6 weeks or more despite conservative therapy)",
    "default-deny": "otherwise → DENIED (does not meet criteria for lumbar MRI)"
  },
  "checks": {
    "ranges": [
      {
        "fact": "symptom_weeks",
        "exclusiveMin": -1,
        "exclusiveMax": 1000,
        "reason": "Implausible symptom duration"
      }
    ],
    "requireAnyFound": [
      {
        "facts": [
          "has_red_flag",
          "symptom_weeks",
          "has_conservative_therapy_failure"
        ],
        "reason": "Insufficient documentation (no red flag, duration or treatment history addressed)"
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
      "name": "has_red_flag",
      "type": "boolean",
      "nullable": false,
      "description": "A red-flag sign that needs imaging now: cauda equina syndrome (saddle anesthesia, new bladder or bowel incontinence or retention), progressive neurological deficit (worsening leg weakness, foot drop), suspected cancer or a history of cancer, fever with suspected infection (spinal infection, epidural abscess), or significant trauma / suspected fracture. False when denied or not mentioned."
    },
    {
      "name": "symptom_weeks",
      "type": "number",
      "nullable": true,
      "unit": "weeks",
      "description": "How many weeks the back pain has lasted, as written in weeks; null when not stated in weeks."
    },
    {
      "name": "has_conservative_therapy_failure",
      "type": "boolean",
      "nullable": false,
      "description": "Conservative treatment (physical therapy / physiotherapy, NSAIDs such as ibuprofen or naproxen, chiropractic care, a home exercise program) was tried and did not help. False when it helped, was declined or only planned."
    },
    {
      "name": "has_recent_lumbar_imaging",
      "type": "boolean",
      "nullable": false,
      "description": "An MRI or CT of the lumbar spine was already done within the last 12 months. False when it was longer ago, never done, or only being requested."
    }
  ],
  "llm": {
    "allowPhi": false
  }
};
