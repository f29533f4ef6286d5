import { createRequire } from 'node:module';
import { OpenAPIRegistry, OpenApiGeneratorV3 } from '@asteasolutions/zod-to-openapi';
import express, { Router } from 'express';

export function createOpenApiRegistry(): OpenAPIRegistry {
  return new OpenAPIRegistry();
}

const docsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>API — Qingdao–Shenzhen expert platform</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

// A separate script file keeps the page within the default Content-Security-Policy.
const initScript = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui' });`;

/** `/api/openapi.json` generated from the routes' zod schemas, and a browsable page at `/api/docs`. */
export function openApiRouter(registry: OpenAPIRegistry): Router {
  let document: object | undefined;
  const router = Router();
  router.get('/api/openapi.json', (_req, res) => {
    document ??= new OpenApiGeneratorV3(registry.definitions).generateDocument({
      openapi: '3.0.3',
      info: {
        title: 'Qingdao–Shenzhen industrial-internet expert platform',
        version: '1',
        description:
          'Errors: {"error": {"code", "message", "details"}}. State changes need the x-csrf-token header.',
      },
      servers: [{ url: '/' }],
    });
    res.json(document);
  });
  const swaggerDir = createRequire(import.meta.url)
    .resolve('swagger-ui-dist/package.json')
    .replace(/package\.json$/, '');
  router.use('/api/docs/assets', express.static(swaggerDir, { index: false }));
  router.get('/api/docs/init.js', (_req, res) => {
    res.type('application/javascript').send(initScript);
  });
  router.get('/api/docs', (_req, res) => {
    res.type('html').send(docsPage);
  });
  return router;
}
