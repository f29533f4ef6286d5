/**
 * The two builds behind `npm run build`, each skipped when its output was built from the sources
 * as they are now: a SHA-256 of every input file (path and content) is kept beside the output and
 * compared before building. Content rather than mtimes, so that a checkout or a copy that touches
 * every file does not rebuild, and an edit reverted does not either.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../server/src/paths';

/** Hidden, so the server's static files (which ignore dotfiles) never serve it. */
const STAMP = '.source-hash';
const SKIPPED_DIRS = new Set(['node_modules', 'dist']);
const TEST_FILE = /\.test\.tsx?$/;

export interface BuildStep {
  name: string;
  /** files and folders, from the root, whose content makes the output */
  inputs: readonly string[];
  outDir: string;
  command: readonly string[];
}

const COMMON_INPUTS = ['package-lock.json', 'package.json', 'tsconfig.base.json', 'shared/src'];

export const clientStep: BuildStep = {
  name: 'client',
  inputs: [
    ...COMMON_INPUTS,
    'client/src',
    'client/public',
    'client/index.html',
    'client/vite.config.ts',
    'client/package.json',
    'client/tsconfig.json',
  ],
  outDir: 'client/dist',
  command: ['npm', 'run', 'build', '-w', 'client'],
};

export const serverStep: BuildStep = {
  name: 'server',
  inputs: [
    ...COMMON_INPUTS,
    'server/src',
    'server/package.json',
    'server/tsconfig.json',
    'scripts',
  ],
  outDir: 'server/dist',
  command: ['npm', 'run', 'build:server'],
};

function inputFiles(entry: string): string[] {
  const absolute = path.join(ROOT_DIR, entry);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return TEST_FILE.test(entry) ? [] : [entry];
  return readdirSync(absolute)
    .filter((child) => !SKIPPED_DIRS.has(child))
    .sort()
    .flatMap((child) => inputFiles(path.posix.join(entry, child)));
}

export function sourceHash(step: BuildStep): string {
  const hash = createHash('sha256');
  for (const file of step.inputs.flatMap(inputFiles)) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(ROOT_DIR, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

function builtHash(step: BuildStep): string | undefined {
  const stamp = path.join(ROOT_DIR, step.outDir, STAMP);
  return existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : undefined;
}

/** Builds the step's output unless it is current; says which it did. */
export function runStep(step: BuildStep): 'built' | 'current' {
  const hash = sourceHash(step);
  if (builtHash(step) === hash) {
    console.log(`[build] ${step.name}: ${step.outDir} is current, build skipped`);
    return 'current';
  }
  console.log(`[build] ${step.name}: building into ${step.outDir} (${step.command.join(' ')})`);
  const [command = 'npm', ...args] = step.command;
  const result = spawnSync(command, args, {
    cwd: ROOT_DIR,
    stdio: 'inherit',
    // What ships: under NODE_ENV=test (Vitest) Vite would bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    throw new Error(
      `${step.command.join(' ')} failed (exit ${String(result.status ?? result.signal)})`,
    );
  }
  writeFileSync(path.join(ROOT_DIR, step.outDir, STAMP), `${hash}\n`);
  return 'built';
}
