import type { Types } from 'mongoose';
import { poolOfCity, type Pool } from '@qs/shared';
import type { CollaborationFact } from '../collaborations';
import type { ExpertStatsFact } from '../experts';
import type { InvitationFact } from '../invitation-store';
import type { NeedStatsFact } from '../needs';

/*
 * What the read model keeps of each record ("facts", in its day document), and the Beijing days
 * it is kept under.
 */

/** Beijing keeps UTC+8 all year. */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Beijing day (`2026-03-01`) a moment falls in. */
export const dayOf = (at: Date) =>
  new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

/** The moment a Beijing day (`2026-03-01`) starts. */
export const startOfBeijingDay = (day: string) => new Date(Date.parse(`${day}T00:00:00+08:00`));

/** Whether a moment is the start of a Beijing day, where the days can answer for it. */
export const startsADay = (at: Date) => (at.getTime() + BEIJING_OFFSET_MS) % DAY_MS === 0;

/* Each record's contribution, as kept in its day ("facts"), with short keys: they are many. */

/** A collaboration's or invitation's id → [its status, its day]: what the need's funnel reads. */
export type Links = Record<string, [string, string]>;

export interface ExpertFact {
  /** city, sectors, pool, verification status */
  c: string;
  t: string[];
  p?: Pool;
  v?: string;
  /** its collaborations (id → day): their cross-city count follows its pool */
  col?: Record<string, string>;
}

export interface NeedFact {
  c: string;
  t: string;
  /** 1 for a catalogue scenario (it names its release) */
  o: 0 | 1;
  k: string;
  s: string;
  m: 0 | 1;
  inv?: Links;
  col?: Links;
}

export interface InvitationDayFact {
  n: string;
  c?: string;
  t?: string;
  s: string;
  h?: number;
}

export interface CollaborationDayFact {
  n: string;
  e: string;
  c?: string;
  t?: string;
  s: string;
  /** 1 when the expert's pool is not the pool of the need's city */
  x: 0 | 1;
  /** the day it was completed */
  d?: string;
}

export interface CompletionFact {
  c?: string;
  t?: string;
}

export type Place = { city: string; sector: string } | undefined;

export const placeFact = (where: Place) => (where ? { c: where.city, t: where.sector } : {});

export function expertFact(expert: ExpertStatsFact): ExpertFact {
  return {
    c: expert.city,
    t: expert.sectors,
    ...(expert.pool ? { p: expert.pool } : {}),
    ...(expert.verification?.status ? { v: expert.verification.status } : {}),
  };
}

export function needFact(need: NeedStatsFact): NeedFact {
  return {
    c: need.city,
    t: need.sector,
    o: need.release ? 1 : 0,
    k: need.kind,
    s: need.status,
    m: need.matchedAt ? 1 : 0,
  };
}

export function invitationFact(invitation: InvitationFact, where: Place): InvitationDayFact {
  return {
    n: invitation.needId.toString(),
    ...placeFact(where),
    s: invitation.status,
    ...(invitation.responseHours !== undefined ? { h: invitation.responseHours } : {}),
  };
}

export function collaborationFact(
  collaboration: CollaborationFact,
  where: Place,
  pool: Pool,
): CollaborationDayFact {
  return {
    n: collaboration.needId.toString(),
    e: collaboration.expertId.toString(),
    ...placeFact(where),
    s: collaboration.status,
    x: poolOfCity(where?.city) !== pool ? 1 : 0,
    ...(collaboration.completedAt ? { d: dayOf(collaboration.completedAt) } : {}),
  };
}

export const idOf = (id: Types.ObjectId | string) => id.toString();

/** What the records of a need's or an expert's collaborations and invitations add to its fact. */
export type LinkUpdates = Map<string, { inv?: Links; col?: Links }>;

export function addLink(
  links: LinkUpdates,
  owner: string,
  kind: 'inv' | 'col',
  id: string,
  value: [string, string],
) {
  const entry = links.get(owner) ?? {};
  entry[kind] = { ...entry[kind], [id]: value };
  links.set(owner, entry);
}
