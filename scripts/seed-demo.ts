/**
 * npm run seed:demo
 * Loads the demo dataset (the alliance's founding figures, shared/seed-facts.md) into the
 * configured database and prints the demo accounts. Running it again creates nothing new.
 */
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import mongoose from 'mongoose';
import { loadConfig } from '../server/src/config/env';
import type { ProvisionedMongo } from '../server/src/lib/db';
import { seedDemo, type SeedOptions, type SeedSummary } from '../server/src/seed/seed-demo';
import { markStatsDaysStale } from '../server/src/modules/stats';
import { connectDatabase } from '../server/src/server';

interface Reporter {
  onProgress: NonNullable<SeedOptions['onProgress']>;
  stop(): void;
}

/** Bars on a terminal; one line per finished step otherwise (CI logs, pipes). */
function progressReporter(): Reporter {
  if (!process.stderr.isTTY) {
    return {
      onProgress: (step, done, total) => {
        if (done === total) console.error(`seeded ${step}: ${total}`);
      },
      stop: () => undefined,
    };
  }
  const multibar = new MultiBar(
    { format: ' {step} [{bar}] {value}/{total}', hideCursor: true, stream: process.stderr },
    Presets.shades_classic,
  );
  const bars = new Map<string, SingleBar>();
  return {
    onProgress: (step, done, total) => {
      const bar = bars.get(step) ?? multibar.create(total, 0, { step: step.padEnd(13) });
      bars.set(step, bar);
      bar.update(done);
    },
    stop: () => multibar.stop(),
  };
}

const listCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');

function printSummary(summary: SeedSummary): void {
  const { organizations, experts, needs, agreements, created } = summary;
  console.log(`Demo data ready in ${(summary.durationMs / 1000).toFixed(1)} s`);
  console.log(`  created this run: ${listCounts(created) || 'nothing (already seeded)'}`);
  console.log(
    `  organizations ${organizations.total} (alliance members ${organizations.allianceMembers})`,
  );
  console.log(
    `  experts       ${experts.total} (${listCounts(experts.byPool)}; ${listCounts(experts.byStatus)})`,
  );
  console.log(`  needs         ${needs.total} (${listCounts(needs.byKind)})`);
  console.log(`  agreements    ${agreements.total} (${listCounts(agreements.byKind)})`);
  console.log('');
  console.log('Demo accounts:');
  for (const { role, email, password } of summary.accounts) {
    console.log(`  ${role.padEnd(10)} ${email.padEnd(32)} ${password}`);
  }
}

const config = loadConfig();
let mongo: ProvisionedMongo | undefined;
try {
  mongo = await connectDatabase(config, (msg) => console.error(msg));
  const reporter = progressReporter();
  const summary = await seedDemo({ onProgress: reporter.onProgress }).finally(() =>
    reporter.stop(),
  );
  // A running platform hears nothing of this process's writes: its statistics rebuild at their next read.
  await markStatsDaysStale();
  printSummary(summary);
} catch (err) {
  console.error('seed:demo failed:', err);
  process.exitCode = 1;
} finally {
  await mongoose.disconnect();
  await mongo?.stop();
}
