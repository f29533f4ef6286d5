import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { resetCsrfToken } from '../lib/api-client';
import { defaultLanguage, i18n } from '../lib/i18n';
import { resetServer, server, startServer } from './server';

// antd pages render slowly when the machine is loaded (CI runs several suites at once); the
// default 1 s wait made page tests fail under load, never for a wrong page.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  startServer();
  await i18n.changeLanguage(defaultLanguage);
});

afterEach(() => {
  cleanup();
  resetCsrfToken();
  expect(resetServer(), 'requests the test gave no answer for').toEqual([]);
});

afterAll(() => server.close());
