import { afterAll, beforeAll } from 'vitest';
import { staffClient } from './factories';
import { enterprise, type EnterpriseParty } from './invitations';
import { startTestPlatform, type TestClient, type TestPlatform } from './platform';

export interface Arranged {
  platform: TestPlatform;
  /** a signed-in bureau user */
  bureau: TestClient;
  /** an enterprise whose member owns the needs the file posts */
  owner: EnterpriseParty;
  /** a signed-in platform admin, when asked for */
  admin: TestClient;
}

export interface ArrangeOptions {
  /** the platform's environment and start options */
  start?: Parameters<typeof startTestPlatform>;
  /** the owner's city (青岛 unless given) */
  city?: string;
  /** also sign in a platform admin */
  admin?: boolean;
}

/**
 * What most API test files start from: a platform of their own, the bureau signed in and one
 * enterprise, ready before the file's tests and closed after them. Its fields are set once the
 * platform has started: read them in tests and hooks, not at the file's top level.
 */
export function platformWithEnterprise({ start = [], city, admin }: ArrangeOptions = {}): Arranged {
  const arranged = {} as Arranged;
  beforeAll(async () => {
    arranged.platform = await startTestPlatform(...start);
    arranged.bureau = (await staffClient(arranged.platform.url, 'bureau')).client;
    if (admin) arranged.admin = (await staffClient(arranged.platform.url, 'admin')).client;
    arranged.owner = await enterprise(arranged.platform.url, city);
  });
  afterAll(async () => {
    await arranged.platform?.close();
  });
  return arranged;
}
