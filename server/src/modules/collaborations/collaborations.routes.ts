import { z } from 'zod';
import {
  agreementInputSchema,
  cancelCollaborationSchema,
  collaborationListSchema,
  collaborationResponseSchema,
  idSchema,
  listCollaborationsQuerySchema,
  ratingInputSchema,
} from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import {
  cancelCollaboration,
  completeCollaboration,
  getCollaboration,
  listCollaborations,
  rateCollaboration,
  signAgreement,
} from './collaborations.service';

const tags = ['Collaborations'];
const idParams = z.strictObject({ id: idSchema });
const moveErrors = [403, 404, 409];

export function registerCollaborationRoutes(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/collaborations',
      summary: 'Collaborations of the caller’s side (organization or expert); bureau: all',
      tags,
      access: 'signed-in',
      query: listCollaborationsQuerySchema,
      response: collaborationListSchema,
    },
    ({ actor, query }) => listCollaborations(actor, query),
  );

  api.route(
    {
      method: 'get',
      path: '/collaborations/:id',
      summary: 'One collaboration (its two sides, bureau)',
      tags,
      access: 'signed-in',
      params: idParams,
      response: collaborationResponseSchema,
      errors: [404],
    },
    async ({ actor, params }) => ({ collaboration: await getCollaboration(actor, params.id) }),
  );

  api.route(
    {
      method: 'post',
      path: '/collaborations/:id/agreement',
      summary: 'Record the signed agreement: active → agreed (either side)',
      tags,
      access: 'signed-in',
      params: idParams,
      body: agreementInputSchema,
      example: { signedAt: '2026-03-01T09:00:00.000Z', documentRef: 'QD-2026-017' },
      response: collaborationResponseSchema,
      errors: moveErrors,
    },
    async ({ actor, params, body }) => ({
      collaboration: await signAgreement(actor, params.id, body),
    }),
  );

  api.route(
    {
      method: 'post',
      path: '/collaborations/:id/complete',
      summary: 'Complete: agreed → completed (either side)',
      tags,
      access: 'signed-in',
      params: idParams,
      response: collaborationResponseSchema,
      errors: moveErrors,
    },
    async ({ actor, params }) => ({
      collaboration: await completeCollaboration(actor, params.id),
    }),
  );

  api.route(
    {
      method: 'post',
      path: '/collaborations/:id/cancel',
      summary: 'Cancel: active or agreed → cancelled (either side)',
      tags,
      access: 'signed-in',
      params: idParams,
      body: cancelCollaborationSchema,
      example: { reason: '项目延期' },
      response: collaborationResponseSchema,
      errors: moveErrors,
    },
    async ({ actor, params, body }) => ({
      collaboration: await cancelCollaboration(actor, params.id, body.reason),
    }),
  );

  api.route(
    {
      method: 'post',
      path: '/collaborations/:id/rating',
      summary: 'Rate the other side once, after completion',
      tags,
      access: 'signed-in',
      params: idParams,
      body: ratingInputSchema,
      example: { score: 5, comment: '诊断报告很专业' },
      response: collaborationResponseSchema,
      errors: moveErrors,
    },
    async ({ actor, params, body }) => ({
      collaboration: await rateCollaboration(actor, params.id, body),
    }),
  );
}
