import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy, withStyleNonce } from './csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Refusals in the envelope shape every other answer of the host uses (the page never shows them). */
const REFUSALS = {
  400: { code: 'VALIDATION', message: 'The address is not valid.' },
  403: { code: 'FORBIDDEN', message: 'That file is not part of Legat.' },
  404: { code: 'NOT_FOUND', message: 'Not found.' },
} as const;

export interface RendererResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Headers every response of the app carries, in the desktop window and in browser mode alike. */
export function securityHeaders(nonce: string): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(nonce, { header: true }),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
}

/**
 * A file of the built renderer for the path asked, or 400/403/404: nothing outside `rootDir` is ever
 * read (../, encoded ../, backslashes, absolute paths, NUL bytes), and a malformed escape is a 400, never a
 * throw.
 * The one copy behind both the desktop window's protocol and the browser-mode host. index.html gets
 * this launch's style nonce.
 */
export function rendererFile(rootDir: string, pathname: string, nonce: string): RendererResponse {
  const refuse = (status: 400 | 403 | 404): RendererResponse => ({
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...securityHeaders(nonce) },
    body: Buffer.from(JSON.stringify({ ok: false, error: REFUSALS[status] })),
  });
  let relative: string;
  try {
    relative = decodeURIComponent(pathname === '/' || pathname === '' ? '/index.html' : pathname);
  } catch {
    return refuse(400);
  }
  // No file of the built renderer has a NUL or a backslash in its name; on Windows a backslash is a
  // separator, so `..\` would climb out like `../` (the containment check below would still refuse it).
  if (relative.includes('\0') || relative.includes('\\')) return refuse(400);
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(`${root}${path.sep}`)) return refuse(403);
  let raw: Buffer;
  try {
    if (!statSync(file).isFile()) return refuse(404);
    raw = readFileSync(file);
  } catch {
    return refuse(404);
  }
  const isHtml = path.extname(file) === '.html';
  return {
    status: 200,
    headers: {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': isHtml ? 'no-store' : 'max-age=3600',
      ...securityHeaders(nonce),
    },
    body: isHtml ? Buffer.from(withStyleNonce(raw.toString('utf8'), nonce)) : raw,
  };
}
