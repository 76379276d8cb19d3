/**
 * Checks a data folder's audit hash chain without starting Legat and without writing to it.
 * Usage: node dist/node/audit-verify.mjs [--data-dir DIR]
 * Exit code: 0 the chain holds, 1 it is broken (the broken row is printed), 2 it could not be checked.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describeVerification } from '../core/audit/chain-report';
import { verifyAuditChain } from '../core/audit/verify-chain';
import { resolveDataDir } from '../core/data-dir';
import { DATABASE_FILE } from '../core/open-app';
import { defaultUserDataDir } from './user-data-dir';

function main(): number {
  const dataDir = path.resolve(resolveDataDir(process.argv.slice(2), process.env, defaultUserDataDir()));
  const file = path.join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) {
    console.error(`No Legat database at ${file}.`);
    return 2;
  }
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const columns = sqlite.prepare("SELECT name FROM pragma_table_info('audit_log')").all() as { name: string }[];
    if (!columns.some((c) => c.name === 'hash')) {
      console.error('This database predates the audit hash chain; open it once in Legat to chain its audit log.');
      return 2;
    }
    const result = verifyAuditChain(sqlite);
    (result.ok ? console.log : console.error)(describeVerification(result));
    return result.ok ? 0 : 1;
  } finally {
    sqlite.close();
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error('The audit chain could not be checked:', error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
