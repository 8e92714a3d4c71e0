// A fetch for model calls that may take many minutes. Node's built-in fetch (undici) gives up when response
// headers have not arrived within 300 s, whatever the caller's timeout; a 1.5B model on two CPU cores can
// need longer for one completion, which then failed as a "timeout" after five minutes. This fetch uses an
// undici Agent whose header and body timeouts follow the caller's own limit (the OpenAI client's `timeout`
// still aborts the request at that limit).
import { Agent, fetch as undiciFetch } from 'undici';

const agents = new Map<number, Agent>();

/** A fetch function for the OpenAI client whose transport waits up to `timeoutMs` for a response. */
export function longRequestFetch(timeoutMs: number): typeof globalThis.fetch {
  const limit = Math.max(1, Math.ceil(timeoutMs + 5_000));
  let agent = agents.get(limit);
  if (!agent) {
    agent = new Agent({ headersTimeout: limit, bodyTimeout: limit, keepAliveTimeout: 10_000 });
    agents.set(limit, agent);
  }
  const dispatcher = agent;
  return ((input: Parameters<typeof undiciFetch>[0], init?: Parameters<typeof undiciFetch>[1]) =>
    undiciFetch(input, { ...(init ?? {}), dispatcher })) as unknown as typeof globalThis.fetch;
}
