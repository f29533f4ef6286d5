import type { CapacityLimit, Freshness, PoolRulesDto } from '../schemas/pool-rules';

type PoolRules = Pick<
  PoolRulesDto,
  'maxActiveCollaborations' | 'maxEngagementsPerYear' | 'rotationDays'
>;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Beijing keeps UTC+8 all year (no daylight saving). */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar year a moment falls in, in Beijing. */
export function beijingYear(at: Date): number {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).getUTCFullYear();
}
/** A profile is due for confirmation a year after the last, and frozen after two. */
export const CONFIRMATION_DUE_DAYS = 365;
export const FREEZE_DAYS = 730;

/** What the load caps read of an expert: the index document and the record both carry it. */
export interface LoadView {
  activeCollaborations: number;
  engagementYear: number;
  engagements: number;
}

/** Load caps (issue 13 §1): the cap the expert has reached at `now`, if any. */
export function capacityLimit(
  load: LoadView,
  rules: Pick<PoolRules, 'maxActiveCollaborations' | 'maxEngagementsPerYear'>,
  now: Date,
): CapacityLimit | undefined {
  if (load.activeCollaborations >= rules.maxActiveCollaborations) return 'active-collaborations';
  const thisYear = load.engagementYear === beijingYear(now) ? load.engagements : 0;
  if (thisYear >= rules.maxEngagementsPerYear) return 'engagements-per-year';
  return undefined;
}

/** Yearly confirmation (issue 13 §3): current, due after a year, frozen after two. */
export function freshnessOf(confirmedAt: Date | number, now: Date): Freshness {
  const age = now.getTime() - new Date(confirmedAt).getTime();
  if (age >= FREEZE_DAYS * DAY_MS) return 'frozen';
  if (age >= CONFIRMATION_DUE_DAYS * DAY_MS) return 'due';
  return 'current';
}

/** Profiles confirmed before this moment are frozen at `now`. */
export function frozenBefore(now: Date): Date {
  return new Date(now.getTime() - FREEZE_DAYS * DAY_MS);
}

/** Rotation (issue 13 §2): collaborations completed after this moment keep an expert out of draws. */
export function rotationSince(rules: Pick<PoolRules, 'rotationDays'>, now: Date): Date {
  return new Date(now.getTime() - rules.rotationDays * DAY_MS);
}
