import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { taxonomy, taxonomyRoutes } from '@qs/shared';
import { RateLimitedError } from '../../lib/errors';
import type { ApiRouter } from '../../lib/http/api-router';
import { analyze } from '../../lib/search';
import { spend } from '../../lib/rate-limit';
import { inferSkills } from '../../lib/vocabulary';

export function registerTaxonomyRoutes(
  api: ApiRouter,
  deps: { limiter: RateLimiterAbstract },
): void {
  api.handle(taxonomyRoutes.get, ({ res }) => {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    return taxonomy;
  });

  api.handle(taxonomyRoutes.suggest, async ({ actor, query }) => {
    const wait = await spend(deps.limiter, actor.id);
    if (wait > 0) throw new RateLimitedError(wait);
    const { skillIds, sectorIds } = analyze(query.text);
    const inferred = (await inferSkills(query.text)).filter(
      (skill) => !skillIds.includes(skill.skill),
    );
    return { skills: skillIds, sectors: sectorIds, inferred };
  });
}
