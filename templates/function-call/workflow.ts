// The function-call workflow template: the compiled parser (the slot) runs here, inside workflow code, so the
// same query always gives the same call and the history records it. A no-call goes to the fallback and is
// counted (search attribute CaiOutcome): a direct model call through an activity when the spec allows it and the
// worker has a model, else a reviewer (update or signal), with an SLA timer.
// Workflow code: no Node built-ins, no I/O, no clocks but the workflow's own (lint enforces this).
import { allHandlersFinished, condition, defineQuery, defineSignal, defineUpdate, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import type { FunctionCallActivities } from '../../activities/tool-call';
import { SA } from '../bounded-decision/search-attributes';
import type { ParseFn, ParseResult, ToolArtifactInfo, ToolCall, ToolRequest, ToolResult, ToolReview } from './types';

export const toolResultQuery = defineQuery<ToolResult | null>('toolResult');
/** A reviewer's answer to a no-call (validated: the workflow must be waiting, the call must name the tool). */
export const toolReviewUpdate = defineUpdate<ToolResult, [ToolReview]>('toolReview');
export const toolReviewSignal = defineSignal<[ToolReview]>('toolReviewSignal');

// The embedded CPU model answers a tool call in tens of seconds; hosted endpoints in one or two.
const model = proxyActivities<FunctionCallActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { maximumAttempts: 3, initialInterval: '1 second', backoffCoefficient: 2, nonRetryableErrorTypes: ['LlmRequestRejected'] },
});

/** The parser's answer, checked: a throw or a call of another tool is a no-call, never a wrong call. */
export function safeParse(parse: ParseFn, tool: string, query: string): ParseResult {
  let r: ParseResult;
  try {
    r = parse(query);
  } catch (e) {
    return { kind: 'no-call', reason: `the compiled parser threw: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!r || (r.kind !== 'call' && r.kind !== 'no-call')) return { kind: 'no-call', reason: 'the compiled parser returned no result' };
  if (r.kind === 'call' && r.name !== tool) return { kind: 'no-call', reason: `the compiled parser named another tool (${r.name})` };
  return r;
}

function reviewProblem(review: ToolReview | undefined, tool: string): string | undefined {
  if (!review || typeof review.reviewer !== 'string' || !review.reviewer.trim()) return 'a review needs a reviewer id';
  if ('call' in review && (review.call?.kind !== 'call' || review.call.name !== tool)) return `a reviewed call must call ${tool}`;
  if (!('call' in review) && !('decline' in review)) return 'a review gives a call or a decline reason';
  return undefined;
}

export function defineFunctionCallWorkflow(artifact: ToolArtifactInfo, parse: ParseFn): (req: ToolRequest) => Promise<ToolResult> {
  return async function functionCallWorkflow(req: ToolRequest): Promise<ToolResult> {
    const base = { requestId: req.requestId, spec: artifact.spec, specVersion: artifact.specVersion, artifactHash: artifact.artifactHash };
    let result: ToolResult | null = null;
    let waiting = false;
    let review: ToolReview | undefined;
    setHandler(toolResultQuery, () => result);
    // Handlers exist from the start (a review sent early gets a clear refusal, not "no handler").
    setHandler(toolReviewSignal, (r) => {
      if (waiting && !review && !reviewProblem(r, artifact.tool.name)) review = r;
    });
    setHandler(
      toolReviewUpdate,
      async (r) => {
        review = r;
        await condition(() => result !== null);
        return result!;
      },
      {
        validator: (r) => {
          if (!waiting) throw new Error('this request is not waiting for a review');
          if (review) throw new Error('this request was already reviewed');
          const problem = reviewProblem(r, artifact.tool.name);
          if (problem) throw new Error(problem);
        },
      },
    );
    const outcome = (value: string) =>
      upsertSearchAttributes([
        { key: SA.spec, value: artifact.spec },
        { key: SA.specVersion, value: String(artifact.specVersion) },
        { key: SA.artifactHash, value: artifact.artifactHash },
        { key: SA.outcome, value },
      ]);

    const parsed = safeParse(parse, artifact.tool.name, req.query);
    if (parsed.kind === 'call') {
      result = { ...base, source: 'compiled', call: parsed };
      outcome('CALLED');
      return result;
    }
    const noCallReason = parsed.reason;
    if (artifact.fallback === 'model') {
      const direct = await model.callToolDirect({ tool: artifact.tool, query: req.query });
      if (direct.status === 'called' && direct.call) {
        result = { ...base, source: 'model', call: direct.call, noCallReason, fallback: { kind: 'model', outcome: 'called', tokens: direct.tokens } };
        outcome('FALLBACK_MODEL');
        return result;
      }
    }
    // Review: a person gives the call (or declines) within the SLA.
    waiting = true;
    outcome('NEEDS_REVIEW');
    const inTime = await condition(() => review !== undefined, artifact.review.slaSeconds * 1000);
    const fallback = { kind: 'review' as const, outcome: inTime ? (review && 'call' in review ? 'called' : 'declined') : 'timed-out' };
    const call: ToolCall | null = inTime && review && 'call' in review ? review.call : null;
    result = { ...base, source: 'review', call, noCallReason, fallback };
    outcome(call ? 'REVIEWED' : inTime ? 'DECLINED' : 'REVIEW_TIMED_OUT');
    // The reviewer's update returns this result: let it finish before the workflow completes.
    await condition(allHandlersFinished);
    return result;
  };
}
