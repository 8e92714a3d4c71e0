// The extraction kit of the bounded-decision template (templates/bounded-decision/kit/) as the stages see it.
// Slot code may import it at run time with exactly KIT_SPECIFIER and named imports only; the security stage
// allows that import (and checks the names against the kit's exports), the syntax stage typechecks the candidate
// against the real kit sources, and the sandbox evaluates the kit's modules (transpiled to CommonJS once per
// content hash) inside the candidate's VM context behind a `require` that resolves nothing else.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/** The only module specifier a slot file may import at run time. */
export const KIT_SPECIFIER = '../../../templates/bounded-decision/kit';
/** Module id of the kit's entry (ids are paths relative to the template folder, without `.ts`). */
export const KIT_ENTRY_ID = 'kit/index';
/** The template folder holding kit/ and types.ts. */
export const TEMPLATE_DIR = join(__dirname, '..', '..', 'templates', 'bounded-decision');

/** One source file of the kit (or the template's types.ts), path relative to the template folder (posix). */
export interface KitFile {
  path: string;
  text: string;
}

/** Every .ts file under kit/ (recursively, sorted) plus types.ts, read from disk. [] when there is no kit. */
export function readKitFiles(templateDir = TEMPLATE_DIR): KitFile[] {
  const out: KitFile[] = [];
  const walk = (rel: string): void => {
    const abs = join(templateDir, rel);
    for (const entry of readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = posix.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && entry.name.endsWith('.ts')) out.push({ path: child, text: readFileSync(join(templateDir, child), 'utf8') });
    }
  };
  if (existsSync(join(templateDir, 'kit'))) walk('kit');
  if (out.length === 0) return [];
  const types = join(templateDir, 'types.ts');
  if (existsSync(types)) out.push({ path: 'types.ts', text: readFileSync(types, 'utf8') });
  return out;
}

function moduleId(path: string): string {
  return path.replace(/\.ts$/, '');
}

/** The module a relative specifier of module `fromId` names among `ids`, or undefined. */
export function resolveKitSpecifier(fromId: string, specifier: string, ids: ReadonlySet<string>): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(fromId), specifier)).replace(/\.(ts|js)$/, '').replace(/\/$/, '');
  if (base.startsWith('..') || base.startsWith('/')) return undefined;
  for (const c of [base, `${base}/index`]) if (ids.has(c)) return c;
  return undefined;
}

/** The kit's modules as the sandbox loads them. */
export interface KitModules {
  /** Transpiled CommonJS of each runtime module (declaration files excluded). */
  modules: { id: string; js: string }[];
  /** For each module id ('' is the candidate): specifier → module id. Nothing else resolves. */
  resolutions: Record<string, Record<string, string>>;
  /** Transpile errors, `path: message`. */
  errors: string[];
}

const transpileCache = new Map<string, { js: string; errors: string[] }>();

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Transpile one kit file to CommonJS, cached by content hash (type-only imports are erased). */
export function transpileKitFile(file: KitFile): { js: string; errors: string[] } {
  const key = sha256(`${file.path}\0${file.text}`);
  const hit = transpileCache.get(key);
  if (hit) return hit;
  const out = ts.transpileModule(file.text, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, strict: true, sourceMap: false, ignoreDeprecations: '6.0' },
    reportDiagnostics: true,
    fileName: file.path,
  });
  const errors = (out.diagnostics ?? [])
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => `${file.path}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  const result = { js: out.outputText, errors };
  if (transpileCache.size > 256) transpileCache.clear();
  transpileCache.set(key, result);
  return result;
}

/** Transpile the kit's runtime modules and resolve their relative imports among themselves. */
export function kitModules(files: KitFile[] = readKitFiles(), specifier: string = KIT_SPECIFIER): KitModules {
  const runtime = files.filter((f) => !f.path.endsWith('.d.ts'));
  const ids = new Set(runtime.map((f) => moduleId(f.path)));
  const modules: KitModules['modules'] = [];
  const resolutions: KitModules['resolutions'] = { '': ids.has(KIT_ENTRY_ID) ? { [specifier]: KIT_ENTRY_ID } : {} };
  const errors: string[] = [];
  for (const f of runtime) {
    const id = moduleId(f.path);
    const { js, errors: e } = transpileKitFile(f);
    errors.push(...e);
    modules.push({ id, js });
    const table: Record<string, string> = {};
    for (const imp of ts.preProcessFile(f.text, true, true).importedFiles) {
      const target = resolveKitSpecifier(id, imp.fileName, ids);
      if (target !== undefined) table[imp.fileName] = target;
    }
    resolutions[id] = table;
  }
  return { modules, resolutions, errors };
}

const exportsCache = new Map<string, ReadonlySet<string>>();

/**
 * Names the kit's entry exports (values and types), following `export * from` and `export { } from` among the
 * kit's files. Undefined when the kit cannot be read.
 */
export function kitExportNames(files?: KitFile[]): ReadonlySet<string> | undefined {
  let list: KitFile[];
  try {
    list = files ?? readKitFiles();
  } catch {
    return undefined;
  }
  if (list.length === 0) return undefined;
  const key = sha256(list.map((f) => `${f.path}\0${f.text}`).join('\0'));
  const hit = exportsCache.get(key);
  if (hit) return hit;
  const byId = new Map(list.map((f) => [moduleId(f.path).replace(/\.d$/, ''), f]));
  const ids = new Set(byId.keys());
  const namesOf = (id: string, seen: Set<string>): Set<string> => {
    const names = new Set<string>();
    const f = byId.get(id);
    if (!f || seen.has(id)) return names;
    seen.add(id);
    const sf = ts.createSourceFile(f.path, f.text, ts.ScriptTarget.ES2022, true);
    for (const st of sf.statements) {
      if (ts.isExportDeclaration(st)) {
        const from = st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? resolveKitSpecifier(id, st.moduleSpecifier.text, ids) : undefined;
        if (!st.exportClause) {
          if (from) for (const n of namesOf(from, seen)) names.add(n);
        } else if (ts.isNamespaceExport(st.exportClause)) names.add(st.exportClause.name.text);
        else for (const e of st.exportClause.elements) names.add(e.name.text);
        continue;
      }
      const mods = ts.canHaveModifiers(st) ? ts.getModifiers(st) ?? [] : [];
      if (!mods.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      if (mods.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) continue;
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.add(d.name.text);
      } else if (
        (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isEnumDeclaration(st)) &&
        st.name
      )
        names.add(st.name.text);
    }
    return names;
  };
  const result: ReadonlySet<string> = namesOf(KIT_ENTRY_ID, new Set());
  if (exportsCache.size > 64) exportsCache.clear();
  exportsCache.set(key, result);
  return result;
}
