/**
 * The CSP allows inline <style> elements only with this launch's nonce, which the server (desktop
 * protocol handler or local host) wrote into index.html. Mantine takes it through getStyleNonce;
 * react-remove-scroll (Mantine's modals) reads the global `__webpack_nonce__` that bundlers define.
 */
export const styleNonce = document.querySelector<HTMLMetaElement>('meta[name="legat-style-nonce"]')?.content ?? '';

(globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = styleNonce;
