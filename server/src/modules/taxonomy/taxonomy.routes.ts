import { z } from 'zod';
import { taxonomy } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';

const entry = z.object({
  id: z.string(),
  zh: z.string(),
  en: z.string(),
  aliases: z.array(z.string()),
});
const taxonomyResponse = z.object({
  skills: z.array(entry.extend({ category: z.string() })),
  sectors: z.array(entry),
  categories: z.record(z.string(), z.object({ zh: z.string(), en: z.string() })),
});

export function registerTaxonomyRoutes(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/taxonomy',
      summary: 'Skills and sectors with Chinese and English names and aliases',
      tags: ['Reference data'],
      access: 'public',
      response: taxonomyResponse,
    },
    ({ res }) => {
      res.setHeader('Cache-Control', 'public, max-age=3600');
      return taxonomy;
    },
  );
}
