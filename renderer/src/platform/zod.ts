// Every `import … from 'zod'` in the renderer's build resolves here (renderer/vite.config.ts), so the
// setting below runs before any schema does, in whichever chunk zod first arrives. zod probes for eval
// (`Function('')`) to compile faster parsers; the CSP forbids eval, and the refused probe is reported as
// a violation. Interpreted parsing is fast enough for forms.
import * as z from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default };
