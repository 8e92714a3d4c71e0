// The run-time slot sandbox: a small pool of worker threads, each with a heap limit (resourceLimits), an empty
// environment and no stdio of the host, running slot programs in `node:vm` contexts (sandbox/thread.ts). Every
// call has a hard time limit on the host: a call that exceeds it, or a thread that runs out of heap, fails with
// SlotLimitError, the thread is terminated and replaced on demand, and the other calls go on. Calls are queued
// when every thread is busy; a thread runs one call at a time.
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { SlotProgram } from './program';
import { THREAD_SOURCE } from './thread';

export interface SlotLimits {
  /** Time limit of one call, ms (the thread is terminated when it is exceeded). */
  callTimeoutMs: number;
  /** Extra time for the first call of a program on a thread (transpiled kit + slot module initialisation), ms. */
  loadTimeoutMs: number;
  /** Old-generation heap of each thread, MB. */
  heapMb: number;
}

export const DEFAULT_SLOT_LIMITS: SlotLimits = { callTimeoutMs: 1000, loadTimeoutMs: 5000, heapMb: 64 };

export interface SlotSandboxOptions {
  /** Threads (default: 2, at most the machine's parallelism). */
  threads?: number;
  limits?: Partial<SlotLimits>;
}

/** A call stopped by a limit of the sandbox: the time limit, the heap limit, or the thread died. */
export class SlotLimitError extends Error {
  constructor(
    readonly limit: 'time' | 'memory' | 'crash',
    message: string,
  ) {
    super(message);
    this.name = 'SlotLimitError';
  }
}

/** The slot threw (or its program could not be loaded); `slotError` is the name of what it threw. */
export class SlotError extends Error {
  constructor(
    readonly slotError: string,
    message: string,
    readonly phase: 'call' | 'load' = 'call',
  ) {
    super(message);
    this.name = 'SlotError';
  }
}

export interface SlotSandboxStats {
  threads: number;
  busy: number;
  queued: number;
  started: number;
  replaced: number;
  calls: number;
  stopped: { time: number; memory: number; crash: number };
}

export interface SlotSandbox {
  /** Call the program's export with one string argument; resolves to its JSON-decoded result. */
  call(program: SlotProgram, arg: string): Promise<unknown>;
  readonly limits: SlotLimits;
  stats(): SlotSandboxStats;
  /** Terminate every thread; queued and running calls fail. */
  close(): Promise<void>;
}

interface Pending {
  program: SlotProgram;
  arg: string;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

interface Thread {
  worker: Worker;
  /** The thread's replies (the thread's own port is moved to it at start). */
  replies: MessagePort;
  loaded: Set<string>;
  current?: { id: number; pending: Pending; timer: NodeJS.Timeout; loading: boolean };
  dead: boolean;
}

type Reply =
  | { id: number; kind: 'loaded' }
  | { id: number; kind: 'ok'; json: string }
  | { id: number; kind: 'threw'; name: string }
  | { id: number; kind: 'load-error'; message: string }
  | { id: number; kind: 'not-loaded' };

export function createSlotSandbox(options: SlotSandboxOptions = {}): SlotSandbox {
  const limits: SlotLimits = { ...DEFAULT_SLOT_LIMITS, ...options.limits };
  const size = Math.max(1, options.threads ?? Math.min(2, availableParallelism()));
  const threads: Thread[] = [];
  const queue: Pending[] = [];
  let nextId = 1;
  let closed = false;
  const counts = { started: 0, replaced: 0, calls: 0, stopped: { time: 0, memory: 0, crash: 0 } };

  const spawn = (): Thread => {
    const channel = new MessageChannel();
    const worker = new Worker(THREAD_SOURCE, {
      eval: true,
      workerData: { replies: channel.port2 },
      transferList: [channel.port2],
      env: {},
      argv: [],
      execArgv: [],
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: Math.max(4, Math.round(limits.heapMb / 4)), stackSizeMb: 4 },
    });
    const thread: Thread = { worker, replies: channel.port1, loaded: new Set(), dead: false };
    counts.started++;
    thread.replies.on('message', (m: Reply) => onReply(thread, m));
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') kill(thread, new SlotLimitError('memory', `the slot exceeded its memory limit (${limits.heapMb} MB heap) and was stopped`), 'memory');
      else kill(thread, new SlotLimitError('crash', `the slot sandbox thread crashed (${e.message.slice(0, 200)})`), 'crash');
    });
    worker.on('exit', () => kill(thread, new SlotLimitError('crash', 'the slot sandbox thread exited unexpectedly'), 'crash'));
    // An idle thread does not keep the process alive (a running call does, through its timer). After the
    // listeners: attaching a 'message' listener refs the thread again.
    worker.unref();
    thread.replies.unref();
    threads.push(thread);
    return thread;
  };

  /** Take a thread out of the pool (terminating it) and fail its call; the next dispatch starts a new one. */
  const kill = (thread: Thread, err: SlotLimitError, kind: keyof SlotSandboxStats['stopped']) => {
    if (thread.dead) return;
    thread.dead = true;
    threads.splice(threads.indexOf(thread), 1);
    const cur = thread.current;
    thread.current = undefined;
    thread.replies.close();
    void thread.worker.terminate().catch(() => undefined);
    if (cur) {
      clearTimeout(cur.timer);
      if (!closed) {
        counts.stopped[kind]++;
        counts.replaced++;
      }
      cur.pending.reject(err);
    }
    dispatch();
  };

  /**
   * The limit is the thread's time, not the host's: before stopping a call, a reply that has already arrived is
   * read (timers run before messages in an event-loop turn, so a host busy past the limit would otherwise stop a
   * call that had finished), and a timer that fired late because the host was stalled gives the call its time
   * once more, since the thread was likely starved too. A call that really runs away is stopped within 2x + stall.
   */
  const timeLimit = (thread: Thread, ms: number, what: string, extended = false): NodeJS.Timeout => {
    const due = Date.now() + ms;
    const timer: NodeJS.Timeout = setTimeout(() => {
      drain(thread);
      const cur = thread.current;
      if (thread.dead || !cur || cur.timer !== timer) return;
      if (!extended && Date.now() - due > Math.max(100, ms / 2)) {
        cur.timer = timeLimit(thread, ms, what, true);
        return;
      }
      kill(thread, new SlotLimitError('time', `the slot exceeded its ${what} (${ms} ms) and was stopped`), 'time');
    }, ms);
    return timer;
  };

  /** Handle the replies that have arrived but not been delivered yet. */
  const drain = (thread: Thread) => {
    for (let m = receiveMessageOnPort(thread.replies); m && !thread.dead; m = receiveMessageOnPort(thread.replies)) onReply(thread, m.message as Reply);
  };

  const onReply = (thread: Thread, m: Reply) => {
    const cur = thread.current;
    if (!cur || cur.id !== m.id) return;
    clearTimeout(cur.timer);
    if (m.kind === 'loaded') {
      thread.loaded.add(cur.pending.program.key);
      cur.loading = false;
      cur.timer = timeLimit(thread, limits.callTimeoutMs, 'time limit');
      return;
    }
    thread.current = undefined;
    const { pending } = cur;
    switch (m.kind) {
      case 'ok': {
        thread.loaded.add(pending.program.key);
        let value: unknown;
        try {
          value = JSON.parse(m.json);
        } catch {
          value = { __unserialisable: true };
        }
        pending.resolve(value);
        break;
      }
      case 'threw':
        thread.loaded.add(pending.program.key);
        pending.reject(new SlotError(m.name, `the slot threw ${m.name}`));
        break;
      case 'load-error':
        pending.reject(new SlotError('load-error', `the slot could not be loaded: ${m.message}`, 'load'));
        break;
      case 'not-loaded':
        // The thread lost the program (cannot happen while threads are never reused across pools): resend it.
        thread.loaded.delete(pending.program.key);
        queue.unshift(pending);
        break;
    }
    dispatch();
  };

  const send = (thread: Thread, pending: Pending) => {
    const id = nextId++;
    const loading = !thread.loaded.has(pending.program.key);
    const timer = loading ? timeLimit(thread, limits.loadTimeoutMs, 'load time limit') : timeLimit(thread, limits.callTimeoutMs, 'time limit');
    thread.current = { id, pending, timer, loading };
    counts.calls++;
    const { program } = pending;
    thread.worker.postMessage({
      id,
      key: program.key,
      arg: pending.arg,
      ...(loading ? { program: { key: program.key, exportName: program.exportName, js: program.js, kit: program.kit, loadTimeoutMs: limits.loadTimeoutMs } } : {}),
    });
  };

  const dispatch = () => {
    while (!closed && queue.length) {
      const idle = threads.filter((t) => !t.current && !t.dead);
      // Prefer a thread that has the program loaded already.
      const head = queue[0]!;
      let thread = idle.find((t) => t.loaded.has(head.program.key)) ?? idle[0];
      if (!thread && threads.length < size) {
        try {
          thread = spawn();
        } catch (e) {
          queue.shift()!.reject(new SlotLimitError('crash', `cannot start a slot sandbox thread: ${(e as Error).message}`));
          continue;
        }
      }
      if (!thread) return;
      send(thread, queue.shift()!);
    }
  };

  return {
    limits,
    call(program, arg) {
      if (closed) return Promise.reject(new SlotLimitError('crash', 'the slot sandbox is closed'));
      return new Promise<unknown>((resolve, reject) => {
        queue.push({ program, arg, resolve, reject });
        dispatch();
      });
    },
    stats: () => ({
      threads: threads.length,
      busy: threads.filter((t) => t.current).length,
      queued: queue.length,
      started: counts.started,
      replaced: counts.replaced,
      calls: counts.calls,
      stopped: { ...counts.stopped },
    }),
    async close() {
      closed = true;
      for (const p of queue.splice(0)) p.reject(new SlotLimitError('crash', 'the slot sandbox was closed'));
      await Promise.all(
        [...threads].map(async (t) => {
          kill(t, new SlotLimitError('crash', 'the slot sandbox was closed'), 'crash');
          await t.worker.terminate().catch(() => undefined);
        }),
      );
    },
  };
}
