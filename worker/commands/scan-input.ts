// `compiled-ai scan-input <file|-> [--json]`: run the input gate (prompt injection + PHI) on a document.
// Exit codes (returned, the CLI entry sets process.exitCode): 0 clean, 1 flagged as injection,
// 2 unreadable input (missing file, directory, invalid UTF-8).
import { readFileSync, statSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { disposeSharedEmbedder } from '../../activities/gate/embedder';
import { productionScan, type AsyncScan, type Scan } from '../../activities/gate/second-opinion';

export interface ScanIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  }
  return Buffer.concat(chunks);
}

type ReadResult = { ok: true; text: string } | { ok: false; message: string };

async function readTarget(target: string, io: ScanIo): Promise<ReadResult> {
  const label = target === '-' ? 'standard input' : target;
  let bytes: Buffer;
  if (target === '-') {
    try {
      bytes = await readStream(io.stdin);
    } catch (e) {
      return { ok: false, message: `cannot read standard input: ${(e as Error).message}. Pipe a UTF-8 text document into the command.` };
    }
  } else {
    let st;
    try {
      st = statSync(target);
    } catch {
      return { ok: false, message: `cannot read ${label}: no such file. Check the path, or pass - to read from standard input.` };
    }
    if (st.isDirectory()) {
      return { ok: false, message: `cannot read ${label}: it is a directory. Pass the path of a text file (or - for standard input).` };
    }
    try {
      bytes = readFileSync(target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      return { ok: false, message: `cannot read ${label}: ${code}. Check the file exists and is readable.` };
    }
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    return {
      ok: false,
      message: `cannot read ${label}: it is not valid UTF-8 text. Convert it first (for example: iconv -f latin1 -t utf-8 ${target === '-' ? 'FILE' : target} > document.txt).`,
    };
  }
}

export async function scanInputCommand(
  target: string,
  opts: { json: boolean; /** The gate (default: the worker's, with the semantic opinion when CAI_GATE_SEMANTIC=on). */ scan?: Scan | AsyncScan },
  io: ScanIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
): Promise<number> {
  const read = await readTarget(target, io);
  if (!read.ok) {
    io.stderr.write(`error: ${read.message}\n`);
    return 2;
  }
  let result;
  try {
    result = await (opts.scan ?? productionScan())(read.text);
  } catch (e) {
    io.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  } finally {
    if (!opts.scan) await disposeSharedEmbedder();
  }
  if (opts.json) {
    const out = {
      injection: result.injection,
      score: result.score,
      findings: result.findings.map((f) => ({ rule: f.rule, message: f.message, span: f.span })),
      phi: result.phi.map((p) => ({ type: p.type, span: p.span })),
    };
    io.stdout.write(JSON.stringify(out) + '\n');
  } else {
    const lines: string[] = [];
    const name = target === '-' ? 'standard input' : target;
    lines.push(`${name}: ${result.injection ? 'FLAGGED — possible prompt injection' : 'clean'} (score ${result.score.toFixed(2)})`);
    for (const f of result.findings) lines.push(`  - ${f.rule} at ${f.span[0]}-${f.span[1]}: ${f.message}`);
    if (result.phi.length === 0) lines.push('  PHI: none detected');
    else {
      const counts = new Map<string, number>();
      for (const p of result.phi) counts.set(p.type, (counts.get(p.type) ?? 0) + 1);
      lines.push(`  PHI: ${[...counts].map(([t, n]) => `${t} x${n}`).join(', ')}`);
    }
    io.stdout.write(lines.join('\n') + '\n');
  }
  return result.injection ? 1 : 0;
}
