import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { isChannelName, OPEN_WHILE_LOCKED, type Envelope, type ErrorCode } from '../../shared/ipc-contract';
import type { AppContext } from '../core/context';
import type { Dispatch } from '../ipc/dispatch';
import { handleDownload, handleUpload } from './file-routes';
import { handleBundleUpload, handleExportDownload } from './bundle-routes';
import { rendererFile, securityHeaders } from '../security/renderer-files';
import { BodyTooLargeError, readBody } from './request-body';

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
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify(envelope);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(body);
}

function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendEnvelope(res, status, { ok: false, error: { code, message } });
}

/** A percent-encoded path segment, or null when its escapes are malformed (`%E0`, `%ff`, `%`). */
function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The request target as a URL, or null for one no URL parser accepts (`//[`, `http://[`). */
function targetOf(req: IncomingMessage, port: number): URL | null {
  const target = req.url ?? '/';
  // Only origin-form targets are served; an absolute or authority form is a proxy request.
  if (!target.startsWith('/') || target.startsWith('//')) return null;
  try {
    return new URL(target, `http://127.0.0.1:${port}`);
  } catch {
    return null;
  }
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
  const sse = new Map<ServerResponse, string>();
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = createServer((req, res) => {
    // A request stream or a socket that fails (a client gone mid-body) must never be an unhandled
    // 'error' event: that would end the process, and the launcher with it.
    // Each route that reads the body answers its failure itself; these only keep the events handled.
    req.on('error', () => undefined);
    res.on('error', () => req.destroy());
    try {
      route(req, res);
    } catch (error) {
      options.ctx.logger.error('host request failed', { error: error instanceof Error ? error.stack : String(error) });
      req.resume();
      sendError(res, 500, 'INTERNAL', 'An unexpected error occurred. Details are in the log.');
    }
  });
  // A malformed request line or header never reaches the handler: Node reports it here. CONNECT and
  // Upgrade requests bypass it too (with no listener Node drops the socket unanswered). Each is
  // answered as any other refused request, then the connection is closed.
  const answerRaw = (socket: Duplex, status: number, reason: string, message: string) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const body = JSON.stringify({ ok: false, error: { code: 'VALIDATION', message } });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  };
  server.on('clientError', (_error, socket) => answerRaw(socket, 400, 'Bad Request', 'Malformed HTTP request.'));
  server.on('connect', (_req, socket) => answerRaw(socket, 405, 'Method Not Allowed', 'Method not allowed.'));
  server.on('upgrade', (_req, socket) => answerRaw(socket, 400, 'Bad Request', 'Upgrades are not served.'));

  /** A route that fails after its first await still answers, and never becomes an unhandled rejection. */
  function settle(req: IncomingMessage, res: ServerResponse, work: Promise<void>): void {
    work.catch((error: unknown) => {
      options.ctx.logger.error('host request failed', { error: error instanceof Error ? error.stack : String(error) });
      req.resume();
      sendError(res, 500, 'INTERNAL', 'An unexpected error occurred. Details are in the log.');
    });
  }

  function route(req: IncomingMessage, res: ServerResponse): void {
    // No Access-Control-* header is ever sent: another origin's page can neither read an answer nor
    // pass a preflight (OPTIONS is refused below), and the Host check stops DNS rebinding.
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (!allowedHosts().has(req.headers.host ?? '')) {
      req.resume();
      sendError(res, 421, 'FORBIDDEN', 'Misdirected request.');
      return;
    }
    const url = targetOf(req, port);
    if (!url) {
      req.resume();
      sendError(res, 400, 'VALIDATION', 'The request target is not valid.');
      return;
    }
    const unused = (status: number, code: ErrorCode, message: string) => {
      req.resume();
      sendError(res, status, code, message);
    };
    const notAllowed = () => unused(405, 'VALIDATION', 'Method not allowed.');
    if (url.pathname.startsWith('/ipc/')) {
      const channel = decoded(url.pathname.slice('/ipc/'.length));
      if (channel === null) unused(400, 'VALIDATION', 'The channel name is not valid.');
      else settle(req, res, handleIpc(req, res, channel));
    } else if (url.pathname === '/files/upload') {
      if (req.method !== 'PUT') notAllowed();
      else if (!fromThePage(req, req.headers['x-legat-key'])) refuse(res, req);
      else if (!signedIn(req.headers['x-legat-session'])) locked(res, req);
      else settle(req, res, handleUpload(options.ctx, req, res));
    } else if (url.pathname.startsWith('/files/attachment/') && req.method === 'GET') {
      const id = Number(url.pathname.slice('/files/attachment/'.length));
      // A download is a navigation, which carries no custom header: the key comes in the query, as for /events.
      if (!fromThePage(req, url.searchParams.get('key'))) refuse(res, req);
      else if (!signedIn(url.searchParams.get('session'))) locked(res, req);
      else if (!Number.isSafeInteger(id) || id <= 0) unused(404, 'NOT_FOUND', 'No such attachment.');
      else settle(req, res, handleDownload(options.ctx, res, id));
    } else if (url.pathname === '/files/bundle') {
      if (req.method !== 'PUT') notAllowed();
      else if (!fromThePage(req, req.headers['x-legat-key'])) refuse(res, req);
      else if (!signedIn(req.headers['x-legat-session'])) locked(res, req);
      else settle(req, res, handleBundleUpload(options.ctx, req, res));
    } else if (url.pathname.startsWith('/files/export/') && req.method === 'GET') {
      const name = decoded(url.pathname.slice('/files/export/'.length));
      if (!fromThePage(req, url.searchParams.get('key'))) refuse(res, req);
      else if (!signedIn(url.searchParams.get('session'))) locked(res, req);
      else if (name === null) unused(404, 'NOT_FOUND', 'No such export.');
      else settle(req, res, handleExportDownload(options.ctx, res, name));
    } else if (url.pathname === '/events' && req.method === 'GET') {
      if (!fromThePage(req, url.searchParams.get('key'))) refuse(res, req);
      else if (!signedIn(url.searchParams.get('session'))) locked(res, req);
      else handleEvents(res, url.searchParams.get('session') ?? '');
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      req.resume();
      const page = rendererFile(options.rendererDir, url.pathname, styleNonce);
      res.writeHead(page.status, page.headers).end(req.method === 'HEAD' ? undefined : page.body);
    } else {
      notAllowed();
    }
  }

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

  function locked(res: ServerResponse, unread: IncomingMessage): void {
    unread.resume();
    sendError(res, 401, 'LOCKED', 'Legat is locked. Sign in to continue.');
  }

  function refuse(res: ServerResponse, unread: IncomingMessage): void {
    unread.resume();
    sendError(res, 403, 'FORBIDDEN', 'Missing or wrong host key.');
  }

  async function handleIpc(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') {
      req.resume();
      sendError(res, 405, 'VALIDATION', 'Method not allowed.');
      return;
    }
    if (!fromThePage(req, req.headers['x-legat-key'])) {
      refuse(res, req);
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
    let body: string;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLargeError) sendError(res, 413, 'VALIDATION', error.message);
      else sendError(res, 400, 'VALIDATION', 'The request body was cut short.');
      return;
    }
    let input: unknown;
    try {
      input = body === '' ? {} : JSON.parse(body);
    } catch {
      // Not JSON, or nested past what the parser's stack holds.
      sendError(res, 400, 'VALIDATION', 'Request body is not valid JSON.');
      return;
    }
    const envelope = await options.dispatch(channel, input);
    sendEnvelope(res, 200, envelope);
  }

  /**
   * The event stream carries notification texts (case references, request titles): it is held to the
   * rules of /ipc (key, origin, sign-in token), and a stream ends as soon as its token stops being
   * the current one (lock, sign-out), so a tab left open hears nothing more.
   */
  function handleEvents(res: ServerResponse, token: string): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    for (const message of waiting.splice(0)) res.write(message);
    sse.set(res, token);
    res.on('close', () => sse.delete(res));
  }

  /**
   * A stream whose token is no longer current hears only that it was locked (the page then shows its
   * sign-in screen), and ends there.
   */
  function broadcast(message: string, event: string | null): void {
    for (const [client, token] of sse) {
      if (signedIn(token)) {
        client.write(message);
      } else {
        if (event === 'auth:changed') client.write(message);
        client.end();
      }
    }
  }

  // Reminders raised before any page is open (the sweep at start) wait for the first page to connect.
  const waiting: string[] = [];
  const unsubscribe = options.ctx.events.subscribe((event, payload) => {
    const message = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    if (sse.size === 0 && event === 'notify:show') {
      waiting.push(message);
      if (waiting.length > 100) waiting.shift();
    }
    broadcast(message, event);
  });
  const heartbeat = setInterval(() => broadcast(': ping\n\n', null), 25_000);
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
        for (const client of sse.keys()) client.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
