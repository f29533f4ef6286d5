import { taxonomy, taxonomyRoutes } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import { analyze } from '../../lib/search';
import { inferSkills } from '../../lib/vocabulary';

export function registerTaxonomyRoutes(api: ApiRouter): void {
  api.handle(taxonomyRoutes.get, ({ res }) => {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    return taxonomy;
  });

  api.handle(taxonomyRoutes.suggest, async ({ query }) => {
    const { skillIds, sectorIds } = analyze(query.text);
    const inferred = (await inferSkills(query.text)).filter(
      (skill) => !skillIds.includes(skill.skill),
    );
    return { skills: skillIds, sectors: sectorIds, inferred };
  });
}
