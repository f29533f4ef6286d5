import { buildDemoData, demoAccountsOutOfHistory } from './seed/demo-data';
import { demoEngagements } from './seed/engagements-data';
import { concentration } from './modules/stats';
import { DEFAULT_POOL_RULES } from './modules/pool-rules';
import { beijingYear } from '@qs/shared';
const d = buildDemoData();
const verified = d.experts.filter(e => e.verification.status === 'verified');
for (const [label, list] of [['before', d.engagements], ['after', demoEngagements(d.experts, d.needs, { rules: DEFAULT_POOL_RULES, exclude: demoAccountsOutOfHistory() })]] as const) {
  const counts = verified.map(e => list.filter(x => x.expertEmail === e.contact.email && x.collaboration).length);
  const c = concentration(counts);
  const st: Record<string, number> = {};
  for (const x of list) { const k = x.status + (x.collaboration ? '/' + x.collaboration.status : ''); st[k] = (st[k] ?? 0) + 1; }
  const perYear = new Map<string, number>(); for (const x of list) if (x.collaboration) { const k = x.expertEmail + beijingYear(x.collaboration.startedAt); perYear.set(k, (perYear.get(k) ?? 0) + 1); }
  console.log(label, JSON.stringify({ invitations: list.length, engagements: counts.reduce((a, b) => a + b, 0), top10: c.top10Share, gini: c.gini, never: counts.filter(n => n === 0).length, max: Math.max(...counts), maxYear: Math.max(...perYear.values()) }), JSON.stringify(st));
  const years: Record<number, number> = {}; for (const x of list) if (x.collaboration) years[beijingYear(x.collaboration.startedAt)] = (years[beijingYear(x.collaboration.startedAt)] ?? 0) + 1; console.log(JSON.stringify(years), 'top counts', counts.sort((a,b)=>b-a).slice(0,12).join(','));
}
