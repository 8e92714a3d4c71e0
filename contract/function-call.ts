// Contract of the function-call template: tool schemas, the compiled parser's answers, the artifact identity and
// the results the worker and tools read. Declared in templates/function-call/types.ts, which stays an import-free
// types file because packaging vendors it into every compiled tool artifact (compiler/function-call/package.ts);
// everything outside the template imports these names from here.
export type {
  ArgValue,
  ToolCall,
  NoCall,
  ParseResult,
  ParseFn,
  ParamType,
  ParamSchema,
  ToolSchema,
  CallSource,
  ToolArtifactInfo,
  ToolRequest,
  ToolReview,
  ToolResult,
} from '../templates/function-call/types';
