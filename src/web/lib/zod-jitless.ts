import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may, and probes for that by trying it: under the
// app's Content-Security-Policy (no 'unsafe-eval') the probe is a reported violation. Parse without it.
z.config({ jitless: true });
