import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import mongoose, { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { platformWithEnterprise } from '@test/support/arranged';
import { acceptedInvitation, expert } from '@test/support/invitations';
import { until } from '@test/support/wait';

const HOUR_MS = 60 * 60_000;
/** Many job intervals: long enough for a sweep to have run if it were going to. */
const SETTLE_MS = 600;

let clock = Date.now();
const setup = platformWithEnterprise({
  start: [{}, { now: () => new Date(clock), jobIntervalMs: 50 }],
});

const PDF = Buffer.from('%PDF-1.4\ntrailer <</Root 1 0 R>>\n%%EOF\n');

/** A collaboration of the owner with a new expert, its agreement signed. */
async function agreedCollaboration() {
  const invited = await expert(setup.platform.url, setup.bureau);
  const { collaborationId: id } = await acceptedInvitation(setup.owner.client, invited);
  await setup.owner.client.post(`/collaborations/${id}/agreement`, {}).then((res) => {
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
  return { invited, id };
}

function bucket() {
  const db = mongoose.connection.db;
  if (!db) throw new Error('the database is not connected');
  return new mongoose.mongo.GridFSBucket(db, { bucketName: 'outcomeFiles' });
}

/** What a crash between storing a file and recording the outcome leaves: a file nobody records. */
async function leftByACrash(collaborationId: string) {
  const upload = bucket().openUploadStream('lost.pdf', {
    metadata: {
      collaborationId: new Types.ObjectId(collaborationId),
      contentType: 'application/pdf',
    },
  });
  await pipeline(Readable.from([PDF]), upload);
  return upload.id;
}

async function exists(id: Types.ObjectId) {
  return (await bucket().find({ _id: id }).toArray()).length === 1;
}

describe('outcome files a crash left behind', () => {
  it('when a stored file is not the outcome of its collaboration after an hour, then it is deleted and recorded files stay downloadable', async () => {
    const completed = await agreedCollaboration();
    const token = await completed.invited.client.csrfToken();
    const res = await completed.invited.client.agent
      .post(`/api/v1/collaborations/${completed.id}/complete`)
      .set('x-csrf-token', token)
      .field('kind', 'diagnosis_report')
      .field('summary', '完成注塑车间数字化诊断')
      .field('hoursSpent', '8')
      .attach('file', PDF, { filename: '报告.pdf', contentType: 'application/pdf' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const pending = await agreedCollaboration();
    const lostBeforeRecord = await leftByACrash(pending.id);
    const lostBesideRecord = await leftByACrash(completed.id);

    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect(await exists(lostBeforeRecord), 'a young file may still be on its way').toBe(true);
    expect(await exists(lostBesideRecord)).toBe(true);

    clock += 2 * HOUR_MS;
    const swept = await until(
      async () => !(await exists(lostBeforeRecord)) && !(await exists(lostBesideRecord)),
      10_000,
    );
    expect(swept, 'both files left by a crash are deleted').toBe(true);
    const download = await completed.invited.client.agent
      .get(`/api/v1/collaborations/${completed.id}/outcome/file`)
      .buffer(true)
      .parse((stream, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);

    const marked = await mongoose.connection
      .collection('outcomeFiles.files')
      .countDocuments({ 'metadata.recorded': true });
    expect(marked, 'the recorded file is looked at once').toBe(1);
  });
});
