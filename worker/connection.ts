// Temporal connections for clients and workers, from TemporalSettings.
import { Client, Connection } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import { NativeConnection } from '@temporalio/worker';
import { codecFromEnv } from './codec/encryption-codec';
import type { TemporalSettings } from './config';

/** A connection failure with the address and what to do about it. */
export class TemporalUnavailableError extends Error {
  constructor(address: string, cause: unknown) {
    super(
      `cannot reach the Temporal server at ${address} (${(cause as Error)?.message ?? cause}). ` +
        'Start the local dev server with `npm run temporal:start`, or set TEMPORAL_ADDRESS.',
    );
    this.name = 'TemporalUnavailableError';
  }
}

/** A client whose payloads go through the encryption codec (keys from the environment unless given). */
export async function connectClient(s: TemporalSettings, codec: PayloadCodec = codecFromEnv()): Promise<Client> {
  try {
    const connection = await Connection.connect({ address: s.address, tls: s.tls, apiKey: s.apiKey, connectTimeout: '5s' });
    return new Client({ connection, namespace: s.namespace, dataConverter: { payloadCodecs: [codec] } });
  } catch (err) {
    throw new TemporalUnavailableError(s.address, err);
  }
}

export async function connectWorker(s: TemporalSettings): Promise<NativeConnection> {
  try {
    return await NativeConnection.connect({ address: s.address, tls: s.tls, apiKey: s.apiKey });
  } catch (err) {
    throw new TemporalUnavailableError(s.address, err);
  }
}
