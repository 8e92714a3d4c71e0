// Activities of the bounded-decision template, built by a factory so tests and workers inject their
// dependencies (artifact registry, audit store, LLM extractor, logger).
import { createHash } from 'node:crypto';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Logger } from 'pino';
import type { AlternativeReading, ExtractionOutcome, Facts, GateFinding, GateResult } from '../contract/bounded-decision';
import type { AuditStore } from './audit-store';
import { LlmOutputRejected, LlmRequestRejected, type LlmExtractor } from './llm-extraction';
import { findArtifact, type RegisteredArtifact } from './registry-types';
import { ExtractorUnavailableError, sharedSandboxedExtractors, type CompiledExtractors } from './compiled-extractor';
import { guardFacts } from './fact-guard';
import { sentenceSpans } from '../templates/bounded-decision/kit/directives';
import { modelOverrules, selfContradictions, type CompiledReading } from './model-bounds';
import { alternativeReadings, sentencesToRead, type Reading } from './conflict';
import { SECOND_HAND_MESSAGES, sameReading, secondHandSpans, withoutSecondHand, type ReadFacts, type SecondHandSpan } from './second-hand';
import { SlotError, SlotLimitError } from '../sandbox';
import type { BoundedDecisionActivities, CompiledExtraction, ScreenResult } from '../contract/activities';
import { createFunctionCallActivities, type FunctionCallActivities } from './tool-call';
import type { ToolCaller } from './tool-caller';

export interface ActivityDeps {
  artifacts: RegisteredArtifact[];
  audit: AuditStore;
  logger: Logger;
  /** The input gate (rules, classifier and, in production, the semantic second opinion). */
  scan: (text: string) => GateResult | Promise<GateResult>;
  llm?: LlmExtractor;
  /** How compiled extractors run (default: the process's slot sandbox, activities/compiled-extractor.ts). */
  extractors?: CompiledExtractors;
  /** The direct model call behind the function-call template's fallback (none: no-calls go to review). */
  toolCaller?: ToolCaller;
}

/** Ids for log lines; never the payload (PHI stays out of logs). */
function logContext(): Record<string, string> {
  try {
    const info = Context.current().info;
    return { workflowId: info.workflowExecution?.workflowId ?? '', runId: info.workflowExecution?.runId ?? '', activity: info.activityType };
  } catch {
    return {};
  }
}

/** The activities of both templates (one worker serves bounded-decision and function-call workflows). */
export function createActivities(deps: ActivityDeps): BoundedDecisionActivities & FunctionCallActivities {
  return { ...createBoundedDecisionActivities(deps), ...createFunctionCallActivities({ scan: deps.scan, logger: deps.logger, ...(deps.toolCaller ? { caller: deps.toolCaller } : {}) }) };
}

export function createBoundedDecisionActivities(deps: ActivityDeps): BoundedDecisionActivities {
  const { artifacts, audit, logger, scan, llm } = deps;
  const extractors = deps.extractors ?? sharedSandboxedExtractors();

  /**
   * Each sentence read alone by the compiled extractor (in the slot sandbox): the yes/no facts some sentence states
   * against `whole`. A sentence the extractor cannot read alone gives none.
   */
  async function alternativesAgainst(artifact: RegisteredArtifact, text: string, whole: Reading): Promise<AlternativeReading[]> {
    const spans = sentencesToRead(text);
    const readings: Array<Reading | undefined> = [];
    for (const [a, b] of spans) readings.push(await extractors.run(artifact, text.slice(a, b)).then((r) => r as Reading, () => undefined));
    return alternativeReadings(text, whole, spans, readings);
  }

  /** Review, not a decision: the facts rest on text the chart's author did not record first-hand (spans only). */
  function notFirstHand(spans: SecondHandSpan[], path: 'compiled' | 'llm'): ExtractionOutcome<Facts> & { settled: false } {
    const findings = spans.map(({ kind, span }) => ({ rule: `fact-guard/${kind}`, message: SECOND_HAND_MESSAGES[kind], span }));
    logger.warn({ ...logContext(), path, rules: [...new Set(findings.map((f) => f.rule))] }, 'fact guard: facts rest on text the author did not record first-hand');
    return { settled: false, path, reasons: ["Facts rest on text the chart's author did not record first-hand (someone else supplied it, or it is argued rather than recorded): not decided automatically"], findings };
  }

  return {
    async screenInput({ text }): Promise<ScreenResult> {
      const gate = await scan(text);
      const inputDigest = `sha256:${createHash('sha256').update(text).digest('hex')}`;
      logger.info({ ...logContext(), injection: gate.injection, score: gate.score, rules: gate.findings.map((f) => f.rule), phiTypes: [...new Set(gate.phi.map((p) => p.type))] }, 'input screened');
      return { ...gate, inputDigest, length: text.length };
    },

    async extractCompiled({ artifactId, text }): Promise<CompiledExtraction> {
      const artifact = findArtifact(artifacts, artifactId);
      // Defense in depth at the facts: a text that instructs a reader or dictates a value or the outcome is
      // never decided automatically, whatever the gate scored, and is not sent to an LLM either.
      const guard = guardFacts(artifact.info, text);
      if (guard) {
        logger.warn({ ...logContext(), rules: guard.findings.map((f) => f.rule) }, 'fact guard: instruction in the text');
        return { ...guard, llmAvailable: false };
      }
      // An environment endpoint serves every spec unless it opts out; the embedded CPU model only specs that opt in.
      const llmAvailable = llm !== undefined && (artifact.info.llm.fallback ?? llm.source !== 'embedded');
      let result;
      try {
        result = await extractors.run(artifact, text);
      } catch (err) {
        if (err instanceof SlotLimitError) {
          // Stopped by the sandbox (time or heap limit, or its thread died): review, never decide, and no LLM
          // either (a text that makes the extractor run away is not sent on). The worker goes on serving.
          logger.error({ ...logContext(), limit: err.limit }, 'compiled extractor stopped by the slot sandbox');
          return { settled: false, path: 'compiled', reasons: [`compiled extractor stopped: ${err.message}; not decided automatically`], llmAvailable: false };
        }
        if (err instanceof ExtractorUnavailableError || (err instanceof SlotError && err.phase === 'load')) {
          logger.error({ ...logContext(), error: err.name }, 'compiled extractor unavailable');
          return { settled: false, path: 'compiled', reasons: [`compiled extractor unavailable: ${err.message}`], llmAvailable };
        }
        // The extractor passed the execution stage, so this is unexpected: review, never decide.
        logger.error({ ...logContext(), error: err instanceof SlotError ? err.slotError : (err as Error).name }, 'compiled extractor threw');
        return { settled: false, path: 'compiled', reasons: ['compiled extractor failed on this input'], llmAvailable };
      }
      const checked = artifact.factsSchema.safeParse(result.facts);
      if (!checked.success) {
        return { settled: false, path: 'compiled', reasons: ['compiled extractor returned facts outside the schema'], llmAvailable };
      }
      const found = result.found as Record<string, boolean>;
      logger.info({ ...logContext(), settled: result.uncertain.length === 0, uncertainCount: result.uncertain.length }, 'compiled extraction');
      if (result.uncertain.length > 0) {
        const reasons = result.uncertain.map((u) => `extractor uncertain: ${u}`);
        // A chart that contradicts itself goes to a person: the model would pick one statement, and an injected
        // second statement is how an instruction gets chosen (activities/model-bounds.ts).
        const contradicted = selfContradictions(result.uncertain);
        if (contradicted.length) {
          logger.warn({ ...logContext(), facts: contradicted }, 'compiled extraction: the chart contradicts itself; not sent to the model');
          const findings = findingsAt(text, contradicted, result.evidence, SELF_CONTRADICTION);
          return { settled: false, path: 'compiled', reasons, facts: checked.data as Facts, found, llmAvailable: false, ...(findings.length ? { findings } : {}) };
        }
        return { settled: false, path: 'compiled', reasons, facts: checked.data as Facts, found, llmAvailable };
      }
      // Facts that change when text the author did not record first-hand is cut rest on it: a person reads the source.
      const spans = secondHandSpans(text);
      const cut = withoutSecondHand(text, spans);
      if (cut !== undefined) {
        let same: boolean;
        try {
          same = sameReading(result, (await extractors.run(artifact, cut)) as ReadFacts);
        } catch {
          same = false; // the same extractor failing on the same chart with lines blanked: review, never decide
        }
        if (!same) return { ...notFirstHand(spans, 'compiled'), llmAvailable: false };
      }
      // Each sentence read alone: a yes/no fact some sentence states the other way is an alternative reading; the
      // workflow decides whether the outcome turns on it. A sentence the extractor cannot read alone gives none.
      const alternatives = await alternativesAgainst(artifact, text, result as Reading);
      const evidence = evidenceSpans(result.evidence);
      return { settled: true, path: 'compiled', facts: checked.data as Facts, found, notes: [], llmAvailable, ...(evidence ? { evidence } : {}), ...(alternatives.length ? { alternatives } : {}) };
    },

    async extractWithLlm({ artifactId, text }): Promise<ExtractionOutcome<Facts>> {
      if (!llm) return { settled: false, path: 'none', reasons: ['no LLM endpoint configured'] };
      const artifact = findArtifact(artifacts, artifactId);
      const guard = guardFacts(artifact.info, text);
      if (guard) return guard;
      // The compiled reading bounds the model's: it fills in what the extractor could not settle, never overrules
      // what it read from the chart, and is not asked to choose between two statements (activities/model-bounds.ts).
      const compiled = await extractors.run(artifact, text).then((r) => r as CompiledReading & { evidence?: unknown }, () => undefined);
      const contradicted = compiled ? selfContradictions(compiled.uncertain) : [];
      if (compiled && contradicted.length) {
        const findings = findingsAt(text, contradicted, compiled.evidence, SELF_CONTRADICTION);
        return { settled: false, path: 'llm', reasons: [`The chart states ${contradicted.join(', ')} two ways: not decided automatically`], ...(findings.length ? { findings } : {}) };
      }
      const read = async (input: string): Promise<ExtractionOutcome<Facts>> => {
        const started = Date.now();
        let outcome: ExtractionOutcome<Facts>;
        try {
          outcome = await llm.extract(artifact, input);
        } catch (err) {
          const attempt = (() => {
            try {
              return Context.current().info.attempt;
            } catch {
              return undefined;
            }
          })();
          // Messages name rules and HTTP statuses only, never chart text or values.
          logger.warn({ ...logContext(), model: llm.model, attempt, error: (err as Error).name, ms: Date.now() - started }, 'LLM extraction failed');
          if (err instanceof LlmOutputRejected || err instanceof LlmRequestRejected) {
            // Retrying the same call will not help, whatever the workflow's retry policy says.
            throw ApplicationFailure.create({ type: err.name, message: err.message, nonRetryable: true });
          }
          throw err;
        }
        logger.info({ ...logContext(), model: llm.model, settled: outcome.settled, ms: Date.now() - started, tokens: outcome.settled ? outcome.tokens : undefined }, 'LLM extraction');
        return outcome;
      };
      const outcome = await read(text);
      if (!outcome.settled) return outcome;
      const overruled = compiled ? modelOverrules(compiled, outcome) : [];
      if (compiled && overruled.length) {
        logger.warn({ ...logContext(), model: llm.model, facts: overruled }, 'LLM extraction: the model read facts otherwise than the compiled extractor read them from the chart');
        const findings = findingsAt(text, overruled, compiled.evidence, MODEL_DISAGREES);
        return { settled: false, path: 'llm', reasons: [`The model read ${overruled.join(', ')} otherwise than the chart states: not decided automatically`], ...(findings.length ? { findings } : {}) };
      }
      // The compiled path's provenance check: the model reads the chart again with the text its author did not record
      // first-hand blanked; facts that change (or no longer settle) rest on it. A second call only for charts that
      // have such text.
      const spans = secondHandSpans(text);
      const cut = withoutSecondHand(text, spans);
      if (cut !== undefined) {
        const again = await read(cut);
        if (!again.settled || !sameReading(outcome, again)) return notFirstHand(spans, 'llm');
      }
      // The model's facts set against the chart's own sentences, each read alone by the compiled extractor: the
      // workflow's conflict check then applies whichever path read the chart.
      const alternatives = await alternativesAgainst(artifact, text, { facts: outcome.facts, found: outcome.found });
      return alternatives.length ? { ...outcome, alternatives } : outcome;
    },

    async recordAudit(record) {
      const result = await audit.append(record);
      logger.info({ ...logContext(), kind: record.kind, status: record.status, ruleId: record.ruleId, created: result.created }, 'audit record');
      return { ...result, record };
    },

    async escalateReview(req) {
      logger.warn({ ...logContext(), workflowId: req.workflowId, artifactId: req.artifactId, waitingSince: req.waitingSince, slaSeconds: req.slaSeconds, reasonCount: req.reasons.length }, 'review SLA expired: escalated');
    },
  };
}

/** The model bounds' findings (activities/model-bounds.ts): rule and message, never the text. */
const SELF_CONTRADICTION = { rule: 'fact-guard/self-contradiction', message: 'the chart states this fact two ways: a person reads which holds' };
const MODEL_DISAGREES = { rule: 'fact-guard/model-disagrees', message: 'the model read this fact otherwise than the chart states it here' };

/** One finding per evidence span of each fact (positions only), for the reviewer; none when the extractor gave no spans. */
function findingsAt(text: string, facts: readonly string[], evidence: unknown, { rule, message }: { rule: string; message: string }): GateFinding[] {
  const spans = evidenceSpans(evidence) ?? {};
  // The sentence holding the evidence, so the reviewer sees the statement, not only the matched term.
  const sentences = sentenceSpans(text);
  const widen = ([a, b]: [number, number]): [number, number] => sentences.find(([s, e]) => s <= a && b <= e) ?? [a, b];
  const out = facts.flatMap((f) => (spans[f] ?? []).map((span) => ({ rule, message: `${f}: ${message}`, span: widen(span) })));
  return out.filter((x, i) => out.findIndex((y) => y.message === x.message && y.span[0] === x.span[0]) === i);
}

/** Evidence spans as plain, validated data ([start, end] integer pairs per fact), or undefined when absent. */
function evidenceSpans(raw: unknown): Record<string, Array<[number, number]>> | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const out: Record<string, Array<[number, number]>> = {};
  for (const [fact, spans] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(spans)) continue;
    out[fact] = spans.filter((s): s is [number, number] => Array.isArray(s) && s.length === 2 && Number.isInteger(s[0]) && Number.isInteger(s[1]) && s[0] <= s[1]).map(([a, b]) => [a, b]);
  }
  return Object.keys(out).length ? out : undefined;
}
