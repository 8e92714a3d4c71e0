// What the reviewer console needs from a case's Temporal history, decoded with the client's codec: the chart
// text (the workflow input) and the raw results of the extraction activities (facts, found, reasons and, for
// kit-based extractors, evidence spans). The rest of the trail comes from worker/commands/audit.ts.
// Everything returned here is PHI: callers hand it to authorized reviewers only and never log it.
import type { Client, WorkflowHandle } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import type { Facts, GateFinding } from '../contract/bounded-decision';

type Payloads = { payloads?: Payload[] | null } | null | undefined;
type History = Awaited<ReturnType<WorkflowHandle['fetchHistory']>>;

export type Span = [number, number];

export interface ExtractionResultView {
  activity: 'extractCompiled' | 'extractWithLlm';
  settled: boolean;
  path?: string;
  facts?: Facts;
  found?: Record<string, boolean>;
  evidence?: Record<string, Span[]>;
  reasons?: string[];
  notes?: string[];
  findings?: GateFinding[];
  model?: string;
}

export interface CaseHistoryView {
  input?: Record<string, unknown>;
  extractions: ExtractionResultView[];
  gate?: { injection: boolean; findings: GateFinding[] };
}

function decoder(client: Client) {
  const { payloadCodecs, payloadConverter } = client.options.loadedDataConverter;
  return async (ps: Payloads): Promise<unknown> => {
    let list = [...(ps?.payloads ?? [])] as Payload[];
    if (list.length === 0) return undefined;
    for (const codec of [...payloadCodecs].reverse()) list = await codec.decode(list);
    return payloadConverter.fromPayload(list[0] as Payload);
  };
}

function spansOf(v: unknown): Record<string, Span[]> | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const out: Record<string, Span[]> = {};
  for (const [k, list] of Object.entries(v as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    out[k] = list.filter((s): s is Span => Array.isArray(s) && s.length === 2 && Number.isInteger(s[0]) && Number.isInteger(s[1]) && s[0] <= s[1]);
  }
  return out;
}

function extractionView(activity: ExtractionResultView['activity'], value: unknown): ExtractionResultView {
  const x = (value ?? {}) as Record<string, unknown>;
  const evidence = spansOf(x.evidence);
  return {
    activity,
    settled: Boolean(x.settled),
    ...(typeof x.path === 'string' ? { path: x.path } : {}),
    ...(x.facts && typeof x.facts === 'object' ? { facts: x.facts as Facts } : {}),
    ...(x.found && typeof x.found === 'object' ? { found: x.found as Record<string, boolean> } : {}),
    ...(evidence ? { evidence } : {}),
    ...(Array.isArray(x.reasons) ? { reasons: x.reasons as string[] } : {}),
    ...(Array.isArray(x.notes) ? { notes: x.notes as string[] } : {}),
    ...(Array.isArray(x.findings) ? { findings: x.findings as GateFinding[] } : {}),
    ...(typeof x.model === 'string' ? { model: x.model } : {}),
  };
}

export async function readCaseHistory(client: Client, workflowId: string, runId?: string): Promise<CaseHistoryView> {
  const history: History = await client.workflow.getHandle(workflowId, runId).fetchHistory();
  const decode = decoder(client);
  const view: CaseHistoryView = { extractions: [] };
  const scheduled = new Map<string, string>();
  for (const ev of history.events ?? []) {
    if (ev.workflowExecutionStartedEventAttributes) {
      const input = await decode(ev.workflowExecutionStartedEventAttributes.input);
      if (input && typeof input === 'object') view.input = input as Record<string, unknown>;
    } else if (ev.markerRecordedEventAttributes?.details?.result) {
      // Local activities (gate, compiled extractor): the marker's data names the activity type.
      const details = ev.markerRecordedEventAttributes.details;
      const data = (await decode(details.data)) as { activity_type?: string; activityType?: string } | undefined;
      const type = data?.activity_type ?? data?.activityType;
      if (type === 'extractCompiled') view.extractions.push(extractionView(type, await decode(details.result)));
      else if (type === 'screenInput') {
        const g = (await decode(details.result)) as { injection?: boolean; findings?: GateFinding[] } | undefined;
        view.gate = { injection: Boolean(g?.injection), findings: Array.isArray(g?.findings) ? g.findings : [] };
      }
    } else if (ev.activityTaskScheduledEventAttributes) {
      scheduled.set(String(ev.eventId ?? ''), ev.activityTaskScheduledEventAttributes.activityType?.name ?? '');
    } else if (ev.activityTaskCompletedEventAttributes) {
      const type = scheduled.get(String(ev.activityTaskCompletedEventAttributes.scheduledEventId ?? ''));
      if (type === 'extractWithLlm' || type === 'extractCompiled') view.extractions.push(extractionView(type, await decode(ev.activityTaskCompletedEventAttributes.result)));
    }
  }
  return view;
}
