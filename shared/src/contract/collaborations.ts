import {
  agreementInputSchema,
  cancelCollaborationSchema,
  collaborationListSchema,
  collaborationResponseSchema,
  listCollaborationsQuerySchema,
  ratingInputSchema,
} from '../schemas/collaborations';
import { completeCollaborationSchema } from '../schemas/outcomes';
import { idParams } from './common';
import { defineRoute } from './define';

const tags = ['Collaborations'];

const moveErrors = [403, 404, 409];

export const collaborationRoutes = {
  list: defineRoute({
    method: 'get',
    path: '/collaborations',
    summary: 'Collaborations of the caller’s side (organization or expert); bureau: all',
    tags,
    access: 'signed-in',
    query: listCollaborationsQuerySchema,
    response: collaborationListSchema,
  }),
  get: defineRoute({
    method: 'get',
    path: '/collaborations/:id',
    summary: 'One collaboration (its two sides, bureau)',
    tags,
    access: 'signed-in',
    params: idParams,
    response: collaborationResponseSchema,
    errors: [404],
  }),
  signAgreement: defineRoute({
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
  }),
  complete: defineRoute({
    method: 'post',
    path: '/collaborations/:id/complete',
    summary:
      'Complete: agreed → completed (either side), recording the outcome; as multipart/form-data the same fields and one `file` (PDF, Office or image by its content, ≤ 20 MB)',
    tags,
    access: 'signed-in',
    params: idParams,
    body: completeCollaborationSchema,
    example: {
      kind: 'diagnosis_report',
      summary: '完成注塑车间数字化诊断，提交诊断报告',
      hoursSpent: 24,
    },
    bodyDoc: {
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: {
              kind: { type: 'string' },
              summary: { type: 'string' },
              hoursSpent: { type: 'number' },
              file: { type: 'string', format: 'binary' },
            },
          },
        },
      },
    },
    response: collaborationResponseSchema,
    errors: [...moveErrors, 413],
  }),
  cancel: defineRoute({
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
  }),
  rate: defineRoute({
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
  }),
};
