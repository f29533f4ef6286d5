import { z } from 'zod';
import { inferredSkillSchema, taxonomy } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import { analyze } from '../../lib/search';
import { currentVocabulary } from '../../lib/vocabulary';

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

  api.route(
    {
      method: 'get',
      path: '/taxonomy/suggest',
      summary:
        'Skills and sectors named in a text, by their terms or aliases, and skills its words point to (live suggestions while typing a need)',
      tags: ['Reference data'],
      access: 'signed-in',
      membership: 'optional',
      query: z.strictObject({ text: z.string().max(4000) }),
      response: z.object({
        skills: z.array(z.string()),
        sectors: z.array(z.string()),
        inferred: z.array(inferredSkillSchema),
      }),
    },
    ({ query }) => {
      const { skillIds, sectorIds } = analyze(query.text);
      const inferred = currentVocabulary()
        .infer(query.text)
        .filter((skill) => !skillIds.includes(skill.skill));
      return { skills: skillIds, sectors: sectorIds, inferred };
    },
  );
}
