/**
 * npm run reindex: rebuilds the search index from MongoDB (the source of truth), with progress.
 * With MEILI_URL this rebuilds the Meilisearch index; the embedded engine is rebuilt at every start.
 */
import { SingleBar, Presets } from 'cli-progress';
import mongoose from 'mongoose';
import { loadConfig } from '../server/src/config/env';
import { createLogger } from '../server/src/lib/logger';
import { createSearchEngine } from '../server/src/lib/search';
import { ExpertIndexer } from '../server/src/modules/experts';
import { connectDatabase } from '../server/src/server';

const config = loadConfig();
const mongo = await connectDatabase(config, (msg) => console.error(msg));
const engine = createSearchEngine({
  meiliUrl: config.meiliUrl,
  meiliKey: config.meiliMasterKey,
  dataDir: config.dataDir,
});
const bar = new SingleBar(
  { format: 'reindex [{bar}] {percentage}% | {value}/{total} experts', stream: process.stderr },
  Presets.shades_classic,
);
try {
  await engine.init();
  bar.start(1, 0);
  const count = await new ExpertIndexer(engine, createLogger('silent')).rebuild((done, total) => {
    bar.setTotal(Math.max(total, done, 1));
    bar.update(done);
  });
  bar.stop();
  console.log(
    `reindexed ${count} experts into the ${engine.name} engine (${await engine.count()} documents)`,
  );
} catch (err) {
  bar.stop();
  console.error(`reindex failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await engine.close();
  await mongoose.disconnect();
  await mongo.stop();
}
