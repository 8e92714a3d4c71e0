// Client side of the function-call template: find a compiled tool by spec name, run one query as a workflow, and
// hand back the call (or the fallback's outcome). Workflow ids are derived from the request id, so a retried
// request never runs twice.
import { randomBytes } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { ToolArtifactInfo, ToolResult } from '../contract/function-call';
import type { TemporalSettings } from './config';

/** A tool name that names no compiled function-call artifact. */
export class UnknownToolError extends Error {
  constructor(name: string, known: ToolArtifactInfo[]) {
    super(`unknown tool "${name}". Known: ${[...new Set(known.map((t) => `${t.spec} (${t.tool.name})`))].join('; ') || 'none — compile one, e.g. `compiled-ai compile specs/tools/triangle-area.yaml`'}. Use <spec>, <spec>@v<N> or the workflow type.`);
    this.name = 'UnknownToolError';
  }
}

export function loadToolRegistry(): ToolArtifactInfo[] {
  try {
    return (require('../workflows-generated/tools/registry') as { tools: ToolArtifactInfo[] }).tools;
  } catch {
    return [];
  }
}

/** `triangle-area` (latest version), `triangle-area@v1`, or the workflow type. */
export function resolveTool(name: string, registry: ToolArtifactInfo[] = loadToolRegistry()): ToolArtifactInfo {
  const m = /^(.+)@v(\d+)$/.exec(name);
  const found = registry
    .filter((t) => (m ? t.spec === m[1] && t.specVersion === Number(m[2]) : t.spec === name || t.workflowType === name))
    .sort((a, b) => b.specVersion - a.specVersion)[0];
  if (!found) throw new UnknownToolError(name, registry);
  return found;
}

export function toolWorkflowId(tool: ToolArtifactInfo, requestId: string): string {
  return `tool-${tool.spec}-v${tool.specVersion}-${requestId}`;
}

/** Run one query through the tool's workflow and wait for its result (a no-call waits for its fallback). */
export async function callTool(client: Client, settings: TemporalSettings, tool: ToolArtifactInfo, query: string, requestId = randomBytes(6).toString('hex')): Promise<ToolResult> {
  return client.workflow.execute(tool.workflowType, {
    taskQueue: settings.taskQueue,
    workflowId: toolWorkflowId(tool, requestId),
    args: [{ requestId, query }],
  }) as Promise<ToolResult>;
}
