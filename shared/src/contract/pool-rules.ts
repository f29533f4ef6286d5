import { z } from 'zod';
import { expertDtoSchema } from '../schemas/experts';
import {
  freshnessRemindersInputSchema,
  freshnessReportSchema,
  poolRulesSchema,
  statsFairnessSchema,
  updatePoolRulesSchema,
} from '../schemas/pool-rules';
import { statsFilterQuerySchema } from '../schemas/stats';
import { defineRoute } from './define';

const tags = ['Pool rules'];

/** Load caps, rotation, yearly confirmation and fairness figures (issue 13 §1–3, 6). */
export const poolRuleRoutes = {
  rules: defineRoute({
    method: 'get',
    path: '/settings/pool',
    summary: 'The load caps and the rotation period (bureau, admin)',
    tags,
    access: 'signed-in',
    response: poolRulesSchema,
    errors: [403],
  }),
  updateRules: defineRoute({
    method: 'patch',
    path: '/settings/pool',
    summary: 'Change the load caps or the rotation period, with a reason (bureau, admin; audited)',
    tags,
    access: 'signed-in',
    body: updatePoolRulesSchema,
    example: { maxActiveCollaborations: 3, maxEngagementsPerYear: 10, reason: '按年度评审上限' },
    response: poolRulesSchema,
    errors: [403],
  }),
  confirm: defineRoute({
    method: 'post',
    path: '/experts/me/confirm',
    summary: 'The expert confirms the profile is current (yearly); a frozen profile is unfrozen',
    tags,
    access: 'signed-in',
    response: z.object({ expert: expertDtoSchema }),
    errors: [403, 404],
  }),
  freshness: defineRoute({
    method: 'get',
    path: '/freshness',
    summary:
      'Verified profiles by pool: confirmed this year, due for confirmation, frozen (bureau)',
    tags,
    access: 'signed-in',
    response: freshnessReportSchema,
    errors: [403],
  }),
  remind: defineRoute({
    method: 'post',
    path: '/freshness/reminders',
    summary: 'Ask every due or frozen expert (with an account) to confirm the profile (bureau)',
    tags,
    access: 'signed-in',
    body: freshnessRemindersInputSchema,
    example: { pools: ['qingdao'], freshness: ['due', 'frozen'] },
    response: z.object({ reminded: z.number().int() }),
    errors: [403],
  }),
  fairness: defineRoute({
    method: 'get',
    path: '/stats/fairness',
    summary:
      'Concentration of engagements (top-10% share, Gini, Lorenz curve), by pool and title (bureau, admin)',
    tags: ['Statistics'],
    access: 'signed-in',
    query: statsFilterQuerySchema,
    response: statsFairnessSchema,
    errors: [403],
  }),
};
