/**
 * The demo data's fairness figures before and after the pool rules (issue 13 §1–2). The demo
 * seeds the alliance's past engagements (server/src/seed/engagements-data.ts): enterprises
 * inviting experts by standing, the experts answering or not. Replaying that history with the
 * rules, an expert at a load cap or in rotation with the organization gives way to the next one
 * the enterprise would have invited. Prints the top-10% share and the Gini coefficient of the
 * engagements (collaborations started) over the verified experts for each run, as
 * `GET /stats/fairness` computes them.
 */
import type { PoolRulesDto } from '@qs/shared';
import { DEFAULT_POOL_RULES } from '../server/src/modules/pool-rules';
import { concentration } from '../server/src/modules/stats';
import { buildDemoData, demoAccountsOutOfHistory } from '../server/src/seed/demo-data';
import { demoEngagements, type EngagementRules } from '../server/src/seed/engagements-data';

const data = buildDemoData();
const verified = data.experts.filter((e) => e.verification.status === 'verified');

function figures(rules: EngagementRules | undefined) {
  const history = demoEngagements(data.experts, data.needs, {
    ...(rules ? { rules } : {}),
    exclude: demoAccountsOutOfHistory(),
  });
  const engaged = new Map<string, number>();
  for (const e of history)
    if (e.collaboration) engaged.set(e.expertEmail, (engaged.get(e.expertEmail) ?? 0) + 1);
  const counts = verified.map((e) => engaged.get(e.contact.email) ?? 0);
  const { top10Share, gini } = concentration(counts);
  return {
    experts: counts.length,
    invitations: history.length,
    engagements: counts.reduce((sum, n) => sum + n, 0),
    mostEngaged: Math.max(...counts),
    neverEngaged: counts.filter((n) => n === 0).length,
    top10Share,
    gini,
  };
}

const tight: Pick<
  PoolRulesDto,
  'maxActiveCollaborations' | 'maxEngagementsPerYear' | 'rotationDays'
> = { maxActiveCollaborations: 1, maxEngagementsPerYear: 3, rotationDays: 730 };
const describe = (r: EngagementRules) =>
  `${r.maxActiveCollaborations} ongoing, ${r.maxEngagementsPerYear} a year, rotation ${r.rotationDays} days`;
console.log('the demo history (as seeded), replayed with the pool rules:');
console.table({
  'as seeded (no rules)': figures(undefined),
  [`default rules (${describe(DEFAULT_POOL_RULES)})`]: figures(DEFAULT_POOL_RULES),
  [`tight rules (${describe(tight)})`]: figures(tight),
});
