import { z } from 'zod';
import { inferredSkillSchema } from '../schemas/matching';
import { defineRoute } from './define';

const entry = z.object({
  id: z.string(),
  zh: z.string(),
  en: z.string(),
  aliases: z.array(z.string()),
});

export const taxonomyResponseSchema = z.object({
  skills: z.array(entry.extend({ category: z.string() })),
  sectors: z.array(entry),
  categories: z.record(z.string(), z.object({ zh: z.string(), en: z.string() })),
});

export const taxonomyRoutes = {
  get: defineRoute({
    method: 'get',
    path: '/taxonomy',
    summary: 'Skills and sectors with Chinese and English names and aliases',
    tags: ['Reference data'],
    access: 'public',
    response: taxonomyResponseSchema,
  }),
  suggest: defineRoute({
    method: 'get',
    path: '/taxonomy/suggest',
    summary:
      'Skills and sectors named in a text, by their terms or aliases, and skills its words and meaning point to (live suggestions while typing a need); 600 requests per user a minute, then 429',
    tags: ['Reference data'],
    access: 'signed-in',
    membership: 'optional',
    query: z.strictObject({ text: z.string().max(4000) }),
    errors: [429],
    response: z.object({
      skills: z.array(z.string()),
      sectors: z.array(z.string()),
      /** skills the text does not name but its words point to, with those words */
      inferred: z.array(inferredSkillSchema),
    }),
  }),
};
