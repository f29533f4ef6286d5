/**
 * `npm run bench:browse`: an expert browsing open needs by fit (`GET /needs/browse`) at 10,000 open
 * needs (20,000 needs, about half open), through HTTP, first page and a later one, by fit and by
 * newest, with and without words. Next to each, `GET /auth/me` of the same expert in the same run:
 * the floor of HTTP, session and JSON. Ends with one JSON line.
 */
import { benchPlatform, percentiles, sessionCookie, timedGet } from './bench-corpus';

const SIZE = { experts: 2_000, needs: 20_000, invitations: 0, collaborations: 0 };
const ROUNDS = 20;
const PATHS = {
  'by fit, page 1': '/needs/browse',
  'by fit, page 10': '/needs/browse?page=10',
  'by fit, all needs': '/needs/browse?fitting=false',
  'newest, page 1': '/needs/browse?sort=newest',
  'by fit, words': `/needs/browse?q=${encodeURIComponent('数字化转型')}`,
  'floor: /auth/me': '/auth/me',
} as const;

const bench = await benchPlatform(SIZE, { users: 1 });
try {
  const { platform, corpus } = bench;
  const cookie = await sessionCookie(platform.url, corpus.expertEmail);
  const results: Record<string, ReturnType<typeof percentiles>> = {};
  for (const [name, path] of Object.entries(PATHS)) {
    const url = `${platform.url}/api/v1${path}`;
    await timedGet(url, cookie);
    const samples: number[] = [];
    for (let round = 0; round < ROUNDS; round++) samples.push(await timedGet(url, cookie));
    results[name] = percentiles(samples);
    console.error(`${name.padEnd(20)} p50 ${results[name].p50} ms  p95 ${results[name].p95} ms`);
  }
  console.log(JSON.stringify({ openNeeds: corpus.openNeeds, rounds: ROUNDS, results }));
} finally {
  await bench.close();
}
