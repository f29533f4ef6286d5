import { PDFParse } from 'pdf-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionDto } from '@qs/shared';
import { enterprise, expert, openNeed } from '@test/support/invitations';
import type { TestClient } from '@test/support/platform';
import { platformWithEnterprise } from '@test/support/arranged';

const setup = platformWithEnterprise();

/** A need of the owner and a recorded draw of 2 seats and 1 reserve among 4 experts. */
async function recordedDraw() {
  const names = ['孙浩然', '周雨桐', '吴思远', '郑晓明'];
  for (const name of names)
    await expert(setup.platform.url, setup.bureau, {
      name,
      title: '高级工程师',
      skills: ['opc-ua'],
    });
  await setup.platform.search.indexer.drain();
  const needId = await openNeed(setup.owner.client, {
    title: '注塑车间设备联网改造',
    requiredSkills: ['opc-ua'],
  });
  const res = await setup.owner.client.post(`/needs/${needId}/extraction`, {
    count: 2,
    reserves: 1,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { needId, draw: res.body as ExtractionDto };
}

function download(client: TestClient, path: string, lang = 'zh-CN') {
  return client
    .get(path)
    .set('Accept-Language', lang)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

async function textOf(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe('the record of a draw as a PDF', () => {
  let needId: string;
  let draw: ExtractionDto;
  beforeAll(async () => {
    ({ needId, draw } = await recordedDraw());
  });

  it('when the need’s owner downloads it, then it is a PDF in Chinese naming the need, the seed, the operator and the drawn and reserve experts', async () => {
    const res = await download(
      setup.owner.client,
      `/needs/${needId}/extraction/${draw.id}/record.pdf`,
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('attachment');
    const text = await textOf(res.body as Buffer);
    expect(text).toContain('专家随机抽取记录');
    expect(text).toContain('注塑车间设备联网改造');
    expect(text).toContain(String(draw.seed));
    for (const e of [...draw.experts, ...draw.reserveExperts]) expect(text).toContain(e.name);
    expect(draw.experts).toHaveLength(2);
    expect(draw.reserveExperts).toHaveLength(1);
    expect(text).toContain('备选');
    expect(text).toContain('高级工程师');
    expect(text).toContain('青岛专家库');
  });

  it('when the bureau asks in English, then the record is in English', async () => {
    const res = await download(
      setup.bureau,
      `/needs/${needId}/extraction/${draw.id}/record.pdf`,
      'en',
    );
    expect(res.status).toBe(200);
    const text = await textOf(res.body as Buffer);
    expect(text).toContain('Record of a random draw of experts');
    expect(text).toContain(String(draw.seed));
    for (const e of draw.experts) expect(text).toContain(e.name);
  });

  it('when another organization or a drawn expert asks for it, then it is refused and no PDF leaves', async () => {
    const other = await enterprise(setup.platform.url);
    const drawn = await expert(setup.platform.url, setup.bureau, { skills: ['opc-ua'] });
    for (const client of [other.client, drawn.client]) {
      const res = await download(client, `/needs/${needId}/extraction/${draw.id}/record.pdf`);
      expect([403, 404]).toContain(res.status);
      expect(res.headers['content-type']).not.toBe('application/pdf');
    }
  });

  it('when the draw is not one of this need, then it is not found', async () => {
    const otherNeed = await openNeed(setup.owner.client, { requiredSkills: ['opc-ua'] });
    const res = await download(
      setup.owner.client,
      `/needs/${otherNeed}/extraction/${draw.id}/record.pdf`,
    );
    expect(res.status).toBe(404);
  });
});
