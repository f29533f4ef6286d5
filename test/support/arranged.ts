import { afterAll, beforeAll } from 'vitest';
import type { UserDto } from '@qs/shared';
import { staffClient } from './factories';
import { enterprise, expert, type EnterpriseParty, type ExpertParty } from './invitations';
import { startTestPlatform, type TestClient, type TestPlatform } from './platform';

/** The people a test file starts from, signed in on a running platform. */
export interface Parties<E extends string = never> {
  /** a signed-in bureau user */
  bureau: TestClient;
  /** the bureau user's account (its email signs in again after a restart) */
  bureauUser: UserDto;
  /** an enterprise whose member owns the needs the file posts */
  owner: EnterpriseParty;
  /** a second enterprise, when asked for */
  other: EnterpriseParty;
  /** a signed-in platform admin, when asked for */
  admin: TestClient;
  /** verified experts, by the names the options gave them */
  experts: Record<E, ExpertParty>;
}

export interface Arranged<E extends string = never> extends Parties<E> {
  platform: TestPlatform;
}

export interface PartyOptions<E extends string = never> {
  /** the owner's city (青岛 unless given) */
  city?: string;
  /** also a second enterprise, in this city */
  other?: string;
  /** also sign in a platform admin */
  admin?: boolean;
  /** verified experts to register, in this order: each one's profile over `expertProfile` */
  experts?: Record<E, Record<string, unknown>>;
}

type StartArguments = Parameters<typeof startTestPlatform>;

export interface ArrangeOptions<E extends string = never> extends PartyOptions<E> {
  /** the platform's environment and start options, or what gives them once the file's earlier hooks ran */
  start?: StartArguments | (() => StartArguments);
}

/** The bureau, the owner and whatever else `options` ask for, on the platform at `url`. */
export async function arrangeOn<E extends string = never>(
  url: string,
  { city, other, admin, experts }: PartyOptions<E> = {},
): Promise<Parties<E>> {
  const staff = await staffClient(url, 'bureau');
  const parties = {
    bureau: staff.client,
    bureauUser: staff.user,
    experts: {} as Record<E, ExpertParty>,
  } as Parties<E>;
  if (admin) parties.admin = (await staffClient(url, 'admin')).client;
  parties.owner = await enterprise(url, city);
  if (other) parties.other = await enterprise(url, other);
  for (const [name, profile] of Object.entries<Record<string, unknown>>(experts ?? {}))
    parties.experts[name as E] = await expert(url, parties.bureau, profile);
  return parties;
}

/**
 * What most API test files start from: a platform of their own, the bureau signed in and one
 * enterprise (and what else `options` ask for), ready before the file's tests and closed after
 * them. Its fields are set once the platform has started: read them in tests and hooks, not at
 * the file's top level.
 */
export function platformWithEnterprise<E extends string = never>({
  start = [],
  ...parties
}: ArrangeOptions<E> = {}): Arranged<E> {
  const arranged = {} as Arranged<E>;
  beforeAll(async () => {
    arranged.platform = await startTestPlatform(...(typeof start === 'function' ? start() : start));
    Object.assign(arranged, await arrangeOn(arranged.platform.url, parties));
  });
  afterAll(async () => {
    await arranged.platform?.close();
  });
  return arranged;
}

/** A verified expert's profile in Shenzhen's pool. */
export const SHENZHEN_EXPERT = {
  city: '深圳',
  pool: 'shenzhen',
  organization: '深圳信息通信研究院',
  sectors: ['electronics'],
};
