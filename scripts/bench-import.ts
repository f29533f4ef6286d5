/**
 * `npm run bench:import`: imports a synthetic 10,000-row CSV into a fresh MongoDB (the same
 * provisioning as the tests: mongod when present, else mongo-java-server), then the same file
 * again (nothing changes) and a copy with every tenth row edited. Ends with one JSON line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { taxonomy, type ImportSummary } from '@qs/shared';
import { provisionMongo } from '../server/src/lib/db';
import { importExperts } from '../server/src/modules/experts';

const ROWS = 10_000;
const CITIES: Array<[string, string]> = [
  ['青岛', '青岛'],
  ['深圳', '深圳'],
  ['济南', '其他'],
];

function csvOf(rows: number, edited: (i: number) => boolean): Buffer {
  const lines = ['姓名,职称,单位,城市,专家库,技能,行业,从业年限,邮箱,电话,简介,状态'];
  for (let i = 0; i < rows; i++) {
    const [city, pool] = CITIES[i % CITIES.length] ?? ['青岛', '青岛'];
    const skills = [0, 7, 13].map((k) => taxonomy.skills[(i + k) % taxonomy.skills.length]?.zh);
    const sector = taxonomy.sectors[i % taxonomy.sectors.length]?.zh;
    const title = edited(i) ? '正高级工程师' : '高级工程师';
    const phone = `139${String(i).padStart(8, '0')}`;
    lines.push(
      `专家${i},${title},企业${i % 300},${city},${pool},"${skills.join('；')}",${sector},${i % 40},` +
        `bench-${i}@example.com,${phone},"长期从事工业互联网相关工作，编号${i}。",可约`,
    );
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
}

async function timed(label: string, file: Buffer): Promise<ImportSummary & { ms: number }> {
  const started = performance.now();
  const summary = await importExperts(file, {
    fileName: `${label}.csv`,
    lang: 'en',
    verified: true,
  });
  const ms = Math.round(performance.now() - started);
  const { created, updated, unchanged, rejected } = summary;
  console.log(
    `${label.padEnd(10)} ${ms} ms  created ${created}, updated ${updated}, unchanged ${unchanged}, rejected ${rejected.length}`,
  );
  return { ...summary, ms };
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-import-'));
  const mongo = await provisionMongo({ dataDir, persistent: false });
  console.log(`MongoDB: ${mongo.source}`);
  try {
    await mongoose.connect(mongo.uri, { dbName: 'bench_import' });
    await Promise.all(Object.values(mongoose.models).map((model) => model.init()));
    const file = csvOf(ROWS, () => false);
    const first = await timed('create', file);
    const again = await timed('unchanged', file);
    const edits = await timed(
      'edit 10%',
      csvOf(ROWS, (i) => i % 10 === 0),
    );
    const runs = [first, again, edits].map(({ ms, created, updated, unchanged }) => ({
      ms,
      created,
      updated,
      unchanged,
    }));
    console.log(
      JSON.stringify({
        bench: 'import',
        rows: ROWS,
        mongo: mongo.source,
        node: process.version,
        runs,
      }),
    );
  } finally {
    await mongoose.disconnect();
    await mongo.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
