import type { DrawMemberState, DrawReason } from '@qs/shared';

/*
 * The seats of a draw, as plain data: which seat is empty and which reserve is called next. The
 * service and the property test share these, so what the test proves is what the platform does.
 */

export interface Seated {
  expertId: string;
  role: 'drawn' | 'reserve' | 'top-up';
  state: DrawMemberState;
  replaces?: string;
}

const left: ReadonlySet<DrawMemberState> = new Set(['declined', 'expired', 'withdrawn', 'skipped']);

/** A member holding a seat: one of the drawn, or a reserve who took someone's seat. */
const seatHolder = (member: Seated) => member.role === 'drawn' || member.replaces !== undefined;

/** Members whose seat is empty: they left it and nobody took it yet, in the order they were drawn. */
export function emptySeats(members: readonly Seated[]): Seated[] {
  const taken = new Set(members.flatMap((m) => (m.replaces ? [m.replaces] : [])));
  return members.filter((m) => seatHolder(m) && left.has(m.state) && !taken.has(m.expertId));
}

/** The next reserve to call, in the order drawn (reserves, then top-ups). */
export function nextReserve(members: readonly Seated[]): Seated | undefined {
  return members.find((m) => !seatHolder(m) && m.state === 'waiting');
}

/**
 * Who may not be drawn, called or topped up: one predicate, its rules in order, the first that
 * excludes naming why. Everyone drawn before is excluded first; then the pool's rules
 * (matching/eligibility.ts, `admits`), whose reason is read from the record where it can be.
 */
export type Exclusion<E> = (expert: E) => DrawReason | 'drawn_before' | undefined;

export function exclusionOf<E extends { _id: { toString(): string } }>(rules: {
  drawnBefore: ReadonlySet<string>;
  admits: (expert: E) => boolean;
  reasonOf: (expert: E) => DrawReason;
}): Exclusion<E> {
  return (expert) => {
    if (rules.drawnBefore.has(expert._id.toString())) return 'drawn_before';
    return rules.admits(expert) ? undefined : rules.reasonOf(expert);
  };
}
