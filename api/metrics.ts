// CMS-0057-F prior-authorization metrics per spec and period, computed from Temporal visibility (which cases
// closed in the period, their outcome, start and close times, the intake memo with the priority) and the
// audit store (whether the compiled rule or a reviewer decided, and when). No figures are stored.
import type { AuditRecord } from '../contract/activities';
import { SA } from '../templates/bounded-decision/search-attributes';
import type { CaseContext, Priority } from './cases';
import { clockOf, intakeOf } from './cases';
import { HttpProblem } from './problem';

export interface Period {
  label: string;
  from: string;
  to: string;
}

/** `2026`, `2026-Q1`, `2026-03`, or from/to dates (to exclusive); the default is the current calendar year. */
export function parsePeriod(q: { period?: string; from?: string; to?: string }, now: Date): Period {
  const iso = (d: Date) => d.toISOString();
  if (q.from || q.to) {
    const from = new Date(q.from ?? '1970-01-01');
    const to = q.to ? new Date(q.to) : now;
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) throw new HttpProblem(400, 'invalid-query', 'from/to must be dates (YYYY-MM-DD or ISO 8601) with from before to');
    return { label: `${q.from ?? ''}..${q.to ?? ''}`, from: iso(from), to: iso(to) };
  }
  const p = q.period ?? String(now.getUTCFullYear());
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(p))) {
    const y = Number(m[1]);
    return { label: p, from: iso(new Date(Date.UTC(y, 0, 1))), to: iso(new Date(Date.UTC(y + 1, 0, 1))) };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(p))) {
    const y = Number(m[1]);
    const q0 = (Number(m[2]) - 1) * 3;
    return { label: p, from: iso(new Date(Date.UTC(y, q0, 1))), to: iso(new Date(Date.UTC(y, q0 + 3, 1))) };
  }
  if ((m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(p))) {
    const y = Number(m[1]);
    const mo = Number(m[2]) - 1;
    return { label: p, from: iso(new Date(Date.UTC(y, mo, 1))), to: iso(new Date(Date.UTC(y, mo + 1, 1))) };
  }
  throw new HttpProblem(400, 'invalid-query', `period "${p}" is not YYYY, YYYY-Qn or YYYY-MM`);
}

export interface Share {
  count: number;
  /** count / decided, 0..1; null when nothing was decided. */
  share: number | null;
}

export interface TimeToDecision {
  n: number;
  meanHours: number | null;
  medianHours: number | null;
}

export interface SpecMetrics {
  spec: string;
  decided: number;
  approved: Share;
  denied: Share;
  automatic: Share;
  human: Share;
  timeToDecision: TimeToDecision;
  byPriority: Record<Priority, { decided: number; approved: number; denied: number; late: number; timeToDecision: TimeToDecision }>;
  overdue: {
    /** Decided in the period, but after the regulatory deadline. */
    decidedLate: number;
    /** Waiting now and already past the deadline. */
    openOverdue: number;
  };
  /** CMS-0057-F asks for the share approved after appeal; these workflows do not model appeals. */
  approvedAfterAppeal: null;
}

export interface MetricsReport {
  period: Period;
  generatedAt: string;
  specs: SpecMetrics[];
  notes: string[];
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function timeStats(hours: number[]): TimeToDecision {
  if (hours.length === 0) return { n: 0, meanHours: null, medianHours: null };
  const s = [...hours].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return { n: s.length, meanHours: round(s.reduce((a, b) => a + b, 0) / s.length, 4), medianHours: round(median, 4) };
}

const share = (count: number, total: number): Share => ({ count, share: total ? round(count / total, 4) : null });

const MAX_CASES = 100_000;

export async function computeMetrics(ctx: CaseContext, opts: { period: Period; spec?: string }): Promise<MetricsReport> {
  const now = ctx.now();
  const specs = [...new Set(ctx.registry.map((a) => a.info.spec))].filter((s) => !opts.spec || s === opts.spec).sort();
  if (opts.spec && specs.length === 0) throw new HttpProblem(404, 'not-found', `no spec ${opts.spec}`);
  const out: SpecMetrics[] = [];
  for (const spec of specs) {
    const rows: { priority: Priority; status: string; human: boolean; hours: number; late: boolean }[] = [];
    const q = `CaiSpec = "${spec}" AND ExecutionStatus = "Completed" AND CloseTime >= "${opts.period.from}" AND CloseTime < "${opts.period.to}"`;
    for await (const wf of ctx.client.workflow.list({ query: q })) {
      const status = wf.typedSearchAttributes.get(SA.outcome);
      if (status !== 'APPROVED' && status !== 'DENIED') continue;
      const records: AuditRecord[] = await ctx.audit.list(wf.workflowId);
      const mine = records.filter((r) => r.runId === wf.runId);
      const human = mine.find((r) => r.kind === 'review-decision');
      const auto = mine.find((r) => r.kind === 'decision');
      const decidedAt = new Date(human?.at ?? auto?.at ?? wf.closeTime ?? now);
      const intake = intakeOf(wf.memo);
      const clock = clockOf(ctx.config, intake, wf.startTime, decidedAt);
      const submitted = new Date(clock.submittedAt);
      // Late: decided after the deadline, or escalated as overdue before it was decided.
      const escalated = records.some((r) => (r.kind as string) === 'overdue-escalation' && r.runId === wf.runId);
      rows.push({ priority: clock.priority, status, human: Boolean(human) || (!auto && wf.typedSearchAttributes.get(SA.reviewState) === 'completed'), hours: (decidedAt.getTime() - submitted.getTime()) / 3600_000, late: clock.overdue || escalated });
      if (rows.length >= MAX_CASES) break;
    }
    let openOverdue = 0;
    for await (const wf of ctx.client.workflow.list({ query: `CaiSpec = "${spec}" AND ExecutionStatus = "Running"` })) {
      if (clockOf(ctx.config, intakeOf(wf.memo), wf.startTime, now).overdue) openOverdue += 1;
    }
    const decided = rows.length;
    const byPriority = Object.fromEntries(
      (['expedited', 'standard'] as const).map((p) => {
        const r = rows.filter((x) => x.priority === p);
        return [p, { decided: r.length, approved: r.filter((x) => x.status === 'APPROVED').length, denied: r.filter((x) => x.status === 'DENIED').length, late: r.filter((x) => x.late).length, timeToDecision: timeStats(r.map((x) => x.hours)) }];
      }),
    ) as SpecMetrics['byPriority'];
    out.push({
      spec,
      decided,
      approved: share(rows.filter((r) => r.status === 'APPROVED').length, decided),
      denied: share(rows.filter((r) => r.status === 'DENIED').length, decided),
      automatic: share(rows.filter((r) => !r.human).length, decided),
      human: share(rows.filter((r) => r.human).length, decided),
      timeToDecision: timeStats(rows.map((r) => r.hours)),
      byPriority,
      overdue: { decidedLate: rows.filter((r) => r.late).length, openOverdue },
      approvedAfterAppeal: null,
    });
  }
  return {
    period: opts.period,
    generatedAt: now.toISOString(),
    specs: out,
    notes: [
      'Cases count in the period in which they were decided (their workflow closed); open cases count only in openOverdue.',
      'Time to decision runs from the submission (intake memo; the workflow start for cases started outside the API) to the decision record in the audit store.',
      'Deadlines: expedited 72 hours, standard 7 calendar days (configurable); cases started outside the API count as standard.',
      'Approved after appeal is not reported: the workflows do not model appeals.',
    ],
  };
}
