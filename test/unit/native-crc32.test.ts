import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { signed, unsigned } from '../../electron/core/bundles/format/native-crc32';

interface BufferCrc32 {
  (input: Buffer | string, partial?: Buffer | number): Buffer;
  unsigned(input: Buffer | string, partial?: Buffer | number): number;
  signed(input: Buffer | string, partial?: Buffer | number): number;
}
// yazl's own dependency, loaded the way yazl loads it (its typings do not resolve under this project's settings).
const bufferCrc32 = createRequire(import.meta.url)('buffer-crc32') as BufferCrc32;

// The builds put native-crc32 where yazl requires buffer-crc32: every CRC in an exported bundle
// depends on the two agreeing, call for call, including a CRC carried on from chunk to chunk.
describe('native CRC-32 in place of buffer-crc32', () => {
  const inputs: (Buffer | string)[] = [
    Buffer.alloc(0),
    Buffer.from('123456789'),
    'manifest.json',
    'café ✓',
    randomBytes(1),
    randomBytes(65_537),
  ];

  it('gives the same unsigned and signed values for whole inputs', () => {
    expect(unsigned(Buffer.from('123456789'))).toBe(0xcbf43926); // the CRC-32 check value
    for (const input of inputs) {
      expect(unsigned(input)).toBe(bufferCrc32.unsigned(input));
      expect(signed(input)).toBe(bufferCrc32.signed(input));
    }
  });

  it('carries a running CRC across chunks as yazl feeds them, given as a number or as a Buffer', () => {
    const data = randomBytes(300_000);
    let ours = 0;
    let theirs = 0;
    for (let at = 0; at < data.length; at += 65_536) {
      const chunk = data.subarray(at, at + 65_536);
      ours = unsigned(chunk, ours);
      theirs = bufferCrc32.unsigned(chunk, theirs);
      expect(ours).toBe(theirs);
      expect(unsigned(chunk, bufferCrc32(data.subarray(0, at)))).toBe(
        bufferCrc32.unsigned(chunk, bufferCrc32(data.subarray(0, at))),
      );
    }
    expect(ours).toBe(bufferCrc32.unsigned(data));
  });
});
