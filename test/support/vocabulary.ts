/** The skill vocabulary's tests: a platform with a few experts, suggestions, needs in words. */
import {
  enterpriseRegistration,
  needInput,
  registeredClient,
  staffClient,
  verifiedExpert,
} from './factories';
import { startTestPlatform, type TestClient, type TestPlatform } from './platform';
import { until } from './wait';

/** What `GET /taxonomy/suggest` answers. */
export interface Suggestion {
  skills: string[];
  inferred: Array<{ skill: string; confidence: number; words: string[] }>;
}

/** A platform with these verified experts, its bureau, and an enterprise to post needs. */
export async function platformWithExperts(
  experts: Array<Record<string, unknown>>,
  options?: Parameters<typeof startTestPlatform>[1],
): Promise<{ platform: TestPlatform; bureau: TestClient; enterprise: TestClient }> {
  const platform = await startTestPlatform({}, options);
  const bureau = (await staffClient(platform.url, 'bureau')).client;
  const enterprise = (await registeredClient(platform.url, enterpriseRegistration())).client;
  for (const expert of experts) await verifiedExpert(platform.url, bureau, expert);
  return { platform, bureau, enterprise };
}

export async function suggest(client: TestClient, text: string): Promise<Suggestion> {
  const res = await client.get(`/taxonomy/suggest?text=${encodeURIComponent(text)}`);
  if (res.status !== 200) throw new Error(`suggest failed: ${res.status}`);
  return res.body as Suggestion;
}

/** Posts a need that names no skill; answers it as created. */
export async function needInWords(
  client: TestClient,
  need: { title: string; description: string; sector: string },
): Promise<{ id: string; suggestedSkills: string[] }> {
  const res = await client.post('/needs', needInput({ ...need, requiredSkills: [] }));
  if (res.status !== 201) throw new Error(`need failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.need as { id: string; suggestedSkills: string[] };
}

export interface Matches {
  items: Array<{ expert: { name: string }; explanation: { reasons: string[] } }>;
  inferredSkills: Array<{ skill: string; words: string[] }>;
}

/**
 * A need's matches once all `experts` candidates are found: the search engine indexes them on its
 * own time (Meilisearch after its tasks).
 */
export async function matchesOf(
  client: TestClient,
  needId: string,
  experts: number,
): Promise<Matches> {
  const match = async () => (await client.get(`/needs/${needId}/matches`)).body as Matches;
  if (!(await until(async () => (await match()).items?.length === experts, 10_000))) {
    throw new Error(`need ${needId} never matched ${experts} experts`);
  }
  return match();
}
