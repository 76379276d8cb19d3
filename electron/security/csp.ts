/**
 * The renderer's Content Security Policy, in one place for the desktop protocol handler, the local
 * host and the meta tag in renderer/index.html. No 'unsafe-inline' and no 'unsafe-eval': Mantine's
 * <style> elements carry a per-launch nonce (MantineProvider getStyleNonce), React sets style
 * attributes through the CSSOM, which CSP does not govern. connect-src is the app itself.
 */
export const NONCE_PLACEHOLDER = 'LEGAT_NONCE_PLACEHOLDER';

export function contentSecurityPolicy(styleNonce: string, options: { header: boolean }): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${styleNonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
  ];
  // frame-ancestors is ignored (and warned about) in a meta tag: header only.
  if (options.header) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** The policy in renderer/index.html before a server puts a fresh nonce in (the e2e spec compares). */
export const META_POLICY = contentSecurityPolicy(NONCE_PLACEHOLDER, { header: false });

/** Puts this launch's nonce into the built index.html (meta CSP and the meta the renderer reads). */
export function withStyleNonce(html: string, nonce: string): string {
  if (!/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(nonce)) throw new Error('a nonce must be at least 16 base64 characters');
  return html.replaceAll(NONCE_PLACEHOLDER, nonce);
}
