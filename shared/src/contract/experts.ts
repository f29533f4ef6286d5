import { z } from 'zod';
import {
  expertDtoSchema,
  expertListSchema,
  expertProfileInputSchema,
  listExpertsQuerySchema,
  poolSchema,
  poolSettingSchema,
  updatePoolSettingSchema,
  verificationDecisionSchema,
} from '../schemas/experts';
import { idParams } from './common';
import { defineRoute } from './define';

const tags = ['Experts'];

export const expertResponseSchema = z.object({ expert: expertDtoSchema });

export const expertRoutes = {
  list: defineRoute({
    method: 'get',
    path: '/experts',
    summary:
      'Search experts with filters and facets (enterprises see verified experts of pools open to them)',
    tags,
    access: 'signed-in',
    query: listExpertsQuerySchema,
    response: expertListSchema,
  }),
  me: defineRoute({
    method: 'get',
    path: '/experts/me',
    summary: 'The expert’s own profile',
    tags,
    access: 'signed-in',
    response: expertResponseSchema,
    errors: [403, 404],
  }),
  updateMe: defineRoute({
    method: 'put',
    path: '/experts/me',
    summary:
      'Save the expert’s own profile; skills or organization changes go back to verification',
    tags,
    access: 'signed-in',
    body: expertProfileInputSchema,
    example: {
      name: '张伟',
      title: '高级工程师',
      organization: '青岛智造研究院',
      city: '青岛',
      pool: 'qingdao',
      skills: ['edge-computing'],
      sectors: ['home-appliances'],
      bio: '长期从事边缘计算研究。',
      yearsOfExperience: 12,
      availability: 'available',
      contact: { phone: '13800000000', email: 'zhang@example.cn' },
      collaborationModes: ['remote'],
    },
    response: expertResponseSchema,
    errors: [403, 404],
  }),
  get: defineRoute({
    method: 'get',
    path: '/experts/:id',
    summary:
      'One expert; contact only for the expert, the bureau and enterprises with an accepted invitation',
    tags,
    access: 'signed-in',
    params: idParams,
    response: expertResponseSchema,
    errors: [404],
  }),
  decideVerification: defineRoute({
    method: 'post',
    path: '/experts/:id/verification',
    summary: 'Verify or reject an expert profile (bureau)',
    tags,
    access: 'signed-in',
    params: idParams,
    body: verificationDecisionSchema,
    example: { decision: 'verified', note: '材料齐全' },
    response: expertResponseSchema,
    errors: [403, 404, 409],
  }),
  pools: defineRoute({
    method: 'get',
    path: '/pools',
    summary: 'Expert pools and whether each is open to other cities',
    tags,
    access: 'signed-in',
    response: z.object({ items: z.array(poolSettingSchema) }),
  }),
  updatePool: defineRoute({
    method: 'patch',
    path: '/pools/:pool',
    summary: 'Open or close a pool to enterprises of other cities (bureau, admin)',
    tags,
    access: 'signed-in',
    params: z.strictObject({ pool: poolSchema }),
    body: updatePoolSettingSchema,
    example: { openToOtherCities: true },
    response: poolSettingSchema,
    errors: [403],
  }),
};
