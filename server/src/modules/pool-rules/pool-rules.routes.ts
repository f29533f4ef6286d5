import { poolRuleRoutes } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import { poolRules, updatePoolRules } from './pool-rules.service';

export function registerPoolRuleRoutes(api: ApiRouter): void {
  api.pipeline(poolRuleRoutes.rules, {
    authorize: ({ actor }) => authorize(actor, 'pools:configure', undefined),
    command: () => poolRules(),
    present: (_ctx, rules) => rules,
  });

  api.pipeline(poolRuleRoutes.updateRules, {
    authorize: ({ actor }) => authorize(actor, 'pools:configure', undefined),
    command: ({ actor, body }) => updatePoolRules(actor, body),
    present: (_ctx, rules) => rules,
  });
}
