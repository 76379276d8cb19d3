import { z } from 'zod';

// zod probes for eval (`Function('')`) to compile faster parsers; the CSP forbids eval, and the
// refused probe is reported as a violation. Interpreted parsing is fast enough for forms.
z.config({ jitless: true });
