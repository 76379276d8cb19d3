import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeBook } from '../../shared/domain/knowledge/book';
import { flattenPack, knowledgePack, type KnowledgePack } from '../../shared/domain/knowledge/pack-schema';

/** The shipped pack, parsed with the app's own schema, and the book the advisor reads from it. */
export function shippedPack(): KnowledgePack {
  const file = path.resolve(__dirname, '../../resources/knowledge/legat-core-pack.v1.json');
  return knowledgePack.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function shippedBook() {
  const pack = shippedPack();
  const facts = flattenPack(pack).map((f) => ({ ...f, local: false, editedBy: null, packValue: f.value }));
  return makeBook(facts, pack.sources);
}
