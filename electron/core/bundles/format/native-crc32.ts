/**
 * Stands in for `buffer-crc32` inside yazl (the builds alias the package to this file): yazl computes
 * the CRC-32 of every byte it zips with that package's table loop in JavaScript, ~200 MB/s, which made
 * the export CRC-bound; Node's `zlib.crc32` (20.15+) is the same CRC in native code, ~10x faster.
 * yazl only calls `unsigned`; `signed` keeps the rest of the package's named API.
 */
import { crc32 } from 'node:zlib';

/** A running CRC to continue from, as buffer-crc32 takes it: a number, or 4 bytes big-endian. */
type RunningCrc = Buffer | number | undefined;

const seed = (partial: RunningCrc) => (Buffer.isBuffer(partial) ? partial.readUInt32BE(0) : (partial ?? 0) >>> 0);

export function unsigned(input: Buffer | string, partial?: RunningCrc): number {
  return crc32(input, seed(partial));
}

export function signed(input: Buffer | string, partial?: RunningCrc): number {
  return unsigned(input, partial) | 0;
}
