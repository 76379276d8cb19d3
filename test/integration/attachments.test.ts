import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiveUpload } from '../../electron/core/attachments/intake';
import { STAGING_TTL_MS } from '../../electron/core/attachments/staging';
import { buffer } from 'node:stream/consumers';
import { blobPath, openBlob } from '../../electron/core/files/blob-store';
import { MIB } from '../../shared/domain/file-size';
import { FakeDialogs } from '../support/fake-dialogs';
import { CASE, OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let caseId: number;
let requestId: number;

async function setUp(test: TestApp): Promise<void> {
  app = test;
  await app.call('office:setup', OFFICE_PROFILE);
  caseId = (await app.call('case:create', CASE)).id;
  requestId = (
    await app.call('request:create', {
      caseId,
      channel: 'provider',
      kind: 'preservation',
      title: 'Preserve the mailbox',
      counterpartCountry: 'US',
      provider: 'Example Mail Inc.',
    })
  ).id;
}
beforeEach(() => setUp(openTestApp()));
afterEach(() => app.close());

const sha256Of = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** `count` chunks of 64 KiB, generated as they are read: the test never holds the whole file either. */
function streamOf(count: number, size = 64 * 1024): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < count; i += 1) yield Buffer.alloc(size, i % 251);
    })(),
  );
}
function bytesOf(count: number, size = 64 * 1024): Buffer {
  return Buffer.concat(Array.from({ length: count }, (_, i) => Buffer.alloc(size, i % 251)));
}

const upload = (source: Readable, name = 'provider-response.pdf', mediaType: string | null = 'application/pdf') =>
  receiveUpload(app.ctx, source, { name, mediaType, declaredSize: null });

const rows = (sql: string, ...params: unknown[]) =>
  app.ctx.db.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];
const storedBlobs = () => {
  const root = path.join(app.dataDir, 'files', 'sha256');
  return existsSync(root) ? readdirSync(root, { recursive: true }).filter((f) => String(f).length > 60) : [];
};

describe('attachments: adding', () => {
  it('streams a file in, registers it with the hash computed on arrival, and records audit and timeline', async () => {
    const staged = await upload(streamOf(40));
    const expected = sha256Of(bytesOf(40));
    expect(staged).toMatchObject({ name: 'provider-response.pdf', size: 40 * 64 * 1024, sha256: expected });

    const added = await app.call('attachment:add', {
      caseId,
      requestId,
      token: staged.token,
      kind: 'evidence',
      description: 'provider response',
    });
    expect(added).toMatchObject({
      caseId,
      requestId,
      requestTitle: 'Preserve the mailbox',
      sha256: expected,
      size: 2_621_440,
      originalName: 'provider-response.pdf',
      mediaType: 'application/pdf',
      kind: 'evidence',
      description: 'provider response',
      supersedesId: null,
      supersededById: null,
      version: 1,
      addedAt: '2026-11-30T10:00:00.000Z',
      addedBy: 'Anne Officer',
    });
    // Sealed on disk: the plaintext is not there, and it reads back whole through the office's key.
    expect(readFileSync(blobPath(app.dataDir, expected)).includes(Buffer.from('provider response'))).toBe(false);
    expect(sha256Of(await buffer(openBlob(app.dataDir, expected, app.ctx.session.dataKey())))).toBe(expected);

    const audit = rows("SELECT action, actor, details FROM audit_log WHERE entity = 'attachment'");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'attachment.add', actor: 'Anne Officer' });
    expect(JSON.parse(String(audit[0]!.details))).toMatchObject({
      sha256: expected,
      size: 2_621_440,
      kind: 'evidence',
    });
    const timeline = await app.call('timeline:list', { caseId });
    expect(timeline.items[0]).toMatchObject({
      kind: 'attachment_added',
      requestId,
      params: { name: 'provider-response.pdf', sha256: expected },
    });
  });

  it('keeps only the file name the sender gave, without folders or control characters', async () => {
    const staged = await upload(Readable.from([Buffer.from('x')]), 'C:\\Users\\anne\\scan\u0007 1.PDF', '');
    expect(staged.name).toBe('scan 1.PDF');
    const added = await app.call('attachment:add', { caseId, token: staged.token, kind: 'document' });
    expect(added).toMatchObject({ originalName: 'scan 1.PDF', mediaType: 'application/pdf', requestId: null });
  });

  it('refuses a file over the limit while it streams, keeping and registering nothing', async () => {
    await app.call('settings:update', { attachmentMaxBytes: MIB });
    const refused = upload(streamOf(17)); // 1 MiB + 64 KiB
    await expect(refused).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'The file is larger than the limit of 1 MiB set in Settings; nothing was kept.',
      issues: [{ path: ['file'], message: 'validation.attachment.tooLarge' }],
    });
    expect(storedBlobs()).toEqual([]);
    expect(readdirSync(path.join(app.dataDir, 'files', 'incoming'))).toEqual([]);
    expect(rows('SELECT * FROM attachments')).toEqual([]);
    // Exactly at the limit is accepted.
    await expect(upload(streamOf(16))).resolves.toMatchObject({ size: MIB });
  });

  it('refuses a request of another case and a missing case, and leaves the token usable', async () => {
    const staged = await upload(Readable.from([Buffer.from('letter')]));
    const otherCase = (await app.call('case:create', { ...CASE, title: 'Another case' })).id;
    const wrong = await app.raw('attachment:add', {
      caseId: otherCase,
      requestId,
      token: staged.token,
      kind: 'document',
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: `Request ${requestId} belongs to another case, not to case ${otherCase}.`,
        issues: [{ path: ['requestId'], message: 'validation.attachment.requestOfOtherCase' }],
      },
    });
    expect(await app.raw('attachment:add', { caseId: 999, token: staged.token, kind: 'document' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await app.raw('attachment:add', { caseId, token: staged.token, kind: 'photo' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['kind'], message: 'validation.choose' }] },
    });
    expect(rows('SELECT * FROM attachments')).toEqual([]);
    expect(rows("SELECT * FROM audit_log WHERE entity = 'attachment'")).toEqual([]);
    await expect(
      app.call('attachment:add', { caseId, requestId, token: staged.token, kind: 'document' }),
    ).resolves.toMatchObject({
      requestId,
    });
  });

  it('uses a token once, and drops an upload nobody registered once its token expires', async () => {
    const first = await upload(Readable.from([Buffer.from('once')]));
    await app.call('attachment:add', { caseId, token: first.token, kind: 'document' });
    expect(await app.raw('attachment:add', { caseId, token: first.token, kind: 'document' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['token'], message: 'validation.attachment.token' }] },
    });

    const forgotten = await upload(Readable.from([Buffer.from('never registered')]));
    expect(existsSync(blobPath(app.dataDir, forgotten.sha256!))).toBe(true);
    app.clock.set(new Date(Date.parse('2026-11-30T10:00:00Z') + STAGING_TTL_MS).toISOString());
    expect(await app.raw('attachment:add', { caseId, token: forgotten.token, kind: 'document' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(existsSync(blobPath(app.dataDir, forgotten.sha256!))).toBe(false);
    // The registered file with an expired sibling token is kept.
    expect(existsSync(blobPath(app.dataDir, first.sha256!))).toBe(true);
  });
});

describe('attachments: versions and descriptions', () => {
  it('supersedes with a new row and leaves the old row exactly as it was', async () => {
    const v1 = await app.call('attachment:add', {
      caseId,
      requestId,
      token: (await upload(Readable.from([Buffer.from('draft translation')]))).token,
      kind: 'document',
      description: 'translation',
    });
    const before = rows('SELECT * FROM attachments WHERE id = ?', v1.id);
    app.clock.set('2026-11-30T11:00:00Z');
    const v2 = await app.call('attachment:supersede', {
      id: v1.id,
      token: (await upload(Readable.from([Buffer.from('certified translation')]), 'translation-v2.pdf')).token,
      kind: 'document',
      description: 'certified translation',
    });
    expect(v2).toMatchObject({ caseId, requestId, supersedesId: v1.id, version: 2, supersededById: null });
    expect(rows('SELECT * FROM attachments WHERE id = ?', v1.id)).toEqual(before);
    expect(await app.call('attachment:get', { id: v1.id })).toMatchObject({ supersededById: v2.id, version: 1 });

    const v3 = await app.call('attachment:supersede', {
      id: v2.id,
      token: (await upload(Readable.from([Buffer.from('signed certified translation')]))).token,
      kind: 'document',
    });
    expect(v3.version).toBe(3);
    const again = await app.raw('attachment:supersede', {
      id: v1.id,
      token: (await upload(Readable.from([Buffer.from('a fork')]))).token,
      kind: 'document',
    });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', issues: [{ path: ['id'], message: 'validation.attachment.alreadySuperseded' }] },
    });
    expect(rows("SELECT action FROM audit_log WHERE entity = 'attachment' ORDER BY id").map((r) => r.action)).toEqual([
      'attachment.add',
      'attachment.supersede',
      'attachment.supersede',
    ]);
    const kinds = (await app.call('timeline:list', { caseId })).items.map((e) => e.kind);
    expect(kinds.filter((k) => k.startsWith('attachment_'))).toEqual([
      'attachment_superseded',
      'attachment_superseded',
      'attachment_added',
    ]);
  });

  it('edits only the description, keeping the old wording in the audit row', async () => {
    const added = await app.call('attachment:add', {
      caseId,
      token: (await upload(Readable.from([Buffer.from('note verbale')]))).token,
      kind: 'document',
      description: 'note',
    });
    const described = await app.call('attachment:describe', { id: added.id, description: 'Diplomatic note 2026/114' });
    expect(described).toEqual({ ...added, description: 'Diplomatic note 2026/114' });
    const audit = rows("SELECT details FROM audit_log WHERE action = 'attachment.describe'");
    expect(JSON.parse(String(audit[0]!.details))).toEqual({
      before: 'note',
      after: 'Diplomatic note 2026/114',
      sha256: added.sha256,
    });
  });

  it('lists a case newest first, paged, or one request only, and a read announces no change', async () => {
    const add = async (text: string, onRequest: boolean, at: string) => {
      app.clock.set(at);
      const { token } = await upload(Readable.from([Buffer.from(text)]), `${text}.txt`, 'text/plain');
      return app.call('attachment:add', { caseId, requestId: onRequest ? requestId : null, token, kind: 'document' });
    };
    const a = await add('a', false, '2026-11-30T10:00:00Z');
    const b = await add('b', true, '2026-11-30T10:05:00Z');
    const c = await add('c', true, '2026-11-30T10:10:00Z');
    const changes: string[] = [];
    app.ctx.events.subscribe((event) => changes.push(event));
    const page1 = await app.call('attachment:list', { caseId, pageSize: 2 });
    expect(page1).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.items.map((x) => x.id)).toEqual([c.id, b.id]);
    expect((await app.call('attachment:list', { caseId, pageSize: 2, page: 2 })).items.map((x) => x.id)).toEqual([
      a.id,
    ]);
    const ofRequest = await app.call('attachment:list', { caseId, requestId });
    expect(ofRequest.items.map((x) => x.originalName)).toEqual(['c.txt', 'b.txt']);
    expect(changes).toEqual([]);
    await app.call('attachment:describe', { id: a.id, description: 'changed' });
    expect(changes).toEqual(['data:changed']);
  });
});

describe('attachments: desktop dialogs', () => {
  let outside: string;
  let dialogs: FakeDialogs;
  beforeEach(async () => {
    app.close();
    dialogs = new FakeDialogs();
    await setUp(openTestApp({ mode: 'electron', dialogs }));
    outside = mkdtempSync(path.join(os.tmpdir(), 'legat-outside-'));
  });
  afterEach(() => rmSync(outside, { recursive: true, force: true }));

  it('adds files picked in the dialog, hashing them as they are registered', async () => {
    const file = path.join(outside, 'subscriber-records.csv');
    writeFileSync(file, 'account,ip\nalice,203.0.113.7\n');
    dialogs.willOpen([file]);
    const { files } = await app.call('attachment:pick', {});
    expect(files).toEqual([
      { token: expect.any(String) as string, name: 'subscriber-records.csv', size: 29, sha256: null },
    ]);
    const added = await app.call('attachment:add', { caseId, token: files[0]!.token, kind: 'evidence' });
    expect(added).toMatchObject({ sha256: sha256Of(readFileSync(file)), mediaType: 'text/csv', size: 29 });

    dialogs.willOpen([]);
    expect(await app.call('attachment:pick', {})).toEqual({ files: [] });
  });

  it('refuses a staged path that is not a readable file, or larger than the limit', async () => {
    expect(await app.raw('attachment:stage', { paths: [outside] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['paths', 0], message: 'validation.attachment.notAFile' }] },
    });
    await app.call('settings:update', { attachmentMaxBytes: MIB });
    const big = path.join(outside, 'big.bin');
    writeFileSync(big, Buffer.alloc(MIB + 1));
    expect(await app.raw('attachment:stage', { paths: [big] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('1 MiB') as string },
    });
  });

  it('saves a verified copy where the save dialog says, atomically, and records it', async () => {
    const file = path.join(outside, 'mlat-request.pdf');
    writeFileSync(file, '%PDF-1.7 request');
    const [staged] = (await app.call('attachment:stage', { paths: [file] })).files;
    const added = await app.call('attachment:add', { caseId, token: staged!.token, kind: 'document' });

    const destination = path.join(outside, 'copy.pdf');
    dialogs.willSave(destination);
    expect(await app.call('attachment:saveCopy', { id: added.id })).toEqual({ saved: true, path: destination });
    expect(readFileSync(destination, 'utf8')).toBe('%PDF-1.7 request');
    expect(dialogs.saved).toEqual(['mlat-request.pdf']);
    expect(readdirSync(outside).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect(rows("SELECT details FROM audit_log WHERE action = 'attachment.copy'")).toHaveLength(1);

    dialogs.willSave(null);
    expect(await app.call('attachment:saveCopy', { id: added.id })).toEqual({ saved: false, path: null });
  });

  it('refuses a copy whose stored bytes no longer match the registered hash', async () => {
    const file = path.join(outside, 'evidence.txt');
    writeFileSync(file, 'original');
    const [staged] = (await app.call('attachment:stage', { paths: [file] })).files;
    const added = await app.call('attachment:add', { caseId, token: staged!.token, kind: 'evidence' });
    const sealed = readFileSync(blobPath(app.dataDir, added.sha256));
    sealed.writeUInt8(sealed.readUInt8(sealed.length - 20) ^ 1, sealed.length - 20);
    writeFileSync(blobPath(app.dataDir, added.sha256), sealed);
    const destination = path.join(outside, 'copy.txt');
    dialogs.willSave(destination);
    // The refusal names the file the officer knows, not only its hash.
    expect(await app.raw('attachment:saveCopy', { id: added.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('“evidence.txt”') as unknown },
    });
    expect(readdirSync(outside)).toEqual(['evidence.txt']);
  });
});

describe('attachments: browser mode', () => {
  it('has no dialogs and accepts no paths from the page', async () => {
    expect(await app.raw('attachment:pick', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.raw('attachment:stage', { paths: ['/etc/passwd'] })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('attachments: global search', () => {
  it('finds a case or request by the name and description of its files, kept in step with edits', async () => {
    const onCase = await upload(Readable.from([Buffer.from('scan')]), 'apostille-scan.pdf');
    const added = await app.call('attachment:add', { caseId, token: onCase.token, kind: 'document' });
    const onRequest = await upload(Readable.from([Buffer.from('csv')]), 'subscriber-records.csv', 'text/csv');
    await app.call('attachment:add', {
      caseId,
      requestId,
      token: onRequest.token,
      kind: 'evidence',
      description: 'Example Mail response',
    });
    const hits = async (q: string) => (await app.call('search:query', { q })).items.map((h) => [h.type, h.id]);
    expect(await hits('apostille')).toEqual([['case', caseId]]);
    expect(await hits('subscriber records')).toEqual([['request', requestId]]);
    await app.call('attachment:describe', { id: added.id, description: 'Hague certificate' });
    expect(await hits('hague')).toEqual([['case', caseId]]);
    // The case's own words are still found beside its files'.
    expect(await hits('webmail')).toContainEqual(['case', caseId]);
  });
});
