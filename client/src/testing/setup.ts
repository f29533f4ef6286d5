import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { resetCsrfToken } from '../lib/api-client';
import { defaultLanguage, i18n } from '../lib/i18n';
import { resetServer, server, startServer } from './server';

// A page's first render with antd takes seconds in happy-dom on a busy machine, past the default
// second that findBy… waits.
configure({ asyncUtilTimeout: 5_000 });

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
