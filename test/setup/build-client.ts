import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtIndex = path.join(root, 'client/dist/index.html');

/** Everything the client bundle is made from; shared/src too, since the client imports it. */
const sources = [
  'client/src',
  'client/public',
  'client/index.html',
  'client/vite.config.ts',
  'client/package.json',
  'shared/src',
].map((entry) => path.join(root, entry));

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, child) => Math.max(newest, newestChange(path.join(entry, child))),
    stats.mtimeMs,
  );
}

function isBuildFresh(): boolean {
  if (!existsSync(builtIndex)) return false;
  const builtAt = statSync(builtIndex).mtimeMs;
  return sources.every((source) => newestChange(source) < builtAt);
}

/** Vitest global setup of the e2e project: the browser tests run against the built client. */
export default function buildClient(): void {
  if (isBuildFresh()) return;
  console.log('[build-client] building the client (npm run build -w client)');
  const result = spawnSync('npm', ['run', 'build', '-w', 'client'], {
    cwd: root,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would give React's development build: test what ships.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    throw new Error(
      `npm run build -w client failed (exit ${String(result.status ?? result.signal)})`,
    );
  }
}
