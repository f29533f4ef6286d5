import type { z } from 'zod';
import {
  statsCrossCitySchema,
  statsFunnelSchema,
  statsOverviewSchema,
  statsRangeQuerySchema,
  statsSkillsGapSchema,
  statsTrendQuerySchema,
  statsTrendSchema,
} from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import { cached } from './stats.cache';
import { statsCsv } from './stats.export';
import { crossCity, funnel, overview, skillsGap, trend } from './stats.service';

const tags = ['Statistics'];

export function registerStatsRoutes(api: ApiRouter): void {
  /** One figure: bureau and admin only, computed once per query while fresh. */
  const figure = <Q extends z.ZodType | undefined>(
    name: string,
    summary: string,
    schemas: { query?: Q; response: z.ZodType },
    compute: (query: Q extends z.ZodType ? z.output<Q> : undefined) => Promise<unknown>,
  ) =>
    api.route(
      {
        method: 'get',
        path: `/stats/${name}`,
        summary,
        tags,
        access: 'signed-in',
        ...schemas,
        errors: [403],
      },
      ({ actor, query }) => {
        authorize(actor, 'stats:read', undefined);
        return cached(`${name}:${JSON.stringify(query ?? {})}`, () =>
          compute(query as Q extends z.ZodType ? z.output<Q> : undefined),
        );
      },
    );

  figure(
    'overview',
    'Experts, organizations, needs, invitations, collaborations and agreements (bureau, admin)',
    { response: statsOverviewSchema },
    overview,
  );
  figure(
    'funnel',
    'Needs created in the range and how many were matched, invited, accepted, agreed, completed',
    { query: statsRangeQuerySchema, response: statsFunnelSchema },
    funnel,
  );
  figure(
    'skills-gap',
    'Per skill: demand in open needs against verified experts who have it',
    { response: statsSkillsGapSchema },
    skillsGap,
  );
  figure(
    'cross-city',
    'Invitations and collaborations by the need’s city and the expert’s pool',
    { response: statsCrossCitySchema },
    crossCity,
  );
  figure(
    'trend',
    'Needs, invitations, collaborations, completions and new experts per month or week',
    { query: statsTrendQuerySchema, response: statsTrendSchema },
    (query) => trend(query),
  );

  api.route(
    {
      method: 'get',
      path: '/stats/export.csv',
      summary: 'All statistics as one CSV, a row per number (UTF-8 with BOM)',
      tags,
      access: 'signed-in',
      errors: [403],
    },
    async ({ actor, res }) => {
      authorize(actor, 'stats:read', undefined);
      const csv = await statsCsv();
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="stats.csv"');
      res.send(csv);
    },
  );
}
