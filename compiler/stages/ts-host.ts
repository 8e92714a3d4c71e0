// An in-memory TypeScript program: the given files (absolute virtual paths) plus the standard library read from
// the installed typescript package (parsed once per process). Used by stages that typecheck a candidate without
// touching the repository.
import { dirname } from 'node:path';
import ts from 'typescript';

/** The strict options slot code is typechecked under (ES2022 standard library only, no Node or DOM types). */
export const SLOT_COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  lib: ['lib.es2022.d.ts'],
  types: [],
  strict: true,
  noEmit: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  isolatedModules: true,
  skipLibCheck: true,
  noLib: false,
  allowJs: false,
  ignoreDeprecations: '6.0',
};

const libCache = new Map<string, ts.SourceFile>();
const fileCache = new Map<string, { text: string; sf: ts.SourceFile }>();

/**
 * A program over `files` (all under the virtual folder `root`). Files for which `cached` holds (vetted template
 * sources that rarely change) are parsed once per content; the others on every call.
 */
export function inMemoryProgram(files: ReadonlyMap<string, string>, rootNames: string[], options: ts.CompilerOptions, root: string, cached: (fileName: string) => boolean = () => false): ts.Program {
  const libDir = dirname(ts.getDefaultLibFilePath(options));
  const host: ts.CompilerHost = {
    getSourceFile(fileName, languageVersion) {
      const text = files.get(fileName);
      if (text !== undefined && cached(fileName)) {
        const hit = fileCache.get(fileName);
        if (hit && hit.text === text) return hit.sf;
        const sf = ts.createSourceFile(fileName, text, languageVersion, true);
        fileCache.set(fileName, { text, sf });
        return sf;
      }
      if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
      if (!fileName.startsWith(libDir)) return undefined;
      let sf = libCache.get(fileName);
      if (!sf) {
        const libText = ts.sys.readFile(fileName);
        if (libText === undefined) return undefined;
        sf = ts.createSourceFile(fileName, libText, languageVersion, true);
        libCache.set(fileName, sf);
      }
      return sf;
    },
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    writeFile: () => undefined,
    getCurrentDirectory: () => root,
    getDirectories: () => [],
    fileExists: (f) => files.has(f) || (f.startsWith(libDir) && ts.sys.fileExists(f)),
    readFile: (f) => files.get(f) ?? (f.startsWith(libDir) ? ts.sys.readFile(f) : undefined),
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    directoryExists: (d) => d.startsWith(root) || d.startsWith(libDir),
  };
  return ts.createProgram({ rootNames, options, host });
}
