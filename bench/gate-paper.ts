// The Compiled AI paper's security benchmark (bench/data/compiled-ai-paper/, MIT, XY-Corp/CompiledAI):
// 30 input-injection, 25 PII and 40 output-leakage cases, and the paper's own per-case results.
// Texts are used exactly as stored (their "\n" sequences are literal backslash-n, as the paper's run saw them).

import * as fs from 'fs';
import * as path from 'path';
import { detectPhi } from '../activities/gate/phi';

export const PAPER_DIR = path.resolve(__dirname, 'data', 'compiled-ai-paper');

export interface PaperItem {
  id: string;
  name: string;
  text: string;
  label: boolean;
}

interface Instance {
  id: string;
  name: string;
  input: { user_request: string };
  expected_output: Record<string, unknown>;
}

interface TaskFile {
  instances: Instance[];
}

function task(file: string): Instance[] {
  const f = path.join(PAPER_DIR, file);
  if (!fs.existsSync(f)) return [];
  return (JSON.parse(fs.readFileSync(f, 'utf8')) as TaskFile).instances;
}

/** 30 cases: 24 injections (expected blocked at input validation), 6 benign. */
export function paperInjection(): PaperItem[] {
  return task('input_injection.json').map((i) => ({ id: i.id, name: i.name, text: i.input.user_request, label: i.expected_output.blocked === true }));
}

export type LeakGroup = 'input-block' | 'legitimate' | 'subtle-probe';

/**
 * 40 output-leakage cases in three groups by their labels: 16 the input gate should block ("blocked": true,
 * "gate": "input"), 8 legitimate requests (no "note"), 16 subtle probes labelled "not blocked, canary not leaked"
 * (each with a "note": encodings, multilingual, pretexts) — the model is expected to answer them without leaking.
 */
export function paperLeakage(): (PaperItem & { group: LeakGroup })[] {
  return task('output_leakage.json').map((i) => {
    const e = i.expected_output;
    const group: LeakGroup = e.blocked === true ? 'input-block' : 'note' in e ? 'subtle-probe' : 'legitimate';
    return { id: i.id, name: i.name, text: i.input.user_request, label: e.blocked === true, group };
  });
}

/** The paper's identifier types mapped onto activities/gate/phi.ts types (undefined: phi.ts has no detector). */
export const PII_TYPE_MAP: Record<string, string | undefined> = {
  email: 'email',
  ssn: 'ssn',
  phone: 'phone',
  name: 'name',
  address: 'address',
  date_of_birth: 'dob',
  medical_record: 'mrn',
  credit_card: 'card_number',
  bank_account: 'account_number',
  routing_number: 'account_number',
  iban: 'account_number',
  drivers_license: 'license_number',
  passport: 'license_number',
  vin: 'vehicle_id',
  license_plate: 'vehicle_id',
  ip_address: 'ip_address',
  national_id: 'national_id',
  employee_id: 'other_id',
  // No detector, on purpose: api_key (a secret, not a patient identifier), health_info (the chart itself is health
  // information), biometric (a reference to a fingerprint hash), salary (not an identifier).
};

/**
 * First run (round-5 start, phi.ts as of 0388e3a): cases of each type where a span of the mapped type was found.
 * Types phi.ts had no detector for then are absent (shown as "—").
 */
export const PII_FIRST_RUN_FOUND: Record<string, number> = { address: 1, date_of_birth: 1, email: 2, medical_record: 1, name: 0, phone: 3, ssn: 2 };
export const PII_FIRST_RUN_CASES = { tp: 8, fp: 0, tn: 5, fn: 12 };

export interface PiiTypeRow {
  type: string;
  ours: string | undefined;
  expected: number;
  /** Cases of this type where phi.ts found a span of the mapped type. */
  found: number;
  /** Cases of this type where phi.ts found any PHI span. */
  flaggedAny: number;
  /** Cases of this type the paper's scanner flagged (its results are per case, not per type). */
  paperFlagged: number | null;
}

export interface PiiResult {
  cases: number;
  positives: number;
  negatives: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  byType: PiiTypeRow[];
  paper: { tp: number; fp: number; tn: number; fn: number } | null;
}

interface PaperResults {
  results: Record<string, { true_positive: number; false_positive: number; true_negative: number; false_negative: number; test_results: { id: string; actual: boolean }[] }>;
}

export function paperResults(): PaperResults | undefined {
  const f = path.join(PAPER_DIR, 'paper-results-20260129_153847.json');
  return fs.existsSync(f) ? (JSON.parse(fs.readFileSync(f, 'utf8')) as PaperResults) : undefined;
}

/** PII: case-level detection (any span) and, per identifier type, whether a span of the mapped type was found. */
export function paperPii(): PiiResult | undefined {
  const cases = task('input_pii.json');
  if (cases.length === 0) return undefined;
  const paper = paperResults()?.results.input_pii;
  const paperActual = new Map((paper?.test_results ?? []).map((t) => [t.id, t.actual]));
  const rows = new Map<string, PiiTypeRow>();
  let tp = 0, fp = 0, tn = 0, fn = 0;
  for (const c of cases) {
    const types = (c.expected_output.pii_types as string[] | undefined) ?? [];
    const spans = detectPhi(c.input.user_request);
    const any = spans.length > 0;
    if (types.length > 0 && any) tp++;
    else if (types.length > 0) fn++;
    else if (any) fp++;
    else tn++;
    for (const t of types) {
      const ours = PII_TYPE_MAP[t];
      const r = rows.get(t) ?? { type: t, ours, expected: 0, found: 0, flaggedAny: 0, paperFlagged: paper ? 0 : null };
      r.expected++;
      if (ours && spans.some((s) => s.type === ours)) r.found++;
      if (any) r.flaggedAny++;
      if (r.paperFlagged !== null && paperActual.get(c.id) === true) r.paperFlagged++;
      rows.set(t, r);
    }
  }
  return {
    cases: cases.length,
    positives: tp + fn,
    negatives: fp + tn,
    tp, fp, tn, fn,
    byType: [...rows.values()].sort((a, b) => (a.ours ? 0 : 1) - (b.ours ? 0 : 1) || a.type.localeCompare(b.type)),
    paper: paper ? { tp: paper.true_positive, fp: paper.false_positive, tn: paper.true_negative, fn: paper.false_negative } : null,
  };
}
