import { z } from 'zod';
import {
  appealAnswerSchema,
  appealInputSchema,
  createCreditEventSchema,
  createSuspensionSchema,
  creditEventDtoSchema,
  creditRecordSchema,
  liftSuspensionSchema,
  suspensionDtoSchema,
} from '../schemas/credit';
import { idParams } from './common';
import { defineRoute } from './define';

const tags = ['Credit'];

const recordResponse = z.object({ record: creditRecordSchema });
const suspensionResponse = z.object({ suspension: suspensionDtoSchema });
const eventResponse = z.object({ event: creditEventDtoSchema });

const eventExample = { kind: 'no_show', note: '约定的现场诊断未到场，也未提前告知' } as const;
const suspensionExample = { until: '2026-12-31', reason: '一年内两次接受邀请后退出' };

export const creditRoutes = {
  mine: defineRoute({
    method: 'get',
    path: '/credit/me',
    summary:
      'The caller’s own credit record: the expert’s, or the organization’s for its members (with suspensions and appeals)',
    tags,
    access: 'signed-in',
    response: z.object({ record: creditRecordSchema.optional() }),
  }),
  suspensions: defineRoute({
    method: 'get',
    path: '/credit/suspensions',
    summary: 'Suspensions in force (the blacklist), newest first; bureau and admin',
    tags,
    access: 'signed-in',
    response: z.object({ items: z.array(suspensionDtoSchema) }),
    errors: [403],
  }),
  expert: defineRoute({
    method: 'get',
    path: '/experts/:id/credit',
    summary: 'An expert’s credit record; bureau, admin and the expert',
    tags,
    access: 'signed-in',
    params: idParams,
    response: recordResponse,
    errors: [404],
  }),
  organization: defineRoute({
    method: 'get',
    path: '/organizations/:id/credit',
    summary: 'An organization’s credit record; bureau, admin and its members',
    tags,
    access: 'signed-in',
    params: idParams,
    response: recordResponse,
    errors: [404],
  }),
  recordExpertEvent: defineRoute({
    method: 'post',
    path: '/experts/:id/credit/events',
    summary: 'Records a credit event on an expert (audited); bureau and admin',
    tags,
    access: 'signed-in',
    params: idParams,
    body: createCreditEventSchema,
    example: eventExample,
    status: 201,
    response: eventResponse,
    errors: [400, 403, 404],
  }),
  recordOrganizationEvent: defineRoute({
    method: 'post',
    path: '/organizations/:id/credit/events',
    summary: 'Records a credit event on an organization (audited); bureau and admin',
    tags,
    access: 'signed-in',
    params: idParams,
    body: createCreditEventSchema,
    example: eventExample,
    status: 201,
    response: eventResponse,
    errors: [400, 403, 404],
  }),
  suspendExpert: defineRoute({
    method: 'post',
    path: '/experts/:id/suspensions',
    summary:
      'Suspends an expert until a date with a reason: out of matching, draws and invitations (audited, notified)',
    tags,
    access: 'signed-in',
    params: idParams,
    body: createSuspensionSchema,
    example: suspensionExample,
    status: 201,
    response: suspensionResponse,
    errors: [400, 403, 404, 409],
  }),
  suspendOrganization: defineRoute({
    method: 'post',
    path: '/organizations/:id/suspensions',
    summary:
      'Suspends an organization until a date with a reason: it can neither post needs nor invite (audited, notified)',
    tags,
    access: 'signed-in',
    params: idParams,
    body: createSuspensionSchema,
    example: suspensionExample,
    status: 201,
    response: suspensionResponse,
    errors: [400, 403, 404, 409],
  }),
  lift: defineRoute({
    method: 'post',
    path: '/suspensions/:id/lift',
    summary: 'Lifts a suspension early, with a reason (audited, notified); bureau and admin',
    tags,
    access: 'signed-in',
    params: idParams,
    body: liftSuspensionSchema,
    example: { reason: '企业已整改并提交说明' },
    response: suspensionResponse,
    errors: [400, 403, 404, 409],
  }),
  appeal: defineRoute({
    method: 'post',
    path: '/suspensions/:id/appeals',
    summary:
      'The suspended expert or a member of the suspended organization appeals (one open appeal at a time; the bureau is notified)',
    tags,
    access: 'signed-in',
    params: idParams,
    body: appealInputSchema,
    example: { text: '当天因突发疾病未能到场，已提供医院证明。' },
    status: 201,
    response: suspensionResponse,
    errors: [400, 404, 409],
  }),
  answer: defineRoute({
    method: 'post',
    path: '/suspensions/:id/answer',
    summary:
      'The bureau answers the open appeal: upheld lifts the suspension, rejected keeps it (audited, notified)',
    tags,
    access: 'signed-in',
    params: idParams,
    body: appealAnswerSchema,
    example: { outcome: 'rejected', note: '证明材料不足' },
    response: suspensionResponse,
    errors: [400, 403, 404, 409],
  }),
};
