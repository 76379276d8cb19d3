import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-chain';
import type * as BulkCreate from '../../electron/core/import/bulk-create';
import { createCase as repoCreateCase } from '../../electron/core/cases/cases-repo';
import type { ParsedInput } from '../../shared/ipc-contract';
import { frenchRegister, xlsx } from '../support/sheet-fixtures';
import { stage } from '../support/sheet-staging';
import { OFFICE_PROFILE, openTestApp, type TestApp } from '../support/test-app';

/** Lets a test send every row through the repositories one record at a time, as imports once did. */
const mode = vi.hoisted(() => ({ oneByOne: false }));
vi.mock('../../electron/core/import/bulk-create', async (importOriginal) => {
  const actual = await importOriginal<typeof BulkCreate>();
  return {
    ...actual,
    bulkCreator: (...args: Parameters<typeof actual.bulkCreator>) => {
      const bulk = actual.bulkCreator(...args);
      if (!mode.oneByOne) return bulk;
      const createCase = (fields: ParsedInput<'case:create'>) => {
        bulk.settle();
        return repoCreateCase(args[1], fields);
      };
      return { ...bulk, fits: () => false, createCase };
    },
  };
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const STATUSES = [
  ['Fournisseur', 'Conservation', 'en attente', 'Google LLC'],
  ['Fournisseur', 'Abonné', 'répondu', 'Google LLC'],
  ['Entraide pénale', null, 'transmise', null],
  ['Coopération policière', 'Interpol', 'envoyée', null],
  ['Commission rogatoire', null, 'brouillon', null],
] as const;

/** A register of every channel and several statuses; two rows share each case and some an identifier. */
function register(rows: number) {
  const header = [
    'N° dossier',
    'Intitulé du dossier',
    'Objet',
    'Canal',
    'Nature',
    'Pays',
    'Fournisseur',
    'Notre référence',
    'Envoyée le',
    'Réponse',
    'Statut',
    'Identifiants',
  ];
  return [
    header,
    ...Array.from({ length: rows }, (_, i) => {
      const [channel, kind, status, provider] = STATUSES[i % STATUSES.length]!;
      const sent = `2025-0${1 + (i % 9)}-1${i % 10}`;
      return [
        `D-${Math.floor(i / 2)}`,
        `Dossier ${Math.floor(i / 2)}`,
        `Demande ${i}`,
        channel,
        kind,
        i % 3 === 0 ? 'USA' : 'Irlande',
        provider,
        `ASI/${i}`,
        status === 'brouillon' ? null : day(sent),
        status === 'répondu' ? day(sent.replace('-1', '-2')) : null,
        status,
        `user${i % 4}@example.com; +33 6 12 34 56 7${i % 10}`,
      ];
    }),
  ];
}

/**
 * Every stored row of every table, uuids aside (random by design). A full-text index is compared by
 * what it finds, not by its storage, whose layout follows the order of writes within a transaction.
 */
function dump(app: TestApp): Record<string, unknown[]> {
  const sqlite = app.ctx.db.sqlite;
  const indexes = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")
    .all() as { name: string }[];
  const tables = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).filter(({ name }) => !indexes.some((index) => name.startsWith(`${index.name}_`)));
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (sqlite.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]).map(
        ({ uuid: _uuid, ...row }) => row,
      ),
    ]),
  );
}

/** The sheets imported in turn; the same bytes for both apps (an XLSX carries the time it was written). */
async function importTwice(files: [string, Buffer][], oneByOne: boolean): Promise<TestApp> {
  mode.oneByOne = oneByOne;
  const app = openTestApp({ now: '2026-11-30T10:00:00Z' });
  await app.call('office:setup', OFFICE_PROFILE);
  for (const [name, bytes] of files) {
    const opened = await app.call('sheet:inspect', {
      source: { kind: 'staged', token: await stage(app, name, bytes) },
    });
    const headerRow = opened.sheets[0]!.suggestedHeaderRow;
    const plan = { sessionId: opened.sessionId, sheet: 'Sheet1', headerRow, skip: headerRow === 1 ? [5] : [] };
    const preview = await app.call('sheet:preview', plan);
    expect(preview.counts.problem).toBe(0);
    await app.call('sheet:import', plan);
  }
  return app;
}

const opened: TestApp[] = [];
afterEach(() => {
  for (const app of opened.splice(0)) app.close();
});

describe('the rows an import writes', () => {
  it('are the rows the repositories write one record at a time: requests, steps, timeline, identifiers, audit chain', async () => {
    const corrected = frenchRegister();
    corrected[3]![11] = 'accusé de réception';
    corrected[3]![13] = 'Autorité centrale: OIA, dossier 182-55';
    const files: [string, Buffer][] = [
      ['registre.xlsx', await xlsx(register(23))],
      ['registre-fr.xlsx', await xlsx(frenchRegister())],
      // A corrected sheet: one request updated and its history continued, between new ones' rows.
      ['registre-fr-v2.xlsx', await xlsx(corrected)],
    ];
    const bulk = await importTwice(files, false);
    opened.push(bulk);
    const oneByOne = await importTwice(files, true);
    opened.push(oneByOne);
    const written = dump(bulk);
    expect(written.requests).toHaveLength(25);
    expect(written.request_events!.length).toBeGreaterThan(40);
    expect(written.identifiers!.length).toBeGreaterThan(10);
    expect(written).toEqual(dump(oneByOne));
    expect(verifyAuditChain(bulk.ctx.db.sqlite)).toMatchObject({ ok: true, brokenAt: null });
  });
});
