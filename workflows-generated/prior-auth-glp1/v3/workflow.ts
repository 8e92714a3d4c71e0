// Generated wiring of prior-auth-glp1 v3 into the bounded-decision template. Do not edit.
import { defineBoundedDecisionWorkflow } from '../../../templates/bounded-decision/workflow';
import { artifact } from './artifact';
import { decide } from './decision';

export const priorAuthGlp1V3 = defineBoundedDecisionWorkflow(artifact, decide);
