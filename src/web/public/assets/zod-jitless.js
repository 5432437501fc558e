// zod builds object parsers with `new Function` when it may, and probes for that when a schema is made:
// under the app's Content-Security-Policy (no 'unsafe-eval') the probe is a reported violation. zod reads
// this setting at load time, before any module of the app could call z.config, so it is set here, in a
// classic script that runs before the module scripts (a file, since the policy allows no inline script).
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
