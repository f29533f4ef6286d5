import { collaborationRoutes } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import {
  cancelCollaboration,
  completeCollaboration,
  getCollaboration,
  listCollaborations,
  rateCollaboration,
  signAgreement,
} from './collaborations.service';

export function registerCollaborationRoutes(api: ApiRouter): void {
  api.handle(collaborationRoutes.list, ({ actor, query }) => listCollaborations(actor, query));

  api.handle(collaborationRoutes.get, async ({ actor, params }) => ({
    collaboration: await getCollaboration(actor, params.id),
  }));

  api.handle(collaborationRoutes.signAgreement, async ({ actor, params, body }) => ({
    collaboration: await signAgreement(actor, params.id, body),
  }));

  api.handle(collaborationRoutes.complete, async ({ actor, params }) => ({
    collaboration: await completeCollaboration(actor, params.id),
  }));

  api.handle(collaborationRoutes.cancel, async ({ actor, params, body }) => ({
    collaboration: await cancelCollaboration(actor, params.id, body.reason),
  }));

  api.handle(collaborationRoutes.rate, async ({ actor, params, body }) => ({
    collaboration: await rateCollaboration(actor, params.id, body),
  }));
}
