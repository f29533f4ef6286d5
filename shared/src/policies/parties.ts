import type { CollaborationSide } from '../schemas/collaborations';
import type { Actor } from './actor';

/** The two parties of an invitation or a collaboration: an enterprise's organization and an expert. */
export interface PartiesView {
  organizationId: string;
  expertId: string;
}

export const isEnterpriseSide = (actor: Actor, parties: PartiesView): boolean =>
  actor.role === 'enterprise' &&
  actor.organizationId !== undefined &&
  actor.organizationId === parties.organizationId;

export const isExpertSide = (actor: Actor, parties: PartiesView): boolean =>
  actor.role === 'expert' && actor.expertId !== undefined && actor.expertId === parties.expertId;

/** Which side the caller stands on, if any. */
export function sideOf(actor: Actor, parties: PartiesView): CollaborationSide | undefined {
  if (isEnterpriseSide(actor, parties)) return 'enterprise';
  if (isExpertSide(actor, parties)) return 'expert';
  return undefined;
}
