import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isChannelName, OPEN_WHILE_LOCKED, type Envelope } from '../../shared/ipc-contract';
import type { AppContext } from '../core/context';
import type { Dispatch } from '../ipc/dispatch';
import { handleDownload, handleUpload } from './file-routes';
import { handleBundleUpload, handleExportDownload } from './bundle-routes';
import { rendererFile, securityHeaders } from '../security/renderer-files';
import { serveStatic } from './static-files';

const MAX_BODY = 5 * 1024 * 1024;

export interface HostOptions {
  ctx: AppContext;
  dispatch: Dispatch;
  rendererDir: string;
  port: number;
  /** Fixed in tests; otherwise a fresh random secret per launch. */
  key?: string;
}

export interface RunningHost {
  url: string;
  port: number;
  key: string;
  close(): Promise<void>;
}

function sameSecret(given: string | null | undefined, key: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The local host: serves the built renderer and the same dispatch as Electron's IPC, on 127.0.0.1 only.
 * Every call must carry the per-launch key, and the Host header must name this loopback address, so
 * neither another site in the browser (DNS rebinding) nor another local user's page can drive it.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const key = options.key ?? randomBytes(32).toString('base64url');
  // Mantine's <style> elements carry this; the CSP allows no other inline style (security/csp.ts).
  const styleNonce = randomBytes(24).toString('base64url');
  const headers = securityHeaders(styleNonce);
  const sse = new Set<ServerResponse>();
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = createServer((req, res) => {
    // No Access-Control-* header is ever sent: another origin's page can neither read an answer nor
    // pass a preflight (OPTIONS is refused below), and the Host check stops DNS rebinding.
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (!allowedHosts().has(req.headers.host ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('Misdirected request');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/ipc/')) {
      void handleIpc(req, res, decodeURIComponent(url.pathname.slice('/ipc/'.length)));
    } else if (url.pathname === '/files/upload') {
      if (req.method !== 'PUT') res.writeHead(405).end();
      else if (!fromThePage(req, req.headers['x-legat-key'])) refuse(res, req);
      else if (!signedIn(req.headers['x-legat-session'])) locked(res, req);
      else void handleUpload(options.ctx, req, res);
    } else if (url.pathname.startsWith('/files/attachment/') && req.method === 'GET') {
      const id = Number(url.pathname.slice('/files/attachment/'.length));
      // A download is a navigation, which carries no custom header: the key comes in the query, as for /events.
      if (!fromThePage(req, url.searchParams.get('key'))) refuse(res);
      else if (!signedIn(url.searchParams.get('session'))) locked(res);
      else if (!Number.isSafeInteger(id) || id <= 0) res.writeHead(404).end();
      else void handleDownload(options.ctx, res, id);
    } else if (url.pathname === '/files/bundle') {
      if (req.method !== 'PUT') res.writeHead(405).end();
      else if (!fromThePage(req, req.headers['x-legat-key'])) refuse(res, req);
      else if (!signedIn(req.headers['x-legat-session'])) locked(res, req);
      else void handleBundleUpload(options.ctx, req, res);
    } else if (url.pathname.startsWith('/files/export/') && req.method === 'GET') {
      if (!fromThePage(req, url.searchParams.get('key'))) refuse(res);
      else if (!signedIn(url.searchParams.get('session'))) locked(res);
      else void handleExportDownload(options.ctx, res, decodeURIComponent(url.pathname.slice('/files/export/'.length)));
    } else if (url.pathname === '/events' && req.method === 'GET') {
      handleEvents(url, res);
    } else if (
      (req.method === 'GET' || req.method === 'HEAD') &&
      (url.pathname === '/' || url.pathname === '/index.html')
    ) {
      const page = rendererFile(options.rendererDir, url.pathname, styleNonce);
      res.writeHead(page.status, page.headers).end(req.method === 'HEAD' ? undefined : page.body);
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      serveStatic(options.rendererDir, url.pathname, res, req.method === 'HEAD');
    } else {
      res.writeHead(405).end();
    }
  });

  /**
   * The launch key, and nothing saying the request came from another site: an Origin that is not
   * this host's own (http://127.0.0.1:<port> or http://localhost:<port>), or a browser's
   * Sec-Fetch-Site other than same-origin. Another site's page holds neither the key nor the origin.
   */
  function fromThePage(req: IncomingMessage, given: string | string[] | null | undefined): boolean {
    if (!sameSecret(String(given ?? ''), key)) return false;
    const origin = req.headers.origin;
    if (origin !== undefined && !(origin.startsWith('http://') && allowedHosts().has(origin.slice('http://'.length)))) {
      return false;
    }
    const site = req.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
  }

  /**
   * The token handed out at the current sign-in: the launch key says the page is Legat's own, the token
   * that someone signed in on it. Locking (idle, by hand) drops it, so a tab left open reads nothing.
   */
  function signedIn(given: string | string[] | null | undefined): boolean {
    return options.ctx.session.holdsToken(typeof given === 'string' ? given : null);
  }

  function locked(res: ServerResponse, unread?: IncomingMessage): void {
    unread?.resume();
    sendEnvelope(res, 401, { ok: false, error: { code: 'LOCKED', message: 'Legat is locked. Sign in to continue.' } });
  }

  function refuse(res: ServerResponse, unread?: IncomingMessage): void {
    unread?.resume();
    sendEnvelope(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'Missing or wrong host key.' } });
  }

  async function handleIpc(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return;
    }
    if (!fromThePage(req, req.headers['x-legat-key'])) {
      refuse(res);
      return;
    }
    if (isChannelName(channel) && !OPEN_WHILE_LOCKED.has(channel) && !signedIn(req.headers['x-legat-session'])) {
      // Answered as an envelope like any refused call, so the page shows its sign-in screen.
      req.resume();
      sendEnvelope(res, 200, {
        ok: false,
        error: { code: 'LOCKED', message: 'Legat is locked. Sign in to continue.' },
      });
      return;
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body === '' ? {} : JSON.parse(body);
    } catch (error) {
      const message =
        error instanceof Error && error.message === 'body too large'
          ? 'Request body too large.'
          : 'Request body is not valid JSON.';
      sendEnvelope(res, 400, { ok: false, error: { code: 'VALIDATION', message } });
      return;
    }
    const envelope = await options.dispatch(channel, input);
    sendEnvelope(res, 200, envelope);
  }

  function handleEvents(url: URL, res: ServerResponse): void {
    if (!sameSecret(url.searchParams.get('key'), key)) {
      res.writeHead(403).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    for (const message of waiting.splice(0)) res.write(message);
    sse.add(res);
    res.on('close', () => sse.delete(res));
  }

  // Reminders raised before any page is open (the sweep at start) wait for the first page to connect.
  const waiting: string[] = [];
  const unsubscribe = options.ctx.events.subscribe((event, payload) => {
    const message = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    if (sse.size === 0 && event === 'notify:show') {
      waiting.push(message);
      if (waiting.length > 100) waiting.shift();
    }
    for (const client of sse) client.write(message);
  });
  const heartbeat = setInterval(() => {
    for (const client of sse) client.write(': ping\n\n');
  }, 25_000);
  heartbeat.unref();

  // Node ends any request still arriving after five minutes; a multi-gigabyte upload may take longer.
  // The host listens on loopback only, so there is no slow client to guard against.
  server.requestTimeout = 0;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?key=${key}`,
    port,
    key,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        unsubscribe();
        for (const client of sse) client.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
