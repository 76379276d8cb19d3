#!/usr/bin/env node
/**
 * Builds the shipped knowledge pack from resources/reference/reference.json and signs it.
 *
 *   node electron/build/knowledge/build-pack.mjs --key <publisher-private-key.pem>
 *   node electron/build/knowledge/build-pack.mjs --new-key <path outside the repository>
 *
 * Writes resources/knowledge/: the pack, its detached Ed25519 signature (base64), the publisher's public
 * key (trusted by default) and SOURCES.md; prints the pack's SHA-256 to pin in
 * electron/core/knowledge/shipped-pack.ts. The private key never enters the repository (see
 * resources/knowledge/README.md).
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BILATERAL_SOURCES, bilateralEntities } from './bilateral-facts.mjs';
import { fullDate, NOT_OFFICIAL, OFFICIAL_HOSTS, OFFICIAL_LOCATION } from './official-sources.mjs';
import { asOfFor, buildEntities, SOURCE_TITLES } from './pack-facts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const outDir = path.join(root, 'resources/knowledge');
const PACK_FILE = 'legat-core-pack.v1.json';
const PACK_VERSION = 1;
const PUBLISHER = 'Legat reference data (development publisher)';
/** The pack's own date: no fact is as of a later day. */
const PACK_DATE = '2026-12-07';

function argument(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? null : process.argv[at + 1];
}

function loadKey() {
  const fresh = argument('--new-key');
  const existing = argument('--key') ?? process.env.LEGAT_PACK_SIGNING_KEY ?? null;
  const file = fresh ?? existing;
  if (!file) throw new Error('Give --key <private key PEM> or --new-key <path outside the repository>.');
  const resolved = path.resolve(file);
  if (resolved.startsWith(root + path.sep)) throw new Error('The private key must live outside the repository.');
  if (fresh) {
    if (existsSync(resolved)) throw new Error(`${resolved} exists; refusing to overwrite a key.`);
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(resolved, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
    console.log(`New publisher private key written to ${resolved}`);
  }
  return createPrivateKey(readFileSync(resolved));
}

function rawPublicKey(privateKey) {
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  return Buffer.from(jwk.x, 'base64url');
}

function fingerprint(raw) {
  return createHash('sha256').update(raw).digest('hex').slice(0, 32).toUpperCase().match(/.{4}/g).join(' ');
}

/** Facts from unofficial sources are left out; copies of official documents cite the official location. */
function officialOnly(entities) {
  for (const entity of entities) {
    for (const [field, fact] of Object.entries(entity.facts)) {
      if (NOT_OFFICIAL.includes(fact.source)) delete entity.facts[field];
    }
  }
  return entities.filter((e) => Object.keys(e.facts).length > 0);
}

function sourceEntry(ref, id, compiledOn) {
  if (BILATERAL_SOURCES[id]) {
    const { readOn: _readOn, ...entry } = BILATERAL_SOURCES[id];
    return entry;
  }
  const s = ref.sourceIndex[id];
  if (!s) throw new Error(`Source ${id} is not in reference.json's sourceIndex.`);
  if (!SOURCE_TITLES[id]) throw new Error(`Source ${id} has no title in pack-facts.mjs.`);
  const official = OFFICIAL_LOCATION[id];
  const undated = !s.date || s.date === 'undated';
  const note = [
    official?.note,
    s.dateNote,
    s.via && !official ? `via ${s.via}` : null,
    undated ? `Undated; read for the reference data compiled on ${compiledOn}.` : null,
  ]
    .filter(Boolean)
    .join('. ');
  const url = official?.url ?? s.url;
  if (!OFFICIAL_HOSTS.includes(new URL(url).host)) throw new Error(`Source ${id} (${url}) is not an official host.`);
  return { url, title: SOURCE_TITLES[id], date: undated ? null : s.date, ...(note ? { note } : {}) };
}

function buildPack(ref) {
  const compiledOn = ref.generatedOn;
  const entities = officialOnly([...buildEntities(ref), ...bilateralEntities()]);
  const used = new Set(entities.flatMap((e) => Object.values(e.facts).map((f) => f.source)));
  const sources = {};
  for (const id of [...used].sort()) sources[id] = sourceEntry(ref, id, compiledOn);
  for (const entity of entities) {
    for (const fact of Object.values(entity.facts)) {
      const { note, ...rest } = fact;
      const own = BILATERAL_SOURCES[fact.source];
      const stated = own ? (own.date ?? own.readOn) : asOfFor(ref.sourceIndex[fact.source], compiledOn);
      const { date, note: dateNote } = fullDate(stated);
      if (date > PACK_DATE) throw new Error(`A fact of ${entity.key} is as of ${date}, after the pack (${PACK_DATE}).`);
      Object.assign(fact, { ...rest, asOf: date });
      delete fact.note;
      const notes = [note, dateNote].filter(Boolean).join(' ');
      if (notes) fact.note = notes;
    }
  }
  return {
    format: 'legat-knowledge-pack',
    schemaVersion: 1,
    id: 'legat-core',
    version: PACK_VERSION,
    publisher: PUBLISHER,
    publishedOn: PACK_DATE,
    asOf: PACK_DATE,
    sources,
    entities,
  };
}

function sourcesMarkdown(pack) {
  const counts = {};
  for (const e of pack.entities) for (const f of Object.values(e.facts)) counts[f.source] = (counts[f.source] ?? 0) + 1;
  const rows = Object.entries(pack.sources).map(
    ([id, s]) => `| \`${id}\` | ${s.title} | ${s.date ?? 'undated'} | ${counts[id]} | ${s.url} |`,
  );
  return [
    '# Sources of the shipped knowledge pack',
    '',
    `Generated by \`electron/build/knowledge/build-pack.mjs\` from \`resources/reference/reference.json\` and`,
    '`electron/build/knowledge/bilateral-facts.mjs` for',
    ,
    `\`${PACK_FILE}\` (version ${pack.version}, as of ${pack.asOf}). Every fact in the pack names one of these`,
    'sources; facts whose source is undated carry the date the reference data were compiled as their as-of',
    'date. What could not be sourced is absent (see resources/reference/NOTES.md).',
    '',
    '| id | title | source date | facts | URL |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

const ref = JSON.parse(readFileSync(path.join(root, 'resources/reference/reference.json'), 'utf8'));
const privateKey = loadKey();
const pack = buildPack(ref);
const bytes = Buffer.from(`${JSON.stringify(pack, null, 2)}\n`, 'utf8');
const signature = sign(null, bytes, privateKey).toString('base64');
const raw = rawPublicKey(privateKey);
writeFileSync(path.join(outDir, PACK_FILE), bytes);
writeFileSync(path.join(outDir, `${PACK_FILE}.sig`), `${signature}\n`);
writeFileSync(
  path.join(outDir, 'publisher-key.json'),
  `${JSON.stringify({ name: PUBLISHER, publicKey: raw.toString('base64'), fingerprint: fingerprint(raw) }, null, 2)}\n`,
);
writeFileSync(path.join(outDir, 'SOURCES.md'), sourcesMarkdown(pack));
const facts = pack.entities.reduce((n, e) => n + Object.keys(e.facts).length, 0);
console.log(
  `${PACK_FILE}: ${pack.entities.length} entities, ${facts} facts, ${Object.keys(pack.sources).length} sources`,
);
console.log(`sha256 ${createHash('sha256').update(bytes).digest('hex')}`);
console.log(`publisher fingerprint ${fingerprint(raw)}`);
