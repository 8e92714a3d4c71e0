// Bad input through the real CLI (`node bin/compiled-ai.js ...`, as a user runs it): every case must say what is
// wrong, where and how to fix it, exit 2 (usage, configuration, unreadable input) or 1 (findings), and never
// print a stack trace. None of these needs a Temporal server; the "server down" cases point TEMPORAL_ADDRESS at
// a local port nothing listens on.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-errors-'));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-errors-data-'));
const f = (name: string, content?: string | Buffer) => {
  const p = path.join(dir, name);
  if (content !== undefined) fs.writeFileSync(p, content);
  return p;
};
fs.mkdirSync(path.join(dir, 'folder'));
const FOLDER = path.join(dir, 'folder');
const MISSING = path.join(dir, 'missing.json');
const GOOD = f('good.json', JSON.stringify({ patient_chart_summary: 'Type 2 diabetes; A1c 8.1%; metformin failed.' }));
const EMPTY = f('empty.json', '');
const BAD_JSON = f('bad.json', '{bad');
const NO_FIELD = f('no-field.json', '{}');
const NUMBER_FIELD = f('number-field.json', JSON.stringify({ patient_chart_summary: 5 }));
const NOT_HISTORY = f('not-history.json', '{"foo": 1}');
const BAD_YAML = f('bad-yaml.yaml', 'name: x\n  bad: [\n');
const BAD_SCHEMA = f('bad-schema.yaml', 'name: x\nversion: 1\n');
const BINARY = f('binary.dat', Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
const LATIN1 = f('latin1.txt', Buffer.from([0x50, 0x61, 0x74, 0xe9, 0xff, 0x0a]));

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** An environment without the caller's Temporal/CAI settings: valid keys, an empty data dir. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(TEMPORAL_|CAI_|OPENAI_)/.test(k)) env[k] = v;
  return {
    ...env,
    TEMPORAL_VERSION_CHECK_DISABLED: '1',
    CAI_DATA_DIR: dataDir,
    CAI_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
    TEMPORAL_ADDRESS: '127.0.0.1:1', // overridden where a case needs a (down) server
    ...extra,
  };
}

type Result = { code: number; stdout: string; stderr: string };

function cli(args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/compiled-ai.js', ...args], { cwd: ROOT, env: cleanEnv(env), timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function unusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((r) => server.close(r));
  return port;
}

type Case = [name: string, args: string[], code: number, fragments: (string | RegExp)[], env?: Record<string, string>];

const HELP_HINT = '--help';
const cases: Case[] = [
  // run
  ['run: missing --input file', ['run', 'prior-auth-glp1', '--input', MISSING], 2, ['--input', MISSING, 'no such file', 'Pass the path of a JSON file']],
  ['run: --input is a directory', ['run', 'prior-auth-glp1', '--input', FOLDER], 2, [FOLDER, 'it is a directory']],
  ['run: empty --input file', ['run', 'prior-auth-glp1', '--input', EMPTY], 2, [EMPTY, 'the file is empty', '{"patient_chart_summary": "..."}']],
  ['run: --input invalid JSON', ['run', 'prior-auth-glp1', '--input', BAD_JSON], 2, [BAD_JSON, 'invalid JSON', 'expected {"patient_chart_summary"']],
  // Validated before any connection: the error is the input's, not "cannot reach the Temporal server".
  ['run: --input {} (field missing)', ['run', 'prior-auth-glp1', '--input', NO_FIELD], 2, [NO_FIELD, 'input.patient_chart_summary: is missing']],
  ['run: --input field not a string', ['run', 'prior-auth-glp1', '--input', NUMBER_FIELD], 2, [NUMBER_FIELD, 'must be a string, got number']],
  ['run: both --input and --cases', ['run', 'prior-auth-glp1', '--input', GOOD, '--cases', GOOD], 2, ['exactly one of --input', '--cases']],
  ['run: neither --input nor --cases', ['run', 'prior-auth-glp1'], 2, ['exactly one of --input']],
  ['run: empty --cases file', ['run', 'prior-auth-glp1', '--cases', EMPTY], 2, ['--cases', 'no cases']],
  ['run: unknown workflow', ['run', 'no-such-spec', '--input', GOOD], 2, ['unknown workflow "no-such-spec"', 'Known: prior-auth-glp1', '<spec>@v<N>']],
  ['run: unknown version', ['run', 'prior-auth-glp1@v9', '--input', GOOD], 2, ['unknown workflow "prior-auth-glp1@v9"', 'versions: 1']],
  ['run: --concurrency 0', ['run', 'prior-auth-glp1', '--input', GOOD, '--concurrency', '0'], 2, ["'--concurrency <n>' argument '0' is invalid", 'whole number >= 1', HELP_HINT]],
  ['run: malformed keys', ['run', 'prior-auth-glp1', '--input', GOOD], 2, ['CAI_ENCRYPTION_KEYS', 'is not id:base64key', 'openssl rand -base64 32'], { CAI_ENCRYPTION_KEYS: 'garbage' }],
  ['run: missing keys', ['run', 'prior-auth-glp1', '--input', GOOD], 2, ['no payload encryption keys', 'create-dev-keys.sh'], { CAI_ENCRYPTION_KEYS: '' }],
  // review
  ['review: without --reviewer', ['review', 'wf-1', '--approve'], 2, ["required option '--reviewer <id>'", HELP_HINT]],
  ['review: --approve and --deny', ['review', 'wf-1', '--approve', '--deny', '--reviewer', 'r1'], 2, ['exactly one of --approve or --deny']],
  ['review: blank --reviewer', ['review', 'wf-1', '--deny', '--reviewer', ' '], 2, ['--reviewer is blank']],
  // replay
  ['replay: missing folder', ['replay', path.join(dir, 'nowhere')], 2, ['nowhere', 'no such file or directory', 'temporal workflow show']],
  ['replay: folder without histories', ['replay', FOLDER], 2, ['no *.json histories']],
  ['replay: not a history', ['replay', NOT_HISTORY], 2, [NOT_HISTORY, 'no "events" array', 'temporal workflow show']],
  ['replay: invalid JSON', ['replay', BAD_JSON], 2, [BAD_JSON, 'not a JSON history']],
  // drift
  ['drift: bad threshold', ['drift', '--threshold', 'abc'], 2, ["'--threshold <share>' argument 'abc' is invalid", 'between 0 and 1']],
  ['drift: threshold out of range', ['drift', '--threshold', '5'], 2, ['between 0 and 1']],
  ['drift: unknown spec', ['drift', '--spec', 'nope'], 2, ['--spec nope', 'Known: prior-auth-glp1']],
  // compile
  ['compile: missing spec', ['compile', path.join(dir, 'missing.yaml')], 2, ['missing.yaml', 'file not found', 'specs/prior-auth-glp1.yaml']],
  ['compile: YAML syntax error', ['compile', BAD_YAML], 2, [BAD_YAML, 'not valid YAML at line 1, column', 'fix the syntax']],
  ['compile: spec failing the schema', ['compile', BAD_SCHEMA], 2, [BAD_SCHEMA, 'title: missing (expected string); add it', 'rules: missing', 'complete example']],
  ['compile: --candidate nowhere', ['compile', 'specs/prior-auth-glp1.yaml', '--candidate', path.join(dir, 'nowhere')], 2, ['--candidate', 'no such file or directory']],
  ['compile: --max-regenerations x', ['compile', '--max-regenerations', 'x'], 2, ["argument 'x' is invalid", HELP_HINT]],
  // check-code / scan-input
  ['check-code: missing file', ['check-code', path.join(dir, 'missing.ts')], 2, ['missing.ts', 'no such file', '.ts or .js']],
  ['check-code: directory', ['check-code', FOLDER], 2, ['it is a directory']],
  ['check-code: binary file', ['check-code', BINARY], 2, [BINARY, 'so it is not', 'binary file']],
  ['scan-input: missing file', ['scan-input', path.join(dir, 'missing.txt')], 2, ['missing.txt', 'no such file', 'pass -']],
  ['scan-input: invalid UTF-8', ['scan-input', LATIN1], 2, [LATIN1, 'not valid UTF-8', 'iconv']],
  // codec-server
  ['codec-server: no token', ['codec-server', '--port', '0'], 2, ['CAI_CODEC_TOKEN', 'create-dev-keys.sh']],
  ['codec-server: bad --port', ['codec-server', '--port', 'abc'], 2, ["'--port <port>' argument 'abc' is invalid", '0 to 65535']],
  // commander
  ['unknown command', ['frobnicate'], 2, ["unknown command 'frobnicate'", HELP_HINT]],
  ['unknown option', ['run', 'prior-auth-glp1', '--bogus'], 2, ["unknown option '--bogus'", HELP_HINT]],
  ['missing argument', ['audit'], 2, ["missing required argument 'workflowId'", HELP_HINT]],
];

function expectClean(r: { stderr: string }) {
  // A message, not a stack: no "    at fn (file:line)" frames, no raw Error class dumps.
  expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.stderr).toMatch(/^error: /m);
}

const SERVER_DOWN: [string, string[]][] = [
  ['run', ['run', 'prior-auth-glp1', '--input', GOOD]],
  ['review', ['review', 'wf-1', '--approve', '--reviewer', 'r1']],
  ['audit', ['audit', 'wf-1']],
  ['drift', ['drift']],
];
describe('CLI bad input (no Temporal server needed)', () => {
  // A refused connection is retried until the 5 s connect deadline: these run side by side, first.
  test.concurrent.each(SERVER_DOWN)('server down: %s says how to start it, exit 2', async (_name, args) => {
    const port = await unusedPort();
    const r = await cli(args, { TEMPORAL_ADDRESS: `127.0.0.1:${port}` });
    expect(r.stderr).toContain(`cannot reach the Temporal server at 127.0.0.1:${port}`);
    expect(r.stderr).toContain('npm run temporal:start');
    expect(r.code).toBe(2);
    expectClean(r);
  });

  test.concurrent.each(cases)('%s', async (_name, args, code, fragments, env) => {
    const r = await cli(args, env);
    for (const frag of fragments) expect(r.stderr).toEqual(typeof frag === 'string' ? expect.stringContaining(frag) : expect.stringMatching(frag));
    expect(r.code).toBe(code);
    expectClean(r);
    // Usage errors print a one-line hint, not the whole help text.
    expect(r.stderr).not.toContain('display help for command');
  });

  test('--help and --version exit 0', async () => {
    const [help, version] = await Promise.all([cli(['--help']), cli(['--version'])]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Commands:');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('codec-server: a port in use', async () => {
    const server = net.createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const r = await cli(['codec-server', '--port', String(port)], { CAI_CODEC_TOKEN: 'test-token' });
      expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(r.stderr).toContain('--port');
      expect(r.code).toBe(2);
      expectClean(r);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
