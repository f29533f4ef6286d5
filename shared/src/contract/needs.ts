import { z } from 'zod';
import { pageSchema } from '../schemas/common';
import {
  catalogueQuerySchema,
  createNeedSchema,
  listNeedsQuerySchema,
  needDtoSchema,
  updateNeedSchema,
} from '../schemas/needs';
import { closeNeedSchema } from '../schemas/closing';
import { idParams } from './common';
import { defineRoute } from './define';

const tags = ['Needs'];

export const needResponseSchema = z.object({ need: needDtoSchema });

export const createdNeedSchema = z.object({
  need: needDtoSchema,
  suggestedSkills: z.array(z.string()),
});

export const needRoutes = {
  create: defineRoute({
    method: 'post',
    path: '/needs',
    summary: 'Post a need (enterprise); skills are suggested from the text when none are required',
    tags,
    access: 'signed-in',
    body: createNeedSchema,
    example: {
      title: '注塑车间设备联网',
      description: '为注塑车间部署边缘计算网关，采集设备数据。',
      kind: 'diagnosis',
      sector: 'home-appliances',
      requiredSkills: ['edge-computing'],
      city: '青岛',
    },
    status: 201,
    response: createdNeedSchema,
    errors: [403],
  }),
  list: defineRoute({
    method: 'get',
    path: '/needs',
    summary:
      'Enterprises: their own and open needs; experts: needs they are invited to; bureau: all',
    tags,
    access: 'signed-in',
    query: listNeedsQuerySchema,
    response: pageSchema(needDtoSchema),
  }),
  catalogue: defineRoute({
    method: 'get',
    path: '/needs/catalogue',
    summary:
      'The scenario catalogue: published application scenarios of every status (or `status`), searchable',
    tags,
    access: 'signed-in',
    query: catalogueQuerySchema,
    response: pageSchema(needDtoSchema),
  }),
  get: defineRoute({
    method: 'get',
    path: '/needs/:id',
    summary: 'One need',
    tags,
    access: 'signed-in',
    params: idParams,
    response: needResponseSchema,
    errors: [404],
  }),
  update: defineRoute({
    method: 'patch',
    path: '/needs/:id',
    summary: 'Edit an open need (owner)',
    tags,
    access: 'signed-in',
    params: idParams,
    body: updateNeedSchema,
    example: { title: '注塑车间设备联网与预测性维护' },
    response: needResponseSchema,
    errors: [403, 404, 409],
  }),
  close: defineRoute({
    method: 'post',
    path: '/needs/:id/close',
    summary:
      'Close a need (owner), with an optional message for the invited experts who have no collaboration on it',
    tags,
    access: 'signed-in',
    params: idParams,
    body: closeNeedSchema,
    example: { message: '感谢各位专家关注，本需求已由其他方案解决。' },
    response: needResponseSchema,
    errors: [403, 404, 409],
  }),
};
