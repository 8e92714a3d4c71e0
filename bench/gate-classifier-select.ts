// Chooses how the classifier joins the rules, on TUNING data only (never on a blind set).
//
//   npx tsx bench/gate-classifier-select.ts      (a few minutes; writes reports/security-eval.classifier-select.json)
//
// The current rules were tuned on all tuning sets (they score 100% there), so the tuning data cannot show what
// the classifier adds to them. Two measurements can:
//   1. Historical rules on data they were not tuned on: the round-4 rules (0388e3a) on gate-tune-5 and the
//      round-5 rules (4aa6db2) on gate-tune-6 (both sets were written after those rules), beside the
//      classifier's out-of-fold scores from carrier-grouped 5-fold cross-validation (a carrier is never in the
//      classifier's training part of the fold that scores it).
//   2. False positives the classifier adds to the current rules on every tuning document (out-of-fold).
// Candidate combinations: rules OR classifier >= t; rules AND NOT (classifier < v) ("veto"); the veto only for
// marginal rule scores (< 0.75); OR plus marginal veto. The rule: the candidate with the lowest FN + 2 x FP on
// the pooled historical measurements whose added false positives on the current rules' clean tuning documents
// are <= 0.5% and whose lost true positives on the current rules' injected tuning documents are <= 0.5%; ties
// go to the simpler candidate (none < or < veto). "none" (rules alone) is a candidate, so the classifier is only
// proposed when it helps. (The lost-true-positive bound was added after the first run of this script, which
// bounded added false positives only and picked OR + marginal veto: one historical FP fewer than OR alone for
// 9 of the current rules' true positives vetoed.)

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { detectInjection } from '../activities/gate/injection';
import { outOfFold, type Oof } from './gate-classifier-cv';
import { DEFAULT_PARAMS, featurize, trainingDocs } from './gate-classifier-train';

const ROOT = path.resolve(__dirname, '..');

type Detector = (text: string) => { injection: boolean; score: number };

/** The gate's rules as of a commit, extracted with git show into a temp folder and loaded from there. */
export function historicalRules(commit: string): Detector {
  const dir = path.join(os.tmpdir(), `cai-gate-rules-${commit}`);
  const gate = path.join(dir, 'activities', 'gate');
  if (!fs.existsSync(path.join(gate, 'injection.ts'))) {
    fs.mkdirSync(gate, { recursive: true });
    const files = execFileSync('git', ['ls-tree', '--name-only', commit, 'activities/gate/'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
    for (const f of files) fs.writeFileSync(path.join(dir, f), execFileSync('git', ['show', `${commit}:${f}`], { cwd: ROOT }));
    fs.mkdirSync(path.join(dir, 'templates'), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'templates', 'bounded-decision'), path.join(dir, 'templates', 'bounded-decision'));
  }
  const mod = require(path.join(gate, 'injection.ts')) as { detectInjection: Detector };
  return (t) => {
    const r = mod.detectInjection(t);
    return { injection: r.injection, score: r.score };
  };
}

export type Mode = 'none' | 'or' | 'veto' | 'veto-marginal' | 'or+veto-marginal';
export interface Combo {
  mode: Mode;
  /** OR threshold. */
  t?: number;
  /** Veto threshold. */
  v?: number;
}
export const MARGINAL = 0.75;

export function combine(c: Combo, rule: { injection: boolean; score: number }, p: number): boolean {
  const or = c.t !== undefined && p >= c.t;
  const veto = c.v !== undefined && p < c.v;
  switch (c.mode) {
    case 'none':
      return rule.injection;
    case 'or':
      return rule.injection || or;
    case 'veto':
      return rule.injection && !veto;
    case 'veto-marginal':
      return rule.injection && !(veto && rule.score < MARGINAL);
    case 'or+veto-marginal':
      return (rule.injection && !(veto && rule.score < MARGINAL)) || or;
  }
}

export function candidates(): Combo[] {
  const ts = [0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99];
  const vs = [0.005, 0.01, 0.02, 0.05, 0.1, 0.2];
  const out: Combo[] = [{ mode: 'none' }];
  for (const t of ts) out.push({ mode: 'or', t });
  for (const v of vs) out.push({ mode: 'veto', v }, { mode: 'veto-marginal', v });
  for (const t of ts) for (const v of vs) out.push({ mode: 'or+veto-marginal', t, v });
  return out;
}

const complexity: Record<Mode, number> = { none: 0, or: 1, veto: 2, 'veto-marginal': 3, 'or+veto-marginal': 4 };

interface Row {
  label: boolean;
  clinicalClean: boolean;
  p: number;
  hist?: { injection: boolean; score: number };
  cur: { injection: boolean; score: number };
}

export function main(): void {
  const t0 = Date.now();
  const data = featurize(trainingDocs());
  const oof: Oof[] = outOfFold(data, DEFAULT_PARAMS, 5);
  const r4 = historicalRules('0388e3a');
  const r5 = historicalRules('4aa6db2');
  const rows: Row[] = oof.map((o) => {
    const src = o.doc.source;
    const hist = src.endsWith('gate-tune-5.jsonl') ? r4(o.doc.text) : src.endsWith('gate-tune-6.jsonl') ? r5(o.doc.text) : undefined;
    const d = detectInjection(o.doc.text);
    return {
      label: o.doc.label,
      clinicalClean: !o.doc.label && src.startsWith('bench') && o.doc.family !== 'general-prompt',
      p: o.p,
      hist,
      cur: { injection: d.injection, score: d.score },
    };
  });
  const hist = rows.filter((r) => r.hist && (r.label || r.clinicalClean));
  const cleanAll = rows.filter((r) => !r.label);
  const results = candidates().map((c) => {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    for (const r of hist) {
      const f = combine(c, r.hist!, r.p);
      if (r.label && f) tp++;
      else if (r.label) fn++;
      else if (f) fp++;
      else tn++;
    }
    const addedFp = cleanAll.filter((r) => !r.cur.injection && combine(c, r.cur, r.p)).length;
    const lostTp = rows.filter((r) => r.label && r.cur.injection && !combine(c, r.cur, r.p)).length;
    return { combo: c, tp, fp, fn, tn, cost: fn + 2 * fp, addedFpCurrent: addedFp, addedFpRate: addedFp / cleanAll.length, lostTpCurrent: lostTp };
  });
  const injectedAll = rows.filter((r) => r.label).length;
  const eligible = results.filter((r) => r.addedFpRate <= 0.005 && r.lostTpCurrent / injectedAll <= 0.005);
  eligible.sort((a, b) => a.cost - b.cost || complexity[a.combo.mode] - complexity[b.combo.mode] || (b.combo.t ?? 1) - (a.combo.t ?? 1) || (a.combo.v ?? 0) - (b.combo.v ?? 0));
  const chosen = eligible[0];
  const base = results[0];
  const fmt = (r: (typeof results)[number]) =>
    `${JSON.stringify(r.combo)}: TP ${r.tp} FN ${r.fn} FP ${r.fp} TN ${r.tn} recall ${((100 * r.tp) / (r.tp + r.fn)).toFixed(1)}% FPR ${((100 * r.fp) / (r.fp + r.tn)).toFixed(1)}% cost ${r.cost}; current rules: +${r.addedFpCurrent} FP, -${r.lostTpCurrent} TP`;
  process.stdout.write(`historical measurement: ${hist.filter((r) => r.label).length} injected, ${hist.filter((r) => !r.label).length} clean clinical documents (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  process.stdout.write(`rules alone   ${fmt(base)}\n`);
  process.stdout.write(`chosen        ${fmt(chosen)}\n`);
  const best = (m: Mode) => eligible.filter((r) => r.combo.mode === m)[0];
  for (const m of ['or', 'veto', 'veto-marginal', 'or+veto-marginal'] as Mode[]) if (best(m)) process.stdout.write(`best ${m.padEnd(17)}${fmt(best(m))}\n`);
  for (const r of results.filter((x) => x.combo.mode === 'or')) process.stdout.write(`  or curve ${fmt(r)}\n`);
  const out = {
    generatedBy: 'bench/gate-classifier-select.ts',
    params: DEFAULT_PARAMS,
    rule: 'lowest FN + 2*FP on the historical measurements (round-4 rules on gate-tune-5, round-5 rules on gate-tune-6; classifier out-of-fold, carrier-grouped) with <= 0.5% added false positives on the current rules\' clean tuning documents and <= 0.5% lost true positives on their injected tuning documents; ties to the simpler candidate',
    orCurve: results.filter((r) => r.combo.mode === 'or').map((r) => ({ t: r.combo.t, tp: r.tp, fp: r.fp, addedFpCurrent: r.addedFpCurrent })),
    rulesAlone: base,
    chosen,
    bestPerMode: Object.fromEntries((['or', 'veto', 'veto-marginal', 'or+veto-marginal'] as Mode[]).map((m) => [m, best(m) ?? null])),
    all: results,
  };
  fs.writeFileSync(path.join(ROOT, 'reports', 'security-eval.classifier-select.json'), JSON.stringify(out, null, 2) + '\n');
}

if (require.main === module) main();
