import { poolRuleRoutes } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import { poolRules, updatePoolRules } from './pool-rules.service';

export function registerPoolRuleRoutes(api: ApiRouter): void {
  api.handle(poolRuleRoutes.rules, ({ actor }) => {
    authorize(actor, 'pools:configure', undefined);
    return poolRules();
  });

  api.handle(poolRuleRoutes.updateRules, ({ actor, body }) => {
    authorize(actor, 'pools:configure', undefined);
    return updatePoolRules(actor, body);
  });
}
