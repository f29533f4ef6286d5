import { taxonomy, taxonomyRoutes } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import { analyze } from '../../lib/search';

export function registerTaxonomyRoutes(api: ApiRouter): void {
  api.handle(taxonomyRoutes.get, ({ res }) => {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    return taxonomy;
  });

  api.handle(taxonomyRoutes.suggest, ({ query }) => {
    const { skillIds, sectorIds } = analyze(query.text);
    return { skills: skillIds, sectors: sectorIds };
  });
}
