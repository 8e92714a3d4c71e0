// A slot program as the run-time sandbox loads it: the slot's TypeScript transpiled to CommonJS, plus the
// extraction kit's modules when the slot imports the kit. The only module a slot can load is the kit: its
// `require` (a function of the slot's VM context, not of the host) resolves exactly KIT_SPECIFIER to the kit's
// entry, and each kit module's `require` resolves only its relative imports among the kit's files (type-only
// imports are erased by the transpile). Same rules as the compile-time execution stage
// (compiler/stages/sandbox.ts + kit.ts); this copy is neutral ground so the worker never imports the compiler.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/** The only module specifier a slot file may import at run time (the same string as compiler/stages/kit.ts). */
export const KIT_SPECIFIER = '../../../templates/bounded-decision/kit';
/** Module id of the kit's entry (ids are paths relative to the template folder, without `.ts`). */
export const KIT_ENTRY_ID = 'kit/index';
/** How a packaged extractor imports its vendored copy of the kit. */
export const VENDORED_KIT_SPECIFIER = './kit';
/** The template folder holding kit/ and types.ts. */
export const TEMPLATE_DIR = join(__dirname, '..', 'templates', 'bounded-decision');

export interface KitModule {
  id: string;
  js: string;
}

/** What a sandbox thread needs to load a slot: plain data, cloned to the thread once. */
export interface SlotProgram {
  /** sha256 over the slot's JS, the kit's modules and the export: a thread loads each key once. */
  key: string;
  exportName: string;
  js: string;
  kit: { modules: KitModule[]; resolutions: Record<string, Record<string, string>> };
}

/** The slot or the kit does not transpile, or the kit cannot be read. */
export class SlotProgramError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SlotProgramError';
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const transpiled = new Map<string, { js: string; errors: string[] }>();

/** TypeScript → CommonJS (type-only imports erased), cached by content. */
export function transpile(code: string, fileName: string): { js: string; errors: string[] } {
  const key = sha256(`${fileName}\0${code}`);
  const hit = transpiled.get(key);
  if (hit) return hit;
  const out = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, strict: true, sourceMap: false, ignoreDeprecations: '6.0' },
    reportDiagnostics: true,
    fileName,
  });
  const errors = (out.diagnostics ?? [])
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => `${fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  const result = { js: out.outputText, errors };
  if (transpiled.size > 256) transpiled.clear();
  transpiled.set(key, result);
  return result;
}

interface KitFile {
  path: string;
  text: string;
}

function readKitFiles(templateDir: string): KitFile[] {
  const out: KitFile[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(templateDir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = posix.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push({ path: child, text: readFileSync(join(templateDir, child), 'utf8') });
    }
  };
  if (existsSync(join(templateDir, 'kit'))) walk('kit');
  // The template's types.ts too, as at compile time (kit modules may import it; its type-only content is erased).
  if (out.length && existsSync(join(templateDir, 'types.ts'))) out.push({ path: 'types.ts', text: readFileSync(join(templateDir, 'types.ts'), 'utf8') });
  return out;
}

function resolveSpecifier(fromId: string, specifier: string, ids: ReadonlySet<string>): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(fromId), specifier)).replace(/\.(ts|js)$/, '').replace(/\/$/, '');
  if (base.startsWith('..') || base.startsWith('/')) return undefined;
  for (const c of [base, `${base}/index`]) if (ids.has(c)) return c;
  return undefined;
}

const kits = new Map<string, SlotProgram['kit']>();

/** The kit's runtime modules, transpiled, with their relative imports resolved among themselves. */
export function loadKit(templateDir = TEMPLATE_DIR): SlotProgram['kit'] {
  const files = readKitFiles(templateDir);
  const key = sha256(files.map((f) => `${f.path}\0${f.text}`).join('\0'));
  const hit = kits.get(key);
  if (hit) return hit;
  const ids = new Set(files.map((f) => f.path.replace(/\.ts$/, '')));
  const modules: KitModule[] = [];
  const resolutions: Record<string, Record<string, string>> = {};
  const errors: string[] = [];
  for (const f of files) {
    const id = f.path.replace(/\.ts$/, '');
    const { js, errors: e } = transpile(f.text, f.path);
    errors.push(...e);
    modules.push({ id, js });
    const table: Record<string, string> = {};
    for (const imp of ts.preProcessFile(f.text, true, true).importedFiles) {
      const target = resolveSpecifier(id, imp.fileName, ids);
      if (target !== undefined) table[imp.fileName] = target;
    }
    resolutions[id] = table;
  }
  if (errors.length) throw new SlotProgramError(`the extraction kit does not transpile: ${errors.join('; ')}`);
  const kit = { modules, resolutions };
  if (kits.size > 16) kits.clear();
  kits.set(key, kit);
  return kit;
}

/** Prepare a slot's TypeScript source for the sandbox (the kit is included only when the slot imports it). */
export function prepareSlot(
  source: string,
  exportName: string,
  options: { templateDir?: string; fileName?: string; /** A packaged version's folder holding its vendored kit/ (import './kit'). */ artifactDir?: string } = {},
): SlotProgram {
  const { js, errors } = transpile(source, options.fileName ?? 'slot.ts');
  if (errors.length) throw new SlotProgramError(`the slot does not transpile: ${errors.join('; ')}`);
  // A packaged version carries its own copy of the kit (compiler/vendor-kit.ts) and imports it as './kit'.
  const vendored = options.artifactDir !== undefined && /require\((["'])\.\/kit\1\)/.test(js);
  const specifier = vendored ? VENDORED_KIT_SPECIFIER : KIT_SPECIFIER;
  const kit = vendored ? loadKit(options.artifactDir) : js.includes(KIT_SPECIFIER) ? loadKit(options.templateDir) : { modules: [], resolutions: {} };
  const entry: Record<string, string> = kit.modules.some((m) => m.id === KIT_ENTRY_ID) ? { [specifier]: KIT_ENTRY_ID } : {};
  const withEntry: SlotProgram['kit'] = { modules: kit.modules, resolutions: { ...kit.resolutions, '': entry } };
  const key = sha256([exportName, js, ...withEntry.modules.map((m) => `${m.id}\0${m.js}`)].join('\0'));
  return { key, exportName, js, kit: withEntry };
}
