// Generated wiring of prior-auth-sleep-study v3 into the bounded-decision template. Do not edit.
import { defineBoundedDecisionWorkflow } from '../../../templates/bounded-decision/workflow';
import { artifact } from './artifact';
import { decide } from './decision';

export const priorAuthSleepStudyV3 = defineBoundedDecisionWorkflow(artifact, decide);
