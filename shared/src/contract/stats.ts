import type { z } from 'zod';
import {
  statsCrossCitySchema,
  statsFunnelSchema,
  statsOverviewSchema,
  statsFilterQuerySchema,
  statsPairsQuerySchema,
  statsPairsSchema,
  statsSkillsGapSchema,
  statsTrendQuerySchema,
  statsTrendSchema,
} from '../schemas/stats';
import { defineRoute } from './define';

const tags = ['Statistics'];

/** One figure: bureau and admin only. */
const figure = <R extends z.ZodType, Q extends z.ZodType | undefined = undefined>(
  name: string,
  summary: string,
  schemas: { query?: Q; response: R },
) =>
  defineRoute({
    method: 'get',
    path: `/stats/${name}`,
    summary,
    tags,
    access: 'signed-in',
    ...schemas,
    errors: [403],
  });

export const statsRoutes = {
  overview: figure(
    'overview',
    'Experts, organizations, needs, invitations, collaborations and agreements (bureau, admin)',
    { query: statsFilterQuerySchema, response: statsOverviewSchema },
  ),
  funnel: figure(
    'funnel',
    'Needs created in the range and how many were matched, invited, accepted, agreed, completed',
    { query: statsFilterQuerySchema, response: statsFunnelSchema },
  ),
  skillsGap: figure(
    'skills-gap',
    'Per skill: demand in open needs against verified experts who have it',
    { query: statsFilterQuerySchema, response: statsSkillsGapSchema },
  ),
  crossCity: figure(
    'cross-city',
    'Invitations and collaborations by the need’s city and the expert’s pool',
    { query: statsFilterQuerySchema, response: statsCrossCitySchema },
  ),
  crossCityPairs: figure(
    'cross-city/pairs',
    'The cross-city pairs (Qingdao enterprise and Shenzhen expert, or the reverse): organization, expert, need, status, when; paged, no contact data',
    { query: statsPairsQuerySchema, response: statsPairsSchema },
  ),
  trend: figure(
    'trend',
    'Needs, invitations, collaborations, completions and new experts per month or week',
    { query: statsTrendQuerySchema, response: statsTrendSchema },
  ),
  exportCsv: defineRoute({
    method: 'get',
    path: '/stats/export.csv',
    summary: 'All statistics as one CSV, a row per number (UTF-8 with BOM)',
    tags,
    access: 'signed-in',
    query: statsFilterQuerySchema,
    errors: [403],
  }),
};
