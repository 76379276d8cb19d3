import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from './ports';

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * JSON lines in <dataDir>/logs/legat.log, mirrored to the console. There is no crash-report upload
 * (the app is offline), so this file is what an office sends to support. One rotation keeps it bounded.
 */
export function createFileLogger(dataDir: string): Logger {
  const dir = path.join(dataDir, 'logs');
  const file = path.join(dir, 'legat.log');
  let ready = false;

  function write(level: 'info' | 'warn' | 'error', message: string, details?: Record<string, unknown>): void {
    const line = JSON.stringify({ at: new Date().toISOString(), level, message, ...(details ? { details } : {}) });
    (level === 'info' ? console.log : level === 'warn' ? console.warn : console.error)(`[legat] ${line}`);
    try {
      if (!ready) {
        fs.mkdirSync(dir, { recursive: true });
        ready = true;
      }
      if (fs.existsSync(file) && fs.statSync(file).size > MAX_BYTES) fs.renameSync(file, `${file}.1`);
      fs.appendFileSync(file, `${line}\n`);
    } catch {
      // A log that cannot be written must never take the app down; the console copy remains.
    }
  }

  return {
    info: (message, details) => write('info', message, details),
    warn: (message, details) => write('warn', message, details),
    error: (message, details) => write('error', message, details),
  };
}
