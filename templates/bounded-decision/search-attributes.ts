// Custom search attributes of bounded-decision workflows (all Keyword), so engineers can filter runs
// in the Temporal UI, e.g. `CaiSpec = "prior-auth-glp1" AND CaiOutcome = "NEEDS_REVIEW"`.
// scripts/temporal-start.sh registers the same names on the dev server.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const SA = {
  outcome: defineSearchAttributeKey('CaiOutcome', SearchAttributeType.KEYWORD),
  spec: defineSearchAttributeKey('CaiSpec', SearchAttributeType.KEYWORD),
  specVersion: defineSearchAttributeKey('CaiSpecVersion', SearchAttributeType.KEYWORD),
  artifactHash: defineSearchAttributeKey('CaiArtifactHash', SearchAttributeType.KEYWORD),
  reviewState: defineSearchAttributeKey('CaiReviewState', SearchAttributeType.KEYWORD),
  /** compiled | llm (who settled the facts) | unsettled (went to review) | skipped (input gate flagged). */
  extractionPath: defineSearchAttributeKey('CaiExtractionPath', SearchAttributeType.KEYWORD),
} as const;

/** Names and types, for registering them on a server. */
export const SEARCH_ATTRIBUTE_NAMES: readonly string[] = Object.values(SA).map((k) => k.name);
