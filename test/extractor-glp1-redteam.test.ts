// Red-team evaluation of the compiled GLP-1 extractor (prior-auth-glp1 v1) on an independent set of
// chart summaries (test/fixtures/glp1-redteam.jsonl), written from the policy and the spec only:
// varied styles (SOAP notes, problem lists, letters of medical necessity, lab tables, terse notes,
// British spelling and units, typos), each with the outcome the policy gives.
// The path measured is the workflow's compiled one: uncertain extraction -> review; else checks, then decide.
//  - wrong automatic decisions (APPROVED/DENIED different from the expected outcome): must be zero;
//  - needless reviews (NEEDS_REVIEW where the policy decides): at most 10% of decidable charts.
import { join } from 'node:path';
import { redTeamSuite } from './helpers/glp1-compiled-path';

redTeamSuite('glp1 red team', join(__dirname, 'fixtures', 'glp1-redteam.jsonl'));
