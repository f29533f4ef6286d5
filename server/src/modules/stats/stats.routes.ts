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
  api.route(
    {
      method: 'get',
      path: '/stats/overview',
      summary:
        'Experts, organizations, needs, invitations, collaborations and agreements (bureau, admin)',
      tags,
      access: 'signed-in',
      response: statsOverviewSchema,
      errors: [403],
    },
    ({ actor }) => {
      authorize(actor, 'stats:read', undefined);
      return cached('overview', overview);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/stats/funnel',
      summary:
        'Needs created in the range and how many were matched, invited, accepted, agreed, completed',
      tags,
      access: 'signed-in',
      query: statsRangeQuerySchema,
      response: statsFunnelSchema,
      errors: [403],
    },
    ({ actor, query }) => {
      authorize(actor, 'stats:read', undefined);
      return cached(`funnel:${JSON.stringify(query)}`, () => funnel(query));
    },
  );

  api.route(
    {
      method: 'get',
      path: '/stats/skills-gap',
      summary: 'Per skill: demand in open needs against verified experts who have it',
      tags,
      access: 'signed-in',
      response: statsSkillsGapSchema,
      errors: [403],
    },
    ({ actor }) => {
      authorize(actor, 'stats:read', undefined);
      return cached('skills-gap', skillsGap);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/stats/cross-city',
      summary: 'Invitations and collaborations by the need’s city and the expert’s pool',
      tags,
      access: 'signed-in',
      response: statsCrossCitySchema,
      errors: [403],
    },
    ({ actor }) => {
      authorize(actor, 'stats:read', undefined);
      return cached('cross-city', crossCity);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/stats/trend',
      summary: 'Needs, invitations, collaborations, completions and new experts per month or week',
      tags,
      access: 'signed-in',
      query: statsTrendQuerySchema,
      response: statsTrendSchema,
      errors: [403],
    },
    ({ actor, query }) => {
      authorize(actor, 'stats:read', undefined);
      return cached(`trend:${JSON.stringify(query)}`, () => trend(query));
    },
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
