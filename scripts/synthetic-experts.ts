/**
 * Synthetic experts for the benches: Zipf-distributed skills and sectors; names, titles,
 * organizations and bios from the demo seed's vocabulary; the pools' cities in their real shares.
 * Deterministic for a seed.
 */
import type { ExpertDoc } from '../server/src/lib/search/port';
import { concepts } from '../server/src/lib/search/taxonomy';
import { demoOrganizations } from '../server/src/seed/organizations-data';
import { Random as SeedRandom } from '../server/src/seed/random';
import { expertBio, givenNames, surnames, titles } from '../server/src/seed/vocabulary';

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Zipf-like: a few skills are everywhere, most are niche, as in a real expert pool. */
function zipfPicker<T>(random: Random, items: readonly T[], exponent: number): () => T {
  const weights = items.map((_, rank) => 1 / (rank + 1) ** exponent);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w) => (cumulative.push((sum + w) / total), sum + w), 0);
  return () => {
    const r = random();
    const index = cumulative.findIndex((c) => c >= r);
    return items[index < 0 ? items.length - 1 : index] as T;
  };
}

function pickDistinct<T>(count: number, next: () => T): T[] {
  const out = new Set<T>();
  for (let tries = 0; out.size < count && tries < count * 10; tries++) out.add(next());
  return [...out];
}

const CITIES: Array<[string, ExpertDoc['pool'], number]> = [
  ['青岛', 'qingdao', 0.42],
  ['深圳', 'shenzhen', 0.42],
  ['济南', 'other', 0.04],
  ['烟台', 'other', 0.03],
  ['广州', 'other', 0.03],
  ['东莞', 'other', 0.02],
  ['上海', 'other', 0.02],
  ['北京', 'other', 0.02],
];
interface Organization {
  id: string;
  name: string;
}

/** The demo dataset's organization names, reused under more ids as the corpus grows. */
function organizations(rng: SeedRandom, count: number): Organization[] {
  const names = demoOrganizations(rng).map((organization) => organization.name);
  return Array.from({ length: count }, (_, i) => ({
    id: `org-${i}`,
    name: names[i % names.length] as string,
  }));
}

const allTitles = [...new Set(Object.values(titles).flatMap((table) => Object.keys(table)))];

function cityOf(random: Random): [string, ExpertDoc['pool']] {
  let r = random();
  for (const [city, pool, share] of CITIES) {
    if ((r -= share) <= 0) return [city, pool];
  }
  return ['青岛', 'qingdao'];
}

export function* syntheticExperts(count: number, seed: number): Generator<ExpertDoc> {
  const rng = new SeedRandom(seed);
  const random = rng.next;
  const skills = concepts.filter((c) => c.kind === 'skill').sort(() => random() - 0.5);
  const sectors = concepts.filter((c) => c.kind === 'sector').sort(() => random() - 0.5);
  const nextSkill = zipfPicker(random, skills, 0.9);
  const nextSector = zipfPicker(random, sectors, 0.8);
  const orgs = organizations(rng, Math.max(50, Math.floor(count / 120)));
  for (let i = 0; i < count; i++) {
    const expertSkills = pickDistinct(2 + Math.floor(random() * 5), nextSkill).map((c) => c.id);
    const expertSectors = pickDistinct(1 + Math.floor(random() * 2), nextSector).map((c) => c.id);
    const org = rng.pick(orgs);
    const [city, pool] = cityOf(random);
    const title = rng.pick(allTitles);
    const years = 3 + Math.floor(random() * 30);
    yield {
      id: `e${i.toString(36).padStart(6, '0')}`,
      name: `${rng.pick(surnames)}${rng.pick(givenNames)}`,
      title,
      organization: org.name,
      organizationId: org.id,
      city,
      pool,
      skills: expertSkills,
      sectors: expertSectors,
      bio: expertBio(rng, {
        organization: org.name,
        title,
        years,
        skills: expertSkills,
        sectors: expertSectors,
      }),
      yearsOfExperience: years,
      availability: random() < 0.6 ? 'available' : random() < 0.75 ? 'limited' : 'unavailable',
      verified: random() < 0.85,
      rating: Math.round((3 + random() * 2) * 10) / 10,
      // Derived from the position rather than drawn, so that the drawn corpus stays as it was.
      ratingCount: i % 10,
      invitations: i % 12,
      responseRate: Math.round(random() * 100) / 100,
      activeCollaborations: Math.floor(random() * 4),
      updatedAt: 1_700_000_000_000 + i * 1000,
      confirmedAt: Date.now() - (i % 500) * 86_400_000,
      engagementYear: 0,
      engagements: 0,
      sample: false,
    };
  }
}
