import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  loadOrCreateOfficeKey,
  officeKeyPath,
  verifySignature,
} from '../../electron/core/crypto/office-key';
import { tempDirs } from '../support/bundle-fixtures';

const dirs = tempDirs('office-key');
afterEach(() => dirs.cleanup());

describe('office signing key', () => {
  it('is created on first use, kept as PKCS#8 PEM readable by the owner only, and reused', () => {
    const dataDir = dirs.make();
    const first = loadOrCreateOfficeKey(dataDir);
    const file = officeKeyPath(dataDir);
    expect(file).toBe(path.join(dataDir, 'keys', 'office-signing.pem'));
    expect(readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+-----END PRIVATE KEY-----\n$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.dirname(file))).toEqual(['office-signing.pem']);
    const again = loadOrCreateOfficeKey(dataDir);
    expect(again.publicKey).toBe(first.publicKey);
    expect(again.fingerprint).toBe(first.fingerprint);
  });

  it('exposes the public key and a signer, never the private key', () => {
    const key = loadOrCreateOfficeKey(dirs.make());
    expect(Object.keys(key).sort()).toEqual(['fingerprint', 'publicKey', 'sign']);
    expect(Buffer.from(key.publicKey, 'base64')).toHaveLength(32);
    expect(JSON.stringify(key)).not.toMatch(/PRIVATE/);
  });

  it('signs data that verifies against its public key and nothing else', () => {
    const key = loadOrCreateOfficeKey(dirs.make());
    const other = loadOrCreateOfficeKey(dirs.make());
    const data = Buffer.from('{"format":"legat-bundle"}');
    const signature = key.sign(data);
    expect(signature).toHaveLength(64);
    expect(verifySignature(key.publicKey, data, signature)).toBe(true);
    expect(verifySignature(other.publicKey, data, signature)).toBe(false);
    expect(verifySignature(key.publicKey, Buffer.from('{"format":"legat-bundlf"}'), signature)).toBe(false);
    const flipped = Buffer.from(signature);
    flipped[10]! ^= 1;
    expect(verifySignature(key.publicKey, data, flipped)).toBe(false);
    expect(verifySignature('not a key', data, signature)).toBe(false);
  });

  it('formats the fingerprint as 8 groups of 4 uppercase hex digits of SHA-256(raw key)', () => {
    // sha256 of 32 zero bytes = 66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925
    expect(fingerprintOf(Buffer.alloc(32).toString('base64'))).toBe('6668 7AAD F862 BD77 6C8F C18B 8E9F 8E20');
    expect(loadOrCreateOfficeKey(dirs.make()).fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });

  it('refuses public keys that are not exactly 32 bytes of canonical base64', () => {
    expect(() => fingerprintOf(Buffer.alloc(31).toString('base64'))).toThrow(/32 bytes/);
    // 'AAAA...AB=' decodes to the same bytes as '...AA=' in Node; the non-canonical spelling is refused.
    const canonical = Buffer.alloc(32).toString('base64');
    expect(() => fingerprintOf(`${canonical.slice(0, 42)}B=`)).toThrow(/32 bytes/);
  });

  it('tightens a key file other users could read', () => {
    const dataDir = dirs.make();
    loadOrCreateOfficeKey(dataDir);
    chmodSync(officeKeyPath(dataDir), 0o644);
    loadOrCreateOfficeKey(dataDir);
    expect(statSync(officeKeyPath(dataDir)).mode & 0o777).toBe(0o600);
  });
});
