import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enterpriseRegistration,
  expertProfile,
  registeredClient,
  staffClient,
  submittedExpert,
  verifiedExpert,
} from '@test/support/factories';
import type { TestClient } from '@test/support/platform';
import { startTestPlatform, type TestPlatform } from '@test/support/platform';
import { AuditModel } from '../../lib/audit';

let platform: TestPlatform;
let bureau: TestClient;
let bureauUser: { id: string; name: string };

beforeAll(async () => {
  platform = await startTestPlatform();
  const staff = await staffClient(platform.url, 'bureau');
  bureau = staff.client;
  bureauUser = staff.user;
});
afterAll(async () => {
  await platform?.close();
});

describe('GET /experts/:id/review', () => {
  it('when a verified expert changes skills and organization, then the review lists those fields against the verified version, and who decided what', async () => {
    const { client, expert } = await verifiedExpert(platform.url, bureau);
    const changed = expertProfile({
      organization: '深圳新单位',
      skills: ['edge-computing', '5g-private-network'],
      contact: expert.contact,
    });
    expect((await client.put('/experts/me', changed)).body.expert.verification.status).toBe(
      'pending',
    );

    const res = await bureau.get(`/experts/${expert.id}/review`).expect(200);

    expect(res.body.changes).toEqual([
      { field: 'organization', before: '青岛智造研究院', after: '深圳新单位' },
      {
        field: 'skills',
        before: ['edge-computing', 'tsn'],
        after: ['edge-computing', '5g-private-network'],
      },
    ]);
    expect(res.body.lastVerifiedAt).toEqual(expect.any(String));
    expect(res.body.history.map((event: { decision: string }) => event.decision)).toEqual([
      'submitted',
      'verified',
      'submitted',
    ]);
    expect(res.body.history[1]).toMatchObject({
      decision: 'verified',
      note: 'ok',
      by: { id: bureauUser.id, name: bureauUser.name },
    });
  });

  it('when a profile was never verified, then every filled field shows as new', async () => {
    const { expert } = await submittedExpert(platform.url);

    const res = await bureau.get(`/experts/${expert.id}/review`).expect(200);

    expect(res.body.lastVerifiedAt).toBeUndefined();
    expect(res.body.changes).toContainEqual({ field: 'name', after: '张伟' });
    expect(res.body.changes.every((change: object) => !('before' in change))).toBe(true);
  });

  it('when an enterprise asks, then it is refused', async () => {
    const { expert } = await submittedExpert(platform.url);
    const { client } = await registeredClient(platform.url, enterpriseRegistration());
    expect((await client.get(`/experts/${expert.id}/review`)).status).toBe(403);
  });
});

describe('POST /experts/verifications', () => {
  it('when the bureau approves several experts at once, then each answers its own result, the good ones are verified and audited, and one that cannot be holds back no other', async () => {
    const [first, second] = [
      await submittedExpert(platform.url),
      await submittedExpert(platform.url),
    ];
    const done = await verifiedExpert(platform.url, bureau);
    const ids = [first.expert.id, done.expert.id, second.expert.id];

    const res = await bureau.post('/experts/verifications', {
      expertIds: ids,
      decision: 'verified',
      note: '批量通过',
    });

    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.results).toEqual([
      { expertId: first.expert.id, ok: true, status: 'verified' },
      {
        expertId: done.expert.id,
        ok: false,
        error: { code: 'conflict', message: '该专家已通过认证' },
      },
      { expertId: second.expert.id, ok: true, status: 'verified' },
    ]);
    for (const id of [first.expert.id, second.expert.id]) {
      const review = await bureau.get(`/experts/${id}/review`).expect(200);
      expect(review.body.expert.verification.status).toBe('verified');
      expect(review.body.changes).toEqual([]);
      expect(await AuditModel.countDocuments({ action: 'expert.verified', targetId: id })).toBe(1);
    }
  });

  it('when the list is empty or holds a malformed id, then it answers 400 naming the field, in Chinese by default and in English on request', async () => {
    const empty = await bureau.post('/experts/verifications', {
      expertIds: [],
      decision: 'verified',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toEqual([
      expect.objectContaining({
        path: 'expertIds',
        code: 'too_small',
        params: expect.objectContaining({ minimum: 1 }),
      }),
    ]);
    expect(empty.body.error.details[0].message).toMatch(/[\u4e00-\u9fff]/);

    const token = await bureau.csrfToken();
    const english = await bureau.agent
      .post('/api/v1/experts/verifications')
      .set('x-csrf-token', token)
      .set('accept-language', 'en')
      .send({ expertIds: ['nope'], decision: 'verified' });
    expect(english.status).toBe(400);
    expect(english.body.error).toMatchObject({
      code: 'validation_failed',
      message: 'Invalid request: expertIds.0',
      details: [{ path: 'expertIds.0', code: 'invalid_id', message: 'must be a valid id' }],
    });
    const chinese = await bureau.post('/experts/verifications', {
      expertIds: ['nope'],
      decision: 'verified',
    });
    expect(chinese.body.error).toMatchObject({
      message: '请求无效：expertIds.0',
      details: [{ path: 'expertIds.0', code: 'invalid_id', message: '必须是有效的 ID' }],
    });
  });

  it('when an expert asks, then it is refused', async () => {
    const { client, expert } = await submittedExpert(platform.url);
    const res = await client.post('/experts/verifications', {
      expertIds: [expert.id],
      decision: 'verified',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('您无权执行此操作');
  });
});
