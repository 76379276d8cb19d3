/**
 * The knowledge in force: the newer of the shipped pack and the last imported one, with the office's own
 * edits laid over it.
 */
import { eq } from 'drizzle-orm';
import type { KnowledgeBook } from '../../../shared/domain/advisor/types';
import { makeBook } from '../../../shared/domain/knowledge/book';
import type { FactKind, FactValue } from '../../../shared/domain/knowledge/fields';
import { effectiveFacts, type EffectiveFact, type Overlay } from '../../../shared/domain/knowledge/merge';
import { flattenPack, knowledgePack, type KnowledgePack } from '../../../shared/domain/knowledge/pack-schema';
import type { Orm } from '../db/open';
import { knowledgeOverlays, knowledgePacks } from '../db/schema';
import { SHIPPED_PACK_SHA256, shippedPack } from './shipped-pack';

export interface BasePack {
  pack: KnowledgePack;
  origin: 'shipped' | 'imported';
  sha256: string;
  importedAt: string | null;
  signedBy: string | null;
}

const parsedImports = new Map<string, KnowledgePack>();

export function basePack(orm: Orm): BasePack {
  const row = orm.select().from(knowledgePacks).where(eq(knowledgePacks.id, 1)).get();
  const shipped = shippedPack();
  if (!row || row.version <= shipped.version) {
    return { pack: shipped, origin: 'shipped', sha256: SHIPPED_PACK_SHA256, importedAt: null, signedBy: null };
  }
  let pack = parsedImports.get(row.sha256);
  if (!pack) {
    pack = knowledgePack.parse(JSON.parse(row.body));
    parsedImports.set(row.sha256, pack);
  }
  return { pack, origin: 'imported', sha256: row.sha256, importedAt: row.importedAt, signedBy: row.signedBy };
}

export function listOverlays(orm: Orm): Overlay[] {
  return orm
    .select()
    .from(knowledgeOverlays)
    .all()
    .map((row) => ({
      kind: row.kind as FactKind,
      key: row.key,
      field: row.field,
      value: (row.value ?? null) as FactValue | null,
      note: row.note,
      editedAt: row.editedAt,
      editedBy: row.editedBy,
    }));
}

export interface Knowledge {
  base: BasePack;
  facts: EffectiveFact[];
  book: KnowledgeBook;
}

/**
 * Every request write reads the provider rules from here (deadline inputs), and merging the pack with the
 * office's edits takes milliseconds: the result is kept per database until a write to the knowledge
 * tables (an edit, a revert, a pack import) forgets it.
 */
const loaded = new WeakMap<Orm, Knowledge>();

export function loadKnowledge(orm: Orm): Knowledge {
  let knowledge = loaded.get(orm);
  if (!knowledge) {
    const base = basePack(orm);
    const facts = effectiveFacts(flattenPack(base.pack), listOverlays(orm));
    knowledge = { base, facts, book: makeBook(facts, base.pack.sources) };
    loaded.set(orm, knowledge);
  }
  return knowledge;
}

/** Called by every write to the knowledge tables, inside its transaction (a rollback only costs a reload). */
export function forgetKnowledge(orm: Orm): void {
  loaded.delete(orm);
}
