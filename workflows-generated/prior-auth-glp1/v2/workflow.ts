// Generated wiring of prior-auth-glp1 v2 into the bounded-decision template. Do not edit.
import { defineBoundedDecisionWorkflow } from '../../../templates/bounded-decision/workflow';
import { artifact } from './artifact';
import { decide } from './decision';

export const priorAuthGlp1V2 = defineBoundedDecisionWorkflow(artifact, decide);
