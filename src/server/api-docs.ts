import { swaggerUI } from '@hono/swagger-ui';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context.ts';

const DOCS_PAGE = '/docs';
const DOCS_SCRIPT = '/docs/init.js';
/** The pages that get the Swagger UI's own Content-Security-Policy (security-headers.ts). */
export const API_DOCS_PATHS: ReadonlySet<string> = new Set([DOCS_PAGE, DOCS_SCRIPT]);

// Swagger UI's start-up, served as a file so the docs page runs no inline script.
const INIT_SCRIPT = `window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', persistAuthorization: true });
});
`;

/** The Swagger UI page for /openapi.json: the CDN bundle @hono/swagger-ui names, our start-up script. */
export function mountApiDocs(app: OpenAPIHono<AppEnv>) {
  app.get(
    DOCS_PAGE,
    swaggerUI({
      url: '/openapi.json',
      title: 'Tend API',
      manuallySwaggerUIHtml: (asset) =>
        [
          '<div id="swagger-ui"></div>',
          ...asset.css.map((href) => `<link rel="stylesheet" href="${href}" />`),
          ...asset.js.map((src) => `<script src="${src}" crossorigin="anonymous"></script>`),
          `<script src="${DOCS_SCRIPT}"></script>`,
        ].join('\n'),
    }),
  );
  app.get(DOCS_SCRIPT, (c) => c.body(INIT_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
}
