import { poolRuleRoutes } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import { presentExpert } from './experts.presenter';
import { authorizeOwnProfile, findOwnProfile } from './experts.service';
import { confirmOwnProfile, freshnessReport, remindInBulk, type ReminderDeps } from './freshness';

export function registerFreshnessRoutes(api: ApiRouter, deps: ReminderDeps): void {
  api.pipeline(poolRuleRoutes.confirm, {
    load: ({ actor }) => findOwnProfile(actor),
    authorize: ({ actor }, expert) => authorizeOwnProfile(actor, expert),
    // authorizeOwnProfile refused an account without a profile.
    command: (_ctx, expert) => confirmOwnProfile(expert!),
    present: (_ctx, expert) => ({
      expert: presentExpert(expert, { contact: true, history: true, account: false }),
    }),
  });

  api.pipeline(poolRuleRoutes.freshness, {
    authorize: ({ actor }) => authorize(actor, 'pools:configure', undefined),
    command: () => freshnessReport(),
    present: (_ctx, report) => report,
  });

  api.pipeline(poolRuleRoutes.remind, {
    authorize: ({ actor }) => authorize(actor, 'pools:configure', undefined),
    command: ({ actor, body }) => remindInBulk(actor, body, deps),
    present: (_ctx, result) => result,
  });
}
