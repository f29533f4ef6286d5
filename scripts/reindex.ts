/**
 * npm run reindex: rebuilds the search indexes (experts, then needs) from MongoDB, the source of
 * truth, with progress, and the skill vocabulary learned from the same records (running servers
 * pick the stored vocabulary up within seconds). With MEILI_URL this rebuilds the Meilisearch
 * indexes; the embedded engine is rebuilt at every start. Then the statistics' days, the
 * counters the bureau's figures sum.
 */
import { SingleBar, Presets } from 'cli-progress';
import mongoose from 'mongoose';
import { loadConfig } from '../server/src/config/env';
import { createLogger } from '../server/src/lib/logger';
import { createSearchEngine } from '../server/src/lib/search';
import { ExpertIndexer } from '../server/src/modules/experts';
import { NeedIndexer } from '../server/src/modules/needs';
import { rebuildStatsDays } from '../server/src/modules/stats';
import { rebuildVocabulary } from '../server/src/modules/vocabulary';
import { connectDatabase } from '../server/src/server';

const config = loadConfig();
const mongo = await connectDatabase(config, (msg) => console.error(msg));
const engine = createSearchEngine({
  meiliUrl: config.meiliUrl,
  meiliKey: config.meiliMasterKey,
  meiliIndexPrefix: config.meiliIndexPrefix,
});
const logger = createLogger('silent');

/** Rebuilds one index behind a progress bar and says what it holds afterwards. */
async function reindex(indexer: ExpertIndexer | NeedIndexer) {
  const { index } = indexer;
  const bar = new SingleBar(
    { format: `reindex [{bar}] {percentage}% | {value}/{total} ${index}`, stream: process.stderr },
    Presets.shades_classic,
  );
  bar.start(1, 0);
  const count = await indexer
    .rebuild((done, total) => {
      bar.setTotal(Math.max(total, done, 1));
      bar.update(done);
    })
    .finally(() => bar.stop());
  const held = await engine.count(index);
  console.log(`reindexed ${count} ${index} into the ${engine.name} engine (${held} documents)`);
}

try {
  await engine.init();
  await reindex(new ExpertIndexer(engine, logger));
  await reindex(new NeedIndexer(engine, logger));
  const { stats } = await rebuildVocabulary();
  console.log(
    `learned the skill vocabulary: ${stats.terms} terms from ${stats.documents} records in ${stats.buildMs} ms`,
  );
  const started = performance.now();
  await rebuildStatsDays();
  console.log(`rebuilt the statistics' days in ${Math.round(performance.now() - started)} ms`);
} catch (err) {
  console.error(`reindex failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await engine.close();
  await mongoose.disconnect();
  await mongo.stop();
}
