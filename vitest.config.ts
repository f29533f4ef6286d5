import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The server's and scripts' tests reach the test harness by name (tsconfig "paths" say the same).
const testSupport = {
  alias: { '@test/support': fileURLToPath(new URL('test/support', import.meta.url)) },
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          include: ['shared/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'client',
          include: ['client/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'client-dom',
          include: ['client/src/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['client/src/testing/setup.ts'],
          // Rendering antd pages in happy-dom takes seconds when the machine is busy.
          testTimeout: 30_000,
          // Dates typed and shown as a user of the platform sees them.
          env: { TZ: 'Asia/Shanghai' },
        },
      },
      {
        resolve: testSupport,
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/global-setup.ts'],
          setupFiles: ['test/setup/server-env.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: testSupport,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/global-setup.ts', 'test/setup/build-client.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
