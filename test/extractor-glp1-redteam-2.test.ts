// Round-2 red-team evaluation of the compiled GLP-1 extractor (prior-auth-glp1 v1) on a second, blind set
// (test/fixtures/glp1-redteam-2.jsonl), written by a different author from the policy and the spec only and
// committed before the extractor was run on it: EHR exports (problem lists with ICD codes and status columns,
// medication lists with stop reasons), multi-visit vitals tables (most recent visit governs), lab tables with
// flags and reference ranges, prior-auth form Q&A and checkboxes, letters of medical necessity, referral
// letters, unfilled templates, copy-forward conflicts, spelled-out numbers and comma decimals.
// The path measured is the workflow's compiled one: uncertain extraction -> review; else checks, then decide.
//  - wrong automatic decisions must be zero; needless reviews at most 10% of decidable charts.
import { join } from 'node:path';
import { redTeamSuite } from './helpers/glp1-compiled-path';

redTeamSuite('glp1 red team 2', join(__dirname, 'fixtures', 'glp1-redteam-2.jsonl'));
