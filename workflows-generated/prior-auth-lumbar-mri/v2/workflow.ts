// Generated wiring of prior-auth-lumbar-mri v2 into the bounded-decision template. Do not edit.
import { defineBoundedDecisionWorkflow } from '../../../templates/bounded-decision/workflow';
import { artifact } from './artifact';
import { decide } from './decision';

export const priorAuthLumbarMriV2 = defineBoundedDecisionWorkflow(artifact, decide);
