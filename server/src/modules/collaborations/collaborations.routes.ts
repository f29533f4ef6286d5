import { collaborationRoutes } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import {
  authorizeCollaboration,
  cancelCollaboration,
  listCollaborations,
  loadCollaboration,
  presentOne,
  rateCollaboration,
  signAgreement,
} from './collaborations.service';
import { registerOutcomeRoutes } from './outcomes.routes';

const load = ({ params }: { params: { id: string } }) => loadCollaboration(params.id);

export function registerCollaborationRoutes(api: ApiRouter): void {
  // A list is a query: what each actor may see is their scope, not an authorization.
  api.handle(collaborationRoutes.list, ({ actor, query }) => listCollaborations(actor, query));

  api.pipeline(collaborationRoutes.get, {
    load,
    authorize: ({ actor }, collaboration) =>
      authorizeCollaboration(actor, 'collaborations:read', collaboration),
    present: async (_ctx, collaboration) => ({ collaboration: await presentOne(collaboration) }),
  });

  api.pipeline(collaborationRoutes.signAgreement, {
    load,
    authorize: ({ actor }, collaboration) =>
      authorizeCollaboration(actor, 'collaborations:move', collaboration),
    command: ({ actor, body }, collaboration) => signAgreement(actor, collaboration, body),
    present: async (_ctx, collaboration) => ({ collaboration: await presentOne(collaboration) }),
  });

  registerOutcomeRoutes(api);

  api.pipeline(collaborationRoutes.cancel, {
    load,
    authorize: ({ actor }, collaboration) =>
      authorizeCollaboration(actor, 'collaborations:move', collaboration),
    command: ({ actor, body }, collaboration) =>
      cancelCollaboration(actor, collaboration, body.reason),
    present: async (_ctx, collaboration) => ({ collaboration: await presentOne(collaboration) }),
  });

  api.pipeline(collaborationRoutes.rate, {
    load,
    authorize: ({ actor }, collaboration) =>
      authorizeCollaboration(actor, 'collaborations:rate', collaboration),
    command: ({ actor, body }, collaboration) => rateCollaboration(actor, collaboration, body),
    present: async (_ctx, collaboration) => ({ collaboration: await presentOne(collaboration) }),
  });
}
