import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enterpriseRegistration,
  expertRegistration,
  needInput,
  registeredClient,
  staffClient,
} from '@test/support/factories';
import { startTestPlatform, type TestClient, type TestPlatform } from '@test/support/platform';

let platform: TestPlatform;
let owner: TestClient;
let other: TestClient;
let expert: TestClient;
let bureau: TestClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  owner = (await registeredClient(platform.url, enterpriseRegistration())).client;
  other = (await registeredClient(platform.url, enterpriseRegistration())).client;
  expert = (await registeredClient(platform.url, expertRegistration())).client;
  bureau = (await staffClient(platform.url, 'bureau')).client;
});
afterAll(async () => {
  await platform?.close();
});

async function postNeed(body: Record<string, unknown> = {}) {
  const res = await owner.post('/needs', needInput(body));
  expect(res.status).toBe(201);
  return res.body.need as {
    id: string;
    status: string;
    suggestedSkills: string[];
    requiredSkills: string[];
  };
}

describe('posting needs', () => {
  it('when an enterprise posts a need, then it is open and belongs to its organization', async () => {
    const res = await owner.post('/needs', needInput());
    expect(res.status).toBe(201);
    expect(res.body.need).toMatchObject({
      status: 'open',
      kind: 'diagnosis',
      requiredSkills: ['edge-computing', 'iiot-sensing'],
    });
    expect(res.body.need.organizationName).toBeTruthy();
  });

  it('when no skills are given, then they are suggested from the text, aliases included', async () => {
    const res = await owner.post(
      '/needs',
      needInput({
        requiredSkills: undefined,
        title: '产线需要确定性网络与MES升级',
        description: '希望引入TSN改造车间网络，并升级制造执行系统，打通设备数据采集。',
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.suggestedSkills).toEqual(
      expect.arrayContaining(['tsn', 'mes', 'iiot-sensing']),
    );
    expect(res.body.need.suggestedSkills).toEqual(res.body.suggestedSkills);
  });

  it('when the body is invalid, then it answers 400 naming each field', async () => {
    const res = await owner.post(
      '/needs',
      needInput({ kind: 'party', sector: 'space', budget: { min: 10, max: 1 }, extra: 1 }),
    );
    expect(res.status).toBe(400);
    const paths = (res.body.error.details as Array<{ path: string }>).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['kind', 'sector', 'budget.max', 'extra']));
  });

  it('when text holds control characters, then it answers 400 naming the field; line breaks in a description are kept', async () => {
    const bad = await owner.post(
      '/needs',
      needInput({ title: '设备\u0006联网', description: '现状\u0000说明' }),
    );
    expect(bad.status).toBe(400);
    const paths = (bad.body.error.details as Array<{ path: string }>).map((d) => d.path);
    expect(paths.sort()).toEqual(['description', 'title']);

    const multiLine = '【现状】设备数据分散。\r\n【目标】\t统一采集。';
    const good = await owner.post('/needs', needInput({ description: multiLine }));
    expect(good.status).toBe(201);
    expect(good.body.need.description).toBe(multiLine);
    const newline = await owner.post('/needs', needInput({ title: '第一行\n第二行' }));
    expect(newline.status).toBe(400);
  });

  it('when an expert or the bureau posts a need, then it answers 403', async () => {
    expect((await expert.post('/needs', needInput())).status).toBe(403);
    expect((await bureau.post('/needs', needInput())).status).toBe(403);
  });
});

describe('reading and listing needs', () => {
  it('when listing, then enterprises see their own and open needs; mine=true only their own; experts none uninvited', async () => {
    const mine = await postNeed();
    const theirs = (await other.post('/needs', needInput({ title: '他人的需求' }))).body.need as {
      id: string;
    };
    const listed = await owner.get('/needs?limit=100').expect(200);
    const ids = listed.body.items.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    const own = await owner.get('/needs?mine=true&limit=100').expect(200);
    expect(own.body.items.map((n: { id: string }) => n.id)).not.toContain(theirs.id);
    const forExpert = await expert.get('/needs').expect(200);
    expect(forExpert.body.total).toBe(0);
    await expert.get(`/needs/${mine.id}`).expect(404);
    await bureau.get(`/needs/${mine.id}`).expect(200);
  });

  it('when another enterprise’s need is closed, then it is no longer visible to others', async () => {
    const need = (await other.post('/needs', needInput())).body.need as { id: string };
    expect((await other.post(`/needs/${need.id}/close`)).status).toBe(200);
    await owner.get(`/needs/${need.id}`).expect(404);
    await other.get(`/needs/${need.id}`).expect(200);
  });

  it('when browsing the scenario catalogue, then open scenario needs are found by text and skill', async () => {
    const need = await postNeed({
      kind: 'scenario',
      title: '港口无人集卡调度场景',
      requiredSkills: ['digital-twin'],
    });
    const res = await expert
      .get(`/needs/catalogue?q=${encodeURIComponent('无人集卡')}&skill=digital-twin`)
      .expect(200);
    expect(res.body.items.map((n: { id: string }) => n.id)).toContain(need.id);
  });

  it('when a scenario is closed, then the catalogue still lists it, and a status asks for some only', async () => {
    const need = await postNeed({ kind: 'scenario', title: '已结束征集的注塑场景' });
    await owner.post(`/needs/${need.id}/close`);
    const q = encodeURIComponent('已结束征集的注塑场景');
    const all = await expert.get(`/needs/catalogue?q=${q}`).expect(200);
    expect(all.body.items.map((n: { id: string }) => n.id)).toContain(need.id);
    const open = await expert.get(`/needs/catalogue?q=${q}&status=open`).expect(200);
    expect(open.body.items.map((n: { id: string }) => n.id)).not.toContain(need.id);
  });

  it('when the id is malformed or unknown, then 400 and 404', async () => {
    await owner.get('/needs/123').expect(400);
    await owner.get(`/needs/${new Types.ObjectId().toString()}`).expect(404);
  });
});

describe('need lifecycle', () => {
  it('when the owner edits an open need, then the changes are saved; unset fields with null', async () => {
    const need = await postNeed({ budget: { min: 1, max: 5 } });
    const res = await owner.patch(`/needs/${need.id}`, { title: '新标题', budget: null });
    expect(res.status).toBe(200);
    expect(res.body.need.title).toBe('新标题');
    expect(res.body.need).not.toHaveProperty('budget');
  });

  it('when another enterprise edits or closes the need, then it answers 403 and nothing changes', async () => {
    const need = await postNeed();
    expect((await other.patch(`/needs/${need.id}`, { title: 'hijack' })).status).toBe(403);
    expect((await other.post(`/needs/${need.id}/close`)).status).toBe(403);
    const res = await owner.get(`/needs/${need.id}`).expect(200);
    expect(res.body.need).toMatchObject({ status: 'open', title: needInput().title });
  });

  it('when the need is closed, then editing and closing again answer 409', async () => {
    const need = await postNeed();
    expect((await owner.post(`/needs/${need.id}/close`)).body.need.status).toBe('closed');
    expect((await owner.patch(`/needs/${need.id}`, { title: 'late' })).status).toBe(409);
    expect((await owner.post(`/needs/${need.id}/close`)).status).toBe(409);
  });

  it('when the patch is empty, then it answers 400', async () => {
    const need = await postNeed();
    expect((await owner.patch(`/needs/${need.id}`, {})).status).toBe(400);
  });
});

describe('live skill suggestions', () => {
  it('when a need text is typed, then the skills and sectors it names come back as taxonomy ids', async () => {
    const text = encodeURIComponent('轮胎工厂想做机器视觉质检和预测性维护');
    const res = await owner.get(`/taxonomy/suggest?text=${text}`).expect(200);
    expect(res.body.skills).toEqual(
      expect.arrayContaining(['machine-vision', 'predictive-maintenance']),
    );
    expect(res.body.sectors).toContain('rubber-tires');
  });

  it('when a text names injection molding or plastics, then the plastics sector comes back', async () => {
    for (const text of ['注塑车间想做设备联网', '塑料制品厂的质量追溯', '塑胶件的工艺优化']) {
      const res = await owner.get(`/taxonomy/suggest?text=${encodeURIComponent(text)}`).expect(200);
      expect(res.body.sectors, text).toContain('plastics-molding');
    }
    const molding = encodeURIComponent('优化注塑工艺，做模具管理');
    const res = await owner.get(`/taxonomy/suggest?text=${molding}`).expect(200);
    expect(res.body.skills).toContain('injection-molding');
  });
});
