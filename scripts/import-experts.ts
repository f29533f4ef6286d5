/**
 * npm run import:experts -- FILE [--verified]
 * Imports experts from a .csv or .xlsx file into the configured database, as
 * `POST /api/v1/admin/import/experts` does: matched by email or phone, so it can be run again.
 * Created experts wait for the bureau's review unless `--verified` says they start verified.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import mongoose from 'mongoose';
import { loadConfig } from '../server/src/config/env';
import { AppError } from '../server/src/lib/errors';
import type { ImportSummary } from '@qs/shared';
import { importExperts } from '../server/src/modules/experts';
import { markStatsDaysStale } from '../server/src/modules/stats';
import { relearnVocabularyIfStale } from '../server/src/modules/vocabulary';
import { connectDatabase } from '../server/src/server';

const USAGE =
  'usage: npm run import:experts -- FILE [--verified]   (a .csv or .xlsx file; --verified: created experts start verified)';
const SHOWN_REJECTIONS = 20;

async function readInput(file: string | undefined): Promise<Buffer | undefined> {
  if (!file) {
    console.error(`import-experts: no file given\n${USAGE}`);
    return undefined;
  }
  try {
    return await readFile(file);
  } catch (err) {
    console.error(`import-experts: cannot read ${file}: ${(err as Error).message}`);
    return undefined;
  }
}

function progressBar(): { update(done: number, total: number): void; stop(): void } {
  const bar = new SingleBar(
    { stream: process.stderr, format: 'writing [{bar}] {value}/{total} experts', hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) bar.start(total, done);
      else bar.update(done);
      started = true;
    },
    stop: () => bar.stop(),
  };
}

function report(summary: ImportSummary): void {
  const { rows, created, updated, unchanged, rejected, warnings } = summary;
  console.log(
    `${rows} rows: created ${created}, updated ${updated}, unchanged ${unchanged}, rejected ${rejected.length}`,
  );
  for (const warning of warnings) console.log(`warning: ${warning}`);
  for (const { row, errors } of rejected.slice(0, SHOWN_REJECTIONS)) {
    console.log(`row ${row}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  }
  if (rejected.length > SHOWN_REJECTIONS)
    console.log(`… and ${rejected.length - SHOWN_REJECTIONS} more rejected rows`);
}

function explain(err: unknown): void {
  if (err instanceof AppError) {
    const details = err.details?.map((d) => `${d.path}: ${d.message}`).join('; ');
    console.error(`import-experts: ${err.message}${details ? ` (${details})` : ''}`);
  } else {
    console.error(err);
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const verified = args.includes('--verified');
  const file = args.find((arg) => arg !== '--verified');
  const buffer = await readInput(file);
  if (!file || !buffer) return 1;
  const config = loadConfig();
  const mongo = await connectDatabase(config, (msg) => console.error(msg));
  const bar = progressBar();
  try {
    const summary = await importExperts(buffer, {
      fileName: path.basename(file),
      lang: 'en',
      verified,
      onProgress: (done, total) => bar.update(done, total),
    });
    bar.stop();
    // A running platform hears nothing of this process's writes: its statistics rebuild at their next read.
    if (summary.created + summary.updated > 0) {
      await markStatsDaysStale();
      // Stored for the running platform, which loads it within seconds.
      const relearned = await relearnVocabularyIfStale();
      if (relearned) console.error(`learned the skill vocabulary: ${relearned.stats.terms} terms`);
    }
    report(summary);
    return 0;
  } catch (err) {
    bar.stop();
    explain(err);
    return 1;
  } finally {
    await mongoose.disconnect();
    await mongo.stop();
  }
}

process.exitCode = await main().catch((err: unknown) => {
  explain(err);
  return 1;
});
