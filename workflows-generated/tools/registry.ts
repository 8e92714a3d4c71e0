// Generated registry of compiled tool parsers (clients start their workflows by spec). Do not edit.
import type { ToolArtifactInfo } from '../../templates/function-call/types';
import { artifact as t0 } from './provider-search/v1/artifact';

export const tools: ToolArtifactInfo[] = [t0];
