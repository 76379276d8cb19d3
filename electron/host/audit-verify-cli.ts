/**
 * Checks a data folder's audit hash chain without starting Legat and without writing to it.
 * Usage: node dist/node/audit-verify.mjs [--data-dir DIR] [--passphrase P] [--anchor FILE]
 * With --anchor (a `.anchor.json` from beside a backup, from a bundle, or typed from paper), the chain
 * must also still hold the anchored row with the same hash, and the anchor must carry the office's key.
 * The database is encrypted: give an officer's passphrase (or the office recovery key) with
 * --passphrase or in LEGAT_PASSPHRASE. A database from before encryption needs none.
 * Exit code: 0 the chain holds, 1 it is broken or fails its anchor (the row is printed), 2 it could not be checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { checkAnchor, parseAnchor, type AuditAnchor } from '../core/audit/anchor';
import { describeVerification } from '../core/audit/chain-report';
import { loadOrCreateOfficeKey, officeKeyPath } from '../core/crypto/office-key';
import { verifyAuditChain } from '../core/audit/verify-chain';
import { applyDatabaseKey, isPlainDatabaseFile } from '../core/db/cipher';
import { resolveDataDir } from '../core/data-dir';
import { DATABASE_FILE } from '../core/open-app';
import { dataKeyFromSecret } from '../core/security/provision';
import { defaultUserDataDir } from './user-data-dir';

function argValue(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index >= 0) return argv[index + 1];
  return argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const dataDir = path.resolve(resolveDataDir(argv, process.env, defaultUserDataDir()));
  const file = path.join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) {
    console.error(`No Legat database at ${file}.`);
    return 2;
  }
  const anchorFile = argValue(argv, '--anchor');
  let anchor: AuditAnchor | null = null;
  if (anchorFile) {
    // Only an existing office key is trusted: the CLI writes nothing, so it never makes one.
    if (!existsSync(officeKeyPath(dataDir))) {
      console.error(`No office key in ${dataDir}: an anchor cannot be checked without it.`);
      return 2;
    }
    anchor = parseAnchor(readFileSync(anchorFile, 'utf8'));
  }
  let key: Buffer | null = null;
  if (!isPlainDatabaseFile(file)) {
    const secret = argValue(argv, '--passphrase') ?? process.env.LEGAT_PASSPHRASE;
    if (!secret) {
      console.error(
        'The database is encrypted: pass --passphrase (or set LEGAT_PASSPHRASE) with an officer passphrase or the office recovery key.',
      );
      return 2;
    }
    key = await dataKeyFromSecret(dataDir, secret);
    if (!key) {
      console.error("That passphrase opens no key in this data folder's key store.");
      return 2;
    }
  }
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (key) applyDatabaseKey(sqlite, key);
    const columns = sqlite.prepare("SELECT name FROM pragma_table_info('audit_log')").all() as { name: string }[];
    if (!columns.some((c) => c.name === 'hash')) {
      console.error('This database predates the audit hash chain; open it once in Legat to chain its audit log.');
      return 2;
    }
    const result = verifyAuditChain(sqlite);
    (result.ok ? console.log : console.error)(describeVerification(result));
    if (!anchor) return result.ok ? 0 : 1;
    const anchored = checkAnchor(sqlite, anchor, loadOrCreateOfficeKey(dataDir).publicKey);
    if (anchored.ok) console.log(`Anchor of ${anchor.at} OK: row ${anchored.lastId} still has the anchored hash.`);
    else console.error(`Anchor of ${anchor.at} FAILED: ${anchored.problem}`);
    return result.ok && anchored.ok ? 0 : 1;
  } finally {
    sqlite.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('The audit chain could not be checked:', error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
