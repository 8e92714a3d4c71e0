// Released versions are immutable, so an artifact whose extractor uses the extraction kit carries its own copy
// of the kit: packaging copies templates/bounded-decision/kit/*.ts into <artifact>/kit/ and points the
// extractor's import at './kit'. A later change of the kit then changes new versions only; the copy is covered
// by the artifact hash and the release lock like every other file of the version.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIT_SPECIFIER } from './stages/kit';

export const KIT_DIR = join(__dirname, '..', 'templates', 'bounded-decision', 'kit');
/** From <root>/workflows-generated/<spec>/v<N>/kit/ back to the template types. */
const TYPES_FROM_VENDORED = '../../../../templates/bounded-decision/types';

function quoted(specifier: string): RegExp {
  return new RegExp(`(['"])${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\1`, 'g');
}

/** Whether slot code imports the kit. */
export function usesKit(code: string): boolean {
  return quoted(KIT_SPECIFIER).test(code);
}

/**
 * The extractor as packaged (kit import pointed at './kit') and the kit files to package beside it
 * (`kit/<name>.ts`), or the code unchanged with no files when it does not use the kit.
 */
export function vendorKit(extractor: string, kitDir = KIT_DIR): { extractor: string; files: Record<string, string> } {
  if (!usesKit(extractor)) return { extractor, files: {} };
  const files: Record<string, string> = {};
  for (const name of readdirSync(kitDir).filter((f) => f.endsWith('.ts')).sort()) {
    const source = readFileSync(join(kitDir, name), 'utf8').replace(quoted('../types'), `'${TYPES_FROM_VENDORED}'`);
    files[`kit/${name}`] = `// Vendored copy of templates/bounded-decision/kit/${name} for this released version. Do not edit.\n${source}`;
  }
  return { extractor: extractor.replace(quoted(KIT_SPECIFIER), "'./kit'"), files };
}

/**
 * The slot code of a packaged extractor (its './kit' import pointed back at the template's kit), for running the
 * stages again on a released version. Only correct while the template's kit is the version's vendored one.
 */
export function slotCodeOf(packaged: string): string {
  return packaged.replace(quoted('./kit'), `'${KIT_SPECIFIER}'`);
}
