// SECURITY stage: an allow-list-minded static analyzer over the TypeScript AST (see analyzer.ts).
// The public surface; one module per concern:
//   parse.ts            reading a candidate, CodeUnreadableError
//   rules.ts            the rule names and descriptions, the report
//   analyzer.ts         the walk and checkCode; context.ts the scope model and constant folding it shares
//   load-time.ts        top-level code and imports          members.ts      member access
//   calls.ts            calls, constructors, regex uses      assignments.ts  writes and deletes
//   loops.ts            loop-termination proofs              recursion.ts    direct and mutual recursion
//   secret-checks.ts    hard-coded secrets (secret-patterns.ts: the text detectors)
//   globals.ts          allowed and denied globals           regex-parser.ts, redos.ts  the backtracking check
export { KIT_SPECIFIER } from '../kit';
export { checkCode } from './analyzer';
export { CodeUnreadableError, MAX_SOURCE_CHARS, parseCandidate } from './parse';
export { regexHazard } from './redos';
export { SECURITY_RULES, type SecurityReport } from './rules';
