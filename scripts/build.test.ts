import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../server/src/paths';

const run = promisify(execFile);

function build() {
  return run('npm', ['run', 'build'], { cwd: ROOT_DIR, maxBuffer: 16 * 1024 * 1024 });
}

describe('npm run build', () => {
  it(
    'when run again with no source changed, then it skips both builds and says so',
    async () => {
      await build();
      const { stdout } = await build();
      expect(stdout).toContain('[build] client: client/dist is current, build skipped');
      expect(stdout).toContain('[build] server: server/dist is current, build skipped');
      expect(stdout).not.toContain('building into');
      expect(existsSync(path.join(ROOT_DIR, 'client/dist/index.html'))).toBe(true);
      expect(existsSync(path.join(ROOT_DIR, 'server/dist/main.js'))).toBe(true);
    },
    // The first build is a full Vite build on a fresh checkout.
    10 * 60_000,
  );
});
