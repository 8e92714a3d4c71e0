// The function-call kit: vetted helpers a compiled `parse(query)` composes. Pure, deterministic, workflow-safe.
export { numbers, numberAt, type NumberHit } from './numbers';
export { cueSpans, has, listAfter, oneOf, properNames, quoted, STOP_WORDS, textAfter } from './text';
export { call, missing, noCall, numberNear } from './readers';
