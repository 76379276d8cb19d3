import { createHash, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHIPPED_PACK_SHA256, SHIPPED_PUBLISHER, shippedPack } from '../../electron/core/knowledge/shipped-pack';
import type { KnowledgePack } from '../../shared/domain/knowledge/pack-schema';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

const PACK_FILE = new URL('../../resources/knowledge/legat-core-pack.v1.json', import.meta.url);
const SIG_FILE = new URL('../../resources/knowledge/legat-core-pack.v1.json.sig', import.meta.url);

/** Each test run makes its own publisher: no private key is ever stored with the tests. */
function publisher() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('base64');
  return { privateKey, publicKey: raw };
}
const signed = (pack: unknown, key: KeyObject) => {
  const text = `${JSON.stringify(pack, null, 2)}\n`;
  return { pack: text, signature: sign(null, Buffer.from(text), key).toString('base64') };
};
function nextVersion(change: (pack: KnowledgePack) => void): KnowledgePack {
  const pack = structuredClone(shippedPack());
  pack.version = 2;
  change(pack);
  return pack;
}
const metaFacts = (pack: KnowledgePack) => pack.entities.find((e) => e.kind === 'provider' && e.key === 'meta')!.facts;

describe('the shipped pack', () => {
  it('is the file whose digest is pinned in code and verifies against the shipped publisher key', () => {
    const bytes = readFileSync(PACK_FILE);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(SHIPPED_PACK_SHA256);
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(SHIPPED_PUBLISHER.publicKey, 'base64').toString('base64url') },
      format: 'jwk',
    });
    expect(verify(null, bytes, key, Buffer.from(readFileSync(SIG_FILE, 'utf8').trim(), 'base64'))).toBe(true);
  });

  it('cites a source with a URL and an as-of date for every fact', () => {
    const pack = shippedPack();
    for (const entity of pack.entities) {
      for (const fact of Object.values(entity.facts)) {
        expect(pack.sources[fact.source]?.url).toMatch(/^https?:\/\//);
        expect(fact.asOf).toMatch(/^\d{4}/);
      }
    }
    // Unverified figures stay out: Google's preservation period is only in a third-party guide.
    expect(pack.entities.find((e) => e.key === 'google')?.facts.preservationDays).toBeUndefined();
  });
});

describe('knowledge pack import', () => {
  let app: TestApp;
  let key: ReturnType<typeof publisher>;
  beforeEach(async () => {
    app = openTestApp();
    await app.call('office:setup', OFFICE_PROFILE);
    key = publisher();
    await app.call('publisher:add', { name: 'Test publisher', publicKey: key.publicKey });
  });
  afterEach(() => app.close());

  const metaPeriod = async () =>
    (await app.call('knowledge:list', { kind: 'provider' })).entities
      .find((e) => e.key === 'meta')!
      .facts.find((f) => f.field === 'preservationDays')!;

  it('shows a local edit that a new pack changes as a conflict, and keeps the local value unless told otherwise', async () => {
    await app.call('knowledge:edit', {
      kind: 'provider',
      key: 'meta',
      field: 'preservationDays',
      value: 60,
      note: 'Confirmed by phone',
    });
    expect(await metaPeriod()).toMatchObject({ value: 60, local: true, packValue: 90 });
    const upload = signed(
      nextVersion((p) => (metaFacts(p).preservationDays!.value = 120)),
      key.privateKey,
    );

    const preview = await app.call('knowledge:inspect', upload);
    expect(preview.counts.conflict).toBe(1);
    expect(preview.changes[0]).toMatchObject({ change: 'conflict', key: 'meta', local: 60, before: 90, after: 120 });

    const result = await app.call('knowledge:import', upload);
    expect(result).toMatchObject({ version: 2, keptLocal: 1, tookPack: 0 });
    expect(await metaPeriod()).toMatchObject({ value: 60, local: true, packValue: 120 });
  });

  it('takes the pack value for a conflict only when the officer chooses it', async () => {
    await app.call('knowledge:edit', { kind: 'provider', key: 'meta', field: 'preservationDays', value: 60, note: '' });
    const upload = signed(
      nextVersion((p) => (metaFacts(p).preservationDays!.value = 120)),
      key.privateKey,
    );
    const preview = await app.call('knowledge:inspect', upload);
    await app.call('knowledge:import', { ...upload, decisions: [{ id: preview.changes[0]!.id, choice: 'pack' }] });
    expect(await metaPeriod()).toMatchObject({ value: 120, local: false });
  });

  it('refuses a pack whose signature does not verify, saying so, and changes nothing', async () => {
    const upload = signed(
      nextVersion((p) => (metaFacts(p).preservationDays!.value = 120)),
      key.privateKey,
    );
    const tampered = { ...upload, pack: upload.pack.replace('"value": 120', '"value": 121') };
    const envelope = await app.raw('knowledge:import', tampered);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!envelope.ok && envelope.error.message).toMatch(
      /signature does not verify against any trusted publisher key/,
    );
    const stranger = signed(
      nextVersion(() => {}),
      publisher().privateKey,
    );
    expect(await app.raw('knowledge:inspect', stranger)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await metaPeriod()).value).toBe(90);
  });

  it('refuses a signed pack that breaks the schema, naming where', async () => {
    const bad = signed(
      nextVersion((p) => (metaFacts(p).preservationDays!.value = 'ninety')),
      key.privateKey,
    );
    const envelope = await app.raw('knowledge:import', bad);
    expect(!envelope.ok && envelope.error.message).toMatch(
      /does not match the knowledge-pack schema .* at entities\.\d+\.facts\.preservationDays\.value/,
    );
    const unsourced = signed(
      nextVersion((p) => (metaFacts(p).preservationDays!.source = 'nowhere')),
      key.privateKey,
    );
    const second = await app.raw('knowledge:inspect', unsourced);
    expect(!second.ok && second.error.message).toMatch(/Source "nowhere" is not in the source index/);
  });

  it('audits edits, imports and key changes', async () => {
    await app.call('knowledge:edit', {
      kind: 'country',
      key: 'US',
      field: 'dualCriminality',
      value: 'coercive_only',
      note: '',
    });
    await app.call(
      'knowledge:import',
      signed(
        nextVersion(() => {}),
        key.privateKey,
      ),
    );
    const actions = (await app.call('audit:list', {})).items.map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['knowledge.edit', 'knowledge.import', 'knowledge.key.add']));
  });

  it('refuses an edit whose value does not fit the field', async () => {
    const envelope = await app.raw('knowledge:edit', {
      kind: 'provider',
      key: 'meta',
      field: 'preservationDays',
      value: 'soon',
      note: '',
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['value'] }] } });
  });
});
