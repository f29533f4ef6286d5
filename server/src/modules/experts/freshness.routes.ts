import { poolRuleRoutes } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import { confirmOwnProfile, freshnessReport, remindInBulk, type ReminderDeps } from './freshness';

export function registerFreshnessRoutes(api: ApiRouter, deps: ReminderDeps): void {
  api.handle(poolRuleRoutes.confirm, async ({ actor }) => ({
    expert: await confirmOwnProfile(actor),
  }));

  api.handle(poolRuleRoutes.freshness, ({ actor }) => {
    authorize(actor, 'pools:configure', undefined);
    return freshnessReport();
  });

  api.handle(poolRuleRoutes.remind, ({ actor, body }) => {
    authorize(actor, 'pools:configure', undefined);
    return remindInBulk(actor, body, deps);
  });
}
