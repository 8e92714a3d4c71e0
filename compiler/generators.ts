// Where candidate code comes from: an OpenAI-compatible model (can regenerate with feedback), or files written
// or patched by a person (`--candidate`; cannot regenerate: a failing candidate is rejected at once).
// Provenance is recorded truthfully in the manifest.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { Provenance } from '../contract/bounded-decision';
import { createModelClient, samplingForAttempt, type CodeFormat, type ExtractorForm, type ModelClient, type ModelConfig, type TokenUsage } from './llm-client';
import { SLOTS, type AssembledPrompt, type Slot } from './prompt';
import { composeExtractor, type ComposeRequest, type ComposedExtractor } from './reader-composer';
import type { LoadedSpec } from './spec';

export const REPO_ROOT = join(__dirname, '..');

export interface GeneratedCandidate {
  code: string;
  rationale?: string;
  usage?: TokenUsage;
  model?: string;
}

export interface Generator {
  readonly kind: Provenance['generator'];
  /** Whether a failing candidate can be regenerated with diagnostics (false for person-written files). */
  readonly canRegenerate: boolean;
  /** How a model is asked to hand back code (prompts differ); undefined for person-written files. */
  readonly codeFormat?: CodeFormat;
  generate(slot: Slot, prompt: AssembledPrompt, attempt: number): Promise<GeneratedCandidate>;
  /**
   * The extractor slot in "readers" form (one small model call per fact, rendered by the compiler); when
   * present it replaces `generate` for the extractor slot.
   */
  composeExtractor?(loaded: LoadedSpec, request: ComposeRequest): Promise<ComposedExtractor>;
  /** Provenance of what this generator produced so far (truthful: the model that answered, the files read). */
  provenance(): Provenance;
}

/** What the manifest says of an extractor written in readers form (truthful about who wrote which part). */
export const READERS_FORM_NOTE =
  'extractor slot in readers form: the model wrote each fact\'s reader options (reader kind and phrases, JSON-schema constrained); the composer checked them against the golden notes (it removes phrases that misread one, adds the names and examples the fact\'s description lists that the model left out, and on regeneration lets the model choose among phrases mined from the missed notes; each extractor attempt\'s rationale says what it did); compiler/reader-options.ts rendered them into the kit composition';

/**
 * Generator backed by an OpenAI-compatible endpoint. `extractorForm` 'readers' (the default) asks for the
 * extractor one fact at a time (compiler/reader-composer.ts); 'code' asks for the whole file like the decision.
 */
export function openAIGenerator(client: ModelClient, codeFormat: CodeFormat = 'fenced', weightsSha256?: string, extractorForm: ExtractorForm = 'readers'): Generator {
  const answeredBy = new Set<string>();
  let composed = false;
  return {
    kind: 'openai-compatible',
    canRegenerate: true,
    codeFormat,
    async generate(_slot, prompt, attempt) {
      const answer = await client.complete({ system: prompt.system, user: prompt.user }, samplingForAttempt(attempt));
      answeredBy.add(answer.model);
      return { code: answer.code, rationale: answer.rationale, usage: answer.usage, model: answer.model };
    },
    ...(extractorForm === 'readers' && client.completeJson
      ? {
          async composeExtractor(loaded: LoadedSpec, request: ComposeRequest) {
            const c = await composeExtractor(client, loaded, request);
            for (const m of c.model.split(', ')) answeredBy.add(m);
            composed = true;
            return c;
          },
        }
      : {}),
    provenance() {
      const models = [...answeredBy].sort();
      return {
        generator: 'openai-compatible',
        model: models.length ? models.join(', ') : client.model,
        ...(weightsSha256 ? { weightsSha256 } : {}),
        ...(composed ? { note: READERS_FORM_NOTE } : {}),
      };
    },
  };
}

export function createOpenAIGenerator(config: ModelConfig): Generator {
  return openAIGenerator(createModelClient(config), config.codeFormat ?? 'fenced', config.weightsSha256, config.extractorForm ?? 'readers');
}

/** A `--candidate` argument that cannot be used, with how to fix it. */
export class CandidateArgError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CandidateArgError';
  }
}

export type CandidateFiles = Record<Slot, string>;

/**
 * Resolve `--candidate` arguments to one file per slot. Accepted forms: `decision=FILE` and `extractor=FILE`
 * (both needed), a directory holding decision.ts and extractor.ts, or FILE named decision.ts / extractor.ts.
 */
export function resolveCandidateArgs(args: string[], cwd = process.cwd()): CandidateFiles {
  const files: Partial<CandidateFiles> = {};
  const set = (slot: Slot, file: string) => {
    if (files[slot]) throw new CandidateArgError(`--candidate: the ${slot} slot is given twice (${files[slot]} and ${file})`);
    files[slot] = file;
  };
  for (const arg of args) {
    const m = /^(decision|extractor)=(.+)$/.exec(arg);
    if (m) {
      const file = resolve(cwd, m[2]!);
      if (!existsSync(file) || !statSync(file).isFile()) throw new CandidateArgError(`--candidate ${arg}: ${m[2]} is not a file`);
      set(m[1] as Slot, file);
      continue;
    }
    const path = resolve(cwd, arg);
    if (!existsSync(path)) throw new CandidateArgError(`--candidate ${arg}: no such file or directory`);
    if (statSync(path).isDirectory()) {
      for (const slot of SLOTS) {
        const file = join(path, `${slot}.ts`);
        if (!existsSync(file)) throw new CandidateArgError(`--candidate ${arg}: the directory has no ${slot}.ts (it needs decision.ts and extractor.ts)`);
        set(slot, file);
      }
      continue;
    }
    const name = basename(path).replace(/\.ts$/, '');
    if (name !== 'decision' && name !== 'extractor')
      throw new CandidateArgError(`--candidate ${arg}: say which slot the file is for: --candidate decision=${arg} or --candidate extractor=${arg}`);
    set(name, path);
  }
  const missing = SLOTS.filter((s) => !files[s]);
  if (missing.length)
    throw new CandidateArgError(
      `--candidate: no file for the ${missing.join(' and ')} slot; pass --candidate decision=FILE --candidate extractor=FILE, or a directory with decision.ts and extractor.ts`,
    );
  return files as CandidateFiles;
}

/** Repo-relative (POSIX) path when inside the repo, else the absolute path. */
export function displayPath(file: string, root = REPO_ROOT): string {
  const rel = relative(root, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : file;
}

/** Generator that returns person-written files; it cannot regenerate. */
export function candidateFileGenerator(files: CandidateFiles, root = REPO_ROOT): Generator {
  const read = new Set<Slot>();
  return {
    kind: 'candidate-file',
    canRegenerate: false,
    async generate(slot) {
      const code = readFileSync(files[slot], 'utf8');
      read.add(slot);
      return { code, rationale: `candidate file ${displayPath(files[slot], root)}` };
    },
    provenance() {
      return { generator: 'candidate-file', candidateFiles: SLOTS.filter((s) => read.has(s)).map((s) => displayPath(files[s], root)) };
    },
  };
}
