import { randomUUID } from 'node:crypto';
import type { UserDto } from '@qs/shared';
import { createUser } from '../../server/src/modules/auth';
import { TestClient } from './platform';

export const PASSWORD = 'correct-horse-battery';

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.com`;
}

export function enterpriseRegistration(overrides: Record<string, unknown> = {}) {
  return {
    role: 'enterprise',
    email: uniqueEmail('enterprise'),
    password: PASSWORD,
    name: '王经理',
    organization: {
      name: `青岛海纳重工-${randomUUID().slice(0, 6)}`,
      type: 'enterprise',
      city: '青岛',
    },
    ...overrides,
  };
}

export function expertRegistration(overrides: Record<string, unknown> = {}) {
  return {
    role: 'expert',
    email: uniqueEmail('expert'),
    password: PASSWORD,
    name: '李工',
    ...overrides,
  };
}

/** Registers through the API; the returned client is signed in. */
export async function registeredClient(
  baseUrl: string,
  body: Record<string, unknown>,
): Promise<{ client: TestClient; user: UserDto }> {
  const client = new TestClient(baseUrl);
  const res = await client.agent.post('/api/v1/auth/register').send(body);
  if (res.status !== 201)
    throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { client, user: (res.body as { user: UserDto }).user };
}

/** Staff accounts cannot register themselves: they are created directly, then sign in. */
export async function staffClient(
  baseUrl: string,
  role: 'bureau' | 'admin',
): Promise<{ client: TestClient; user: UserDto }> {
  const email = uniqueEmail(role);
  await createUser({
    email,
    password: PASSWORD,
    name: role === 'admin' ? '管理员' : '人社局审核员',
    role,
  });
  const client = new TestClient(baseUrl);
  const res = await client.agent.post('/api/v1/auth/login').send({ email, password: PASSWORD });
  if (res.status !== 200)
    throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { client, user: (res.body as { user: UserDto }).user };
}

export function expertProfile(overrides: Record<string, unknown> = {}) {
  return {
    name: '张伟',
    title: '高级工程师',
    organization: '青岛智造研究院',
    city: '青岛',
    pool: 'qingdao',
    skills: ['edge-computing', 'tsn'],
    sectors: ['home-appliances'],
    bio: '长期从事边缘计算与时间敏感网络研究。',
    yearsOfExperience: 12,
    availability: 'available',
    contact: { phone: '13800000000', email: uniqueEmail('contact') },
    collaborationModes: ['remote', 'onsite'],
    ...overrides,
  };
}

/** An expert who registered and submitted a profile, still waiting for verification. */
export async function submittedExpert(baseUrl: string, profile: Record<string, unknown> = {}) {
  const { client, user } = await registeredClient(baseUrl, expertRegistration());
  const res = await client.put('/experts/me', expertProfile(profile));
  if (res.status !== 200)
    throw new Error(`profile failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { client, user, expert: res.body.expert as { id: string; contact: { email: string } } };
}

/** An expert verified by the bureau through the API. */
export async function verifiedExpert(
  baseUrl: string,
  bureau: TestClient,
  profile: Record<string, unknown> = {},
) {
  const submitted = await submittedExpert(baseUrl, profile);
  const res = await bureau.post(`/experts/${submitted.expert.id}/verification`, {
    decision: 'verified',
    note: 'ok',
  });
  if (res.status !== 200)
    throw new Error(`verify failed: ${res.status} ${JSON.stringify(res.body)}`);
  return submitted;
}

/** A profile the bureau imported (verified, no account), found again by a city of its own. */
export async function importedExpert(bureau: TestClient, name = '陈静') {
  const email = uniqueEmail('imported');
  const city = `导入市${randomUUID().slice(0, 6)}`;
  const csv = `name,organization,city,pool,skills,email\r\n${name},青岛智造研究院,${city},qingdao,edge-computing,${email}\r\n`;
  const token = await bureau.csrfToken();
  const res = await bureau.agent
    .post('/api/v1/admin/import/experts?verified=true')
    .set('x-csrf-token', token)
    .attach('file', Buffer.from(csv), 'experts.csv');
  if (res.status !== 200 || res.body.created !== 1)
    throw new Error(`import failed: ${res.status} ${JSON.stringify(res.body)}`);
  const found = await bureau.get('/experts').query({ city }).expect(200);
  const [expert] = found.body.items as Array<{ id: string }>;
  if (!expert) throw new Error('the imported expert was not found');
  return { id: expert.id, email, name };
}

export function needInput(overrides: Record<string, unknown> = {}) {
  return {
    title: '家电工厂设备联网与边缘计算改造',
    description: '我司需要为注塑车间部署边缘计算网关，实现设备数据采集与预测性维护。',
    kind: 'diagnosis',
    sector: 'home-appliances',
    requiredSkills: ['edge-computing', 'iiot-sensing'],
    city: '青岛',
    ...overrides,
  };
}
