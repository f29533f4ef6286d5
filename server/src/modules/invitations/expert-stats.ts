import type { Types } from 'mongoose';
import { countInvitationEvent } from '../experts';
import { responseHoursOf } from '../invitation-store';

type Counted = { _id: Types.ObjectId; expertId: Types.ObjectId };

/** A new invitation reached the expert. */
export const countInvitation = (invitation: Counted) =>
  countInvitationEvent(invitation, 'invited', responseHoursOf);

/** The expert answered an invitation (accepted or declined). */
export const countResponse = (invitation: Counted) =>
  countInvitationEvent(invitation, 'answered', responseHoursOf);
