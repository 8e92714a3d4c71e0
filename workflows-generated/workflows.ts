// Generated index of every compiled workflow (the worker bundles this file). Do not edit.
export { priorAuthGlp1V1 } from './prior-auth-glp1/v1/workflow';
export { priorAuthGlp1V2 } from './prior-auth-glp1/v2/workflow';
export { priorAuthGlp1V3 } from './prior-auth-glp1/v3/workflow';
export { priorAuthLumbarMriV1 } from './prior-auth-lumbar-mri/v1/workflow';
export { priorAuthLumbarMriV2 } from './prior-auth-lumbar-mri/v2/workflow';
export { priorAuthSleepStudyV1 } from './prior-auth-sleep-study/v1/workflow';
export { priorAuthSleepStudyV2 } from './prior-auth-sleep-study/v2/workflow';
export { priorAuthSleepStudyV3 } from './prior-auth-sleep-study/v3/workflow';
export * from './tools/workflows';
