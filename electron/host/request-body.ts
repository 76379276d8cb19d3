import type { IncomingMessage } from 'node:http';

/** The largest /ipc body: every channel's input is a few kilobytes; files go through /files/*. */
export const MAX_BODY = 5 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor() {
    super(`The request is larger than ${MAX_BODY / 1024 / 1024} MiB; nothing was changed.`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * The body as text. Past the limit the rest is read and dropped rather than the socket destroyed,
 * so the sender gets a 413 with a message instead of a reset connection.
 */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () =>
      size > MAX_BODY ? reject(new BodyTooLargeError()) : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}
