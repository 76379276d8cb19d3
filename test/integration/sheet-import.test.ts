import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasBlob } from '../../electron/core/files/blob-store';
import type { ChannelInput } from '../../shared/ipc-contract';
import { frenchRegister, spanishRegister, xlsx } from '../support/sheet-fixtures';
import { stage } from '../support/sheet-staging';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  app = openTestApp({ now: '2026-11-30T10:00:00Z' });
  await app.call('office:setup', OFFICE_PROFILE);
});
afterEach(() => app.close());

async function open(name: string, bytes: Buffer) {
  return app.call('sheet:inspect', { source: { kind: 'staged', token: await stage(app, name, bytes) } });
}
const count = (table: string) =>
  (app.ctx.db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('importing the office register from a spreadsheet', () => {
  it('suggests the header row and the mapping of French headers under a merged title', async () => {
    const opened = await open('registre.xlsx', await xlsx(frenchRegister()));
    expect(opened.sheets[0]).toMatchObject({ rowCount: 5, suggestedHeaderRow: 1 });
    expect(opened.sha256).toMatch(/^[0-9a-f]{64}$/);
    const preview = await app.call('sheet:preview', { sessionId: opened.sessionId, sheet: 'Sheet1', headerRow: 1 });
    expect(preview.columns).toEqual([
      'caseReference',
      'caseTitle',
      'title',
      'channel',
      'kind',
      'country',
      'provider',
      'ourReference',
      'theirReference',
      'sentOn',
      'respondedOn',
      'status',
      'identifiers',
      'notes',
    ]);
    const value = (field: string, source: string) =>
      preview.values.find((v) => v.field === field && v.source === source)?.target;
    expect(value('status', 'en attente')).toBe('acknowledged');
    expect(value('country', 'USA')).toBe('US');
    expect(value('country', 'États-Unis')).toBe('US');
    expect(value('channel', 'Entraide pénale')).toBe('mla');
    expect(value('country', 'Atlantide')).toBeNull();
  });

  it('previews every row: what it creates, the history it records, and each problem with its reason', async () => {
    const opened = await open('registre.xlsx', await xlsx(frenchRegister()));
    const preview = await app.call('sheet:preview', { sessionId: opened.sessionId, sheet: 'Sheet1', headerRow: 1 });
    expect(preview.counts).toMatchObject({ create: 2, problem: 1, newCases: 2 });
    const [gmail, mla, bad] = preview.rows;
    expect(gmail).toMatchObject({
      row: 3,
      action: 'create',
      channel: 'provider',
      status: 'acknowledged',
      country: 'US',
      caseLabel: 'D-2025-014',
      steps: [
        { action: 'submit', occurredOn: '2025-03-04' },
        { action: 'acknowledge', occurredOn: '2025-03-04' },
      ],
    });
    // The serial 45797 in a cell without a date format is 20 May 2025.
    expect(mla).toMatchObject({ action: 'create', channel: 'mla', status: 'transmitted' });
    expect(mla!.steps.at(-1)).toEqual({ action: 'transmit', occurredOn: '2025-05-20' });
    expect(bad!.action).toBe('problem');
    expect(bad!.problems.map((p) => p.code).sort()).toEqual(['future', 'identifier', 'unknownCountry']);
    expect(bad!.problems.find((p) => p.code === 'identifier')!.detail).toBe('bob@');
  });

  it('refuses to import while rows have problems, and changes nothing', async () => {
    const opened = await open('registre.xlsx', await xlsx(frenchRegister()));
    const envelope = await app.raw('sheet:import', { sessionId: opened.sessionId, sheet: 'Sheet1', headerRow: 1 });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ message: 'validation.sheetImport.problemsLeft' }] },
    });
    expect(count('requests')).toBe(0);
    expect(count('cases')).toBe(0);
  });

  it('imports in one audited transaction, with each step at its historical date and deadlines computed', async () => {
    const opened = await open('registre.xlsx', await xlsx(frenchRegister()));
    const plan = { sessionId: opened.sessionId, sheet: 'Sheet1', headerRow: 1, skip: [5] };
    const result = await app.call('sheet:import', plan);
    expect(result).toMatchObject({ created: 2, updated: 0, skipped: 1, casesCreated: 1 });
    const gmail = await app.call('request:get', { id: result.requestIds[0]! });
    expect(gmail).toMatchObject({
      status: 'acknowledged',
      sentOn: '2025-03-04',
      kind: 'preservation',
      provider: 'Google LLC',
      theirReference: 'GGL-88231',
      // Text that looks like a formula is kept as the text it is.
      notes: '=HYPERLINK("http://example.invalid","cliquer")',
    });
    const workflow = await app.call('request:workflow', { id: gmail.id });
    expect(workflow.events.map((e) => [e.action, e.occurredOn])).toEqual([
      ['record', '2025-03-04'],
      ['submit', '2025-03-04'],
      ['acknowledge', '2025-03-04'],
    ]);
    // Deadlines are computed from the imported steps, as for a request recorded in Legat.
    const mlaDeadlines = await app.call('deadline:list', {
      scope: 'all',
      requestId: result.requestIds[1]!,
      includeDone: true,
    });
    expect(JSON.stringify(mlaDeadlines.items)).toContain('mla-expected-response');
    const theCase = await app.call('case:get', { id: gmail.caseId });
    expect(theCase).toMatchObject({ title: 'Rançongiciel, hôpital de Nantes', openedOn: '2025-03-04' });
    expect(theCase.summary).toContain('D-2025-014');
    const audit = app.ctx.db.sqlite.prepare("SELECT details FROM audit_log WHERE action = 'sheet.import'").all() as {
      details: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ sha256: opened.sha256, created: 2 });
  });

  it('importing the same sheet again changes nothing', async () => {
    const bytes = await xlsx(frenchRegister());
    const first = await open('registre.xlsx', bytes);
    await app.call('sheet:import', { sessionId: first.sessionId, sheet: 'Sheet1', headerRow: 1, skip: [5] });
    const before = { requests: count('requests'), events: count('request_events'), cases: count('cases') };
    const again = await open('registre.xlsx', bytes);
    const plan = { sessionId: again.sessionId, sheet: 'Sheet1', headerRow: 1, skip: [5] };
    expect((await app.call('sheet:preview', plan)).counts).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    expect(await app.call('sheet:import', plan)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect({ requests: count('requests'), events: count('request_events'), cases: count('cases') }).toEqual(before);
  });

  it('a corrected sheet updates only the rows that changed, continuing their history', async () => {
    const first = await open('registre.xlsx', await xlsx(frenchRegister()));
    const done = await app.call('sheet:import', {
      sessionId: first.sessionId,
      sheet: 'Sheet1',
      headerRow: 1,
      skip: [5],
    });
    const corrected = frenchRegister();
    corrected[3]![11] = 'accusé de réception';
    corrected[3]![13] = 'Autorité centrale: OIA, dossier 182-55';
    const again = await open('registre-v2.xlsx', await xlsx(corrected));
    const plan = { sessionId: again.sessionId, sheet: 'Sheet1', headerRow: 1, skip: [5] };
    const preview = await app.call('sheet:preview', plan);
    expect(preview.rows.map((r) => r.action)).toEqual(['unchanged', 'update', 'skipped']);
    expect(preview.rows[1]!.changed).toEqual(['notes', 'status']);
    expect(await app.call('sheet:import', plan)).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const mla = await app.call('request:get', { id: done.requestIds[1]! });
    expect(mla).toMatchObject({
      status: 'acknowledged',
      sentOn: '2025-05-20',
      notes: 'Autorité centrale: OIA, dossier 182-55',
    });
  });

  it('fixes a row in place and remembers the value the officer chose for next time', async () => {
    const opened = await open('registre.xlsx', await xlsx(frenchRegister()));
    const plan: ChannelInput<'sheet:preview'> = {
      sessionId: opened.sessionId,
      sheet: 'Sheet1',
      headerRow: 1,
      values: [{ field: 'country', source: 'Atlantide', target: 'GR' }],
      fixes: [
        { row: 5, field: 'sentOn', value: '2025-06-01' },
        { row: 5, field: 'identifiers', value: '+33 6 12 34 56 78' },
      ],
    };
    const preview = await app.call('sheet:preview', plan);
    expect(preview.rows[2]).toMatchObject({ action: 'create', country: 'GR', status: 'sent' });
    await app.call('sheet:import', plan);
    const later = await open('registre.xlsx', await xlsx(frenchRegister()));
    const remembered = await app.call('sheet:preview', { sessionId: later.sessionId, sheet: 'Sheet1', headerRow: 1 });
    expect(remembered.values.find((v) => v.source === 'Atlantide')).toMatchObject({ target: 'GR', remembered: true });
  });

  it('asks for the day/month order when a text date is ambiguous (Spanish headers)', async () => {
    const opened = await open('registro.xlsx', await xlsx(spanishRegister()));
    const plan = { sessionId: opened.sessionId, sheet: 'Sheet1', headerRow: 0 };
    const undecided = await app.call('sheet:preview', plan);
    expect(undecided.needsDateOrder).toBe(true);
    expect(undecided.rows[0]!.problems).toEqual([{ field: 'sentOn', code: 'dateAmbiguous', detail: '04/03/2025' }]);
    expect(undecided.rows[1]).toMatchObject({ action: 'create', country: 'IE', status: 'acknowledged' });
    const decided = await app.call('sheet:preview', { ...plan, dateOrder: 'dmy' });
    expect(decided.rows[0]).toMatchObject({ action: 'create', status: 'disclosed' });
    expect(decided.rows[0]!.steps).toEqual([
      { action: 'submit', occurredOn: '2025-03-04' },
      { action: 'disclose', occurredOn: '2025-03-20' },
    ]);
  });

  it('exports the rows with problems as a sheet with a reason column, formulas neutralised', async () => {
    const rows = frenchRegister();
    rows[4]![13] = '=cmd|"/c calc"!A1';
    const opened = await open('registre.xlsx', await xlsx(rows));
    const csv = await app.call('sheet:problems', {
      sessionId: opened.sessionId,
      sheet: 'Sheet1',
      headerRow: 1,
      format: 'csv',
    });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(csv.fileName).toBe('registre-problems.csv');
    expect(text).toContain('Reason');
    expect(text).toContain('unknown country (Atlantide)');
    expect(text).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(text).not.toMatch(/,=cmd/);
    const book = await app.call('sheet:problems', {
      sessionId: opened.sessionId,
      sheet: 'Sheet1',
      headerRow: 1,
      format: 'xlsx',
    });
    const { default: readXlsxFile } = await import('read-excel-file/node');
    const [sheet] = await readXlsxFile(Buffer.from(book.base64, 'base64'));
    expect(sheet!.data[1]![13]).toBe(`'=cmd|"/c calc"!A1`);
  });
});

describe('files the import refuses or reads specially', () => {
  const refused = async (name: string, bytes: Buffer) => {
    const envelope = await app.raw('sheet:inspect', {
      source: { kind: 'staged', token: await stage(app, name, bytes) },
    });
    expect(count('requests')).toBe(0);
    return envelope;
  };

  it('a password-protected workbook (an encrypted OLE compound file)', async () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 1)]);
    expect(await refused('protected.xlsx', cfb)).toMatchObject({
      ok: false,
      error: { issues: [{ message: 'validation.sheetImport.encrypted' }] },
    });
  });

  it('a corrupt workbook', async () => {
    const good = await xlsx(frenchRegister());
    const broken = Buffer.concat([good.subarray(0, 200), Buffer.alloc(500, 0x41)]);
    expect(await refused('broken.xlsx', broken)).toMatchObject({
      ok: false,
      error: { issues: [{ message: 'validation.sheetImport.corrupt' }] },
    });
  });

  it('an OpenDocument sheet, with the advice to save it as .xlsx', async () => {
    const envelope = await refused('registre.ods', Buffer.from('PK\u0003\u0004 not really'));
    expect(envelope).toMatchObject({ ok: false, error: { issues: [{ message: 'validation.sheetImport.ods' }] } });
    expect(JSON.stringify(envelope)).toContain('.xlsx');
  });

  it('a sheet over the size limit, before reading it', async () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 0x41);
    expect(await refused('huge.csv', big)).toMatchObject({
      ok: false,
      error: { issues: [{ message: 'validation.sheetImport.tooLarge' }] },
    });
  });

  it('the staged upload is removed once the file is read or refused', async () => {
    const read = Buffer.from('Dossier,Objet\nD-1,Test\n');
    const opened = await open('small.csv', read);
    expect(hasBlob(app.dataDir, opened.sha256)).toBe(false);
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64, 2)]);
    await refused('protected.xlsx', cfb);
    expect(hasBlob(app.dataDir, createHash('sha256').update(cfb).digest('hex'))).toBe(false);
  });

  it('CSV in Windows-1252 and in UTF-16 are read with their accents, and say which encoding was found', async () => {
    const csv = 'Expediente;Asunto;Canal;País;Estado\r\nEXP-1;Niño desaparecido;Policía;España;enviado\r\n';
    const latin = await open('registro.csv', Buffer.from(csv, 'latin1'));
    expect(latin.encoding).toBe('windows-1252');
    expect(latin.sheets[0]!.head[1]).toEqual(['EXP-1', 'Niño desaparecido', 'Policía', 'España', 'enviado']);
    const utf16 = await open('registro.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]));
    expect(utf16.encoding).toBe('utf-16le');
    expect(utf16.sheets[0]!.head[1]![1]).toBe('Niño desaparecido');
  });
});
