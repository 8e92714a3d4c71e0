// Types of the function-call template: one tool schema in, a compiled `parse(query)` that answers with the call
// (or says it cannot), run inside workflow code. Shared by the kit, the workflow, generated code and the compiler.
// Pure types: no imports, safe in the workflow bundle.

/** A JSON value an argument can take. */
export type ArgValue = string | number | boolean | null | ArgValue[] | { [key: string]: ArgValue };

/** The compiled parser's answer when the query calls the tool. */
export interface ToolCall {
  kind: 'call';
  name: string;
  arguments: Record<string, ArgValue>;
}

/** The compiled parser's answer when it cannot build a complete call; the template sends it to a fallback. */
export interface NoCall {
  kind: 'no-call';
  reason: string;
}

export type ParseResult = ToolCall | NoCall;

/** The slot: a pure function from the user's query to a call. Deterministic, no I/O. */
export type ParseFn = (query: string) => ParseResult;

/** A parameter type, in the vocabulary of JSON schema and of BFCL's Python function docs. */
export type ParamType = 'string' | 'integer' | 'number' | 'float' | 'boolean' | 'array' | 'object' | 'dict' | 'tuple' | 'any';

export interface ParamSchema {
  type: ParamType;
  description?: string;
  enum?: (string | number)[];
  items?: ParamSchema;
  properties?: Record<string, ParamSchema>;
  default?: ArgValue;
}

/** One tool: its name, what it does, and its parameters as JSON schema. */
export interface ToolSchema {
  name: string;
  description: string;
  parameters: { type: 'object' | 'dict'; properties: Record<string, ParamSchema>; required?: string[] };
}

/** Where a workflow's call came from. */
export type CallSource = 'compiled' | 'model' | 'review';

/** Identity of one compiled tool parser (one spec version), known to workflow code. */
export interface ToolArtifactInfo {
  spec: string;
  specVersion: number;
  workflowType: string;
  specHash: string;
  artifactHash: string;
  tool: ToolSchema;
  provenance: { generator: 'openai-compatible' | 'candidate-file' | 'hand-written'; model?: string; weightsSha256?: string; candidateFiles?: string[] };
  /** What a NoCall does: ask a model directly (when the worker has one configured), or wait for a reviewer. */
  fallback: 'model' | 'review';
  review: { slaSeconds: number };
}

export interface ToolRequest {
  requestId: string;
  query: string;
}

/** A reviewer's answer to a no-call: the call to make, or that the query calls nothing. */
export type ToolReview = { reviewer: string; call: ToolCall } | { reviewer: string; decline: string };

export interface ToolResult {
  requestId: string;
  spec: string;
  specVersion: number;
  artifactHash: string;
  source: CallSource;
  /** The call, or null when nobody could produce one (review declined or timed out, model failed). */
  call: ToolCall | null;
  /** Why the compiled parser made no call (counted: the no-call rate). */
  noCallReason?: string;
  fallback?: { kind: 'model' | 'review'; outcome: string; tokens?: number };
}
