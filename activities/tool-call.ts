// Activities of the function-call template: the model fallback for a query the compiled parser could not settle.
// The query passes the input gate first: a query that instructs the model is never sent to it (it goes to review).
import type { Logger } from 'pino';
import type { GateResult } from '../contract/bounded-decision';
import type { ToolCall, ToolSchema } from '../contract/function-call';
import type { ToolCaller } from './tool-caller';

export interface DirectToolCallRequest {
  tool: ToolSchema;
  query: string;
}

export type DirectToolCallResult =
  | { status: 'called'; call: ToolCall | null; tokens: number; model: string }
  | { status: 'gated'; rules: string[] }
  | { status: 'no-model' };

export interface FunctionCallActivities {
  callToolDirect(req: DirectToolCallRequest): Promise<DirectToolCallResult>;
}

export interface FunctionCallActivityDeps {
  caller?: ToolCaller;
  scan: (text: string) => GateResult | Promise<GateResult>;
  logger: Logger;
}

export function createFunctionCallActivities(deps: FunctionCallActivityDeps): FunctionCallActivities {
  return {
    async callToolDirect({ tool, query }) {
      const gate = await deps.scan(query);
      if (gate.injection) {
        deps.logger.warn({ tool: tool.name, rules: gate.findings.map((f) => f.rule) }, 'tool fallback: query gated');
        return { status: 'gated', rules: gate.findings.map((f) => f.rule) };
      }
      if (!deps.caller) return { status: 'no-model' };
      // A refused request throws LlmRequestRejected (not retried); other endpoint failures are retried by Temporal.
      const answer = await deps.caller.call(tool, query);
      // Ids and sizes only: the query and the arguments may hold personal data.
      deps.logger.info({ tool: tool.name, tokens: answer.usage.total, called: answer.call !== null }, 'tool fallback answered');
      return { status: 'called', call: answer.call, tokens: answer.usage.total, model: answer.model };
    },
  };
}
