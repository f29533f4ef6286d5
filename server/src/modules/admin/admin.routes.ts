import { Types } from 'mongoose';
import { adminRoutes } from '@qs/shared';
import { auditOf } from '../../lib/audit';
import { authorize } from '../../lib/authorize';
import { domainEvents } from '../../lib/events';
import type { ApiRouter } from '../../lib/http/api-router';
import {
  administerUser,
  createUser,
  findUserById,
  listUsers,
  presentOneUser,
  presentUserHistory,
  presentUsers,
  RESET_LINK_HOURS,
  startPasswordReset,
} from '../auth';
import { NotFoundError } from '../../lib/errors';
import type { Mailer } from '../mail';

export interface AdminRoutesDeps {
  mail: Mailer;
  now: () => Date;
  /** Ends the account's sessions; their sockets close with them. */
  endSessionsOf(userId: string): Promise<string[]>;
  /** where the web app is reached, for links in mail; else the request's own origin */
  publicOrigin: string | undefined;
}

export function registerAdminRoutes(api: ApiRouter, deps: AdminRoutesDeps): void {
  const endSessions = async (userId: string) => {
    for (const sessionId of await deps.endSessionsOf(userId)) {
      domainEvents.emit('session.ended', { sessionId });
    }
  };

  api.pipeline(adminRoutes.createUser, {
    authorize: ({ actor }) => authorize(actor, 'users:create', undefined),
    command: ({ body }) => createUser(body),
    present: async (_ctx, user) => ({ user: await presentOneUser(user) }),
  });

  api.pipeline(adminRoutes.listUsers, {
    authorize: ({ actor }) => authorize(actor, 'users:list', undefined),
    command: ({ query }) => listUsers(query),
    present: async ({ query }, { items, total }) => ({
      items: await presentUsers(items),
      total,
      page: query.page,
      limit: query.limit,
    }),
  });

  api.pipeline(adminRoutes.updateUser, {
    authorize: ({ actor }) => authorize(actor, 'users:administer', undefined),
    command: ({ actor, params, body }) => administerUser(actor, params.id, body),
    present: async (_ctx, { user, changed }) => {
      if (changed) await endSessions(user._id.toString());
      return { user: await presentOneUser(user) };
    },
  });

  api.pipeline(adminRoutes.resetPassword, {
    authorize: ({ actor }) => authorize(actor, 'users:administer', undefined),
    command: ({ actor, params, body }) =>
      startPasswordReset(actor, params.id, body.reason, deps.now()),
    present: async ({ req }, { user, token }) => {
      await endSessions(user._id.toString());
      const origin = deps.publicOrigin ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
      await deps.mail.send({
        to: user.email,
        // No language is kept per account: the platform's own.
        language: 'zh',
        template: 'password-reset',
        data: {
          name: user.name,
          link: `${origin}/reset-password?token=${token}`,
          hours: RESET_LINK_HOURS,
        },
      });
      return { sent: true as const };
    },
  });

  api.pipeline(adminRoutes.userHistory, {
    // Staff-only: nothing is looked up before the caller is known to be an admin.
    authorize: ({ actor }) => authorize(actor, 'users:administer', undefined),
    command: async ({ params }) => {
      const user = Types.ObjectId.isValid(params.id) ? await findUserById(params.id) : undefined;
      if (!user) throw new NotFoundError();
      return auditOf('user', user._id);
    },
    present: async (_ctx, records) => ({ items: await presentUserHistory(records) }),
  });
}
