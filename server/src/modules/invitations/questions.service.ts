import { Types } from 'mongoose';
import {
  isStaff,
  sideOf,
  type Actor,
  type InvitationQuestionDto,
  type PostInvitationQuestionInput,
} from '@qs/shared';
import { now as clockNow } from '../../lib/clock';
import { ConflictError, ForbiddenError, ValidationError, detail } from '../../lib/errors';
import { partiesOf, partiesView, presentParties } from '../collaborations';
import type { InvitationRecord } from '../invitation-store';
import { notify } from '../notifications';
import { maskContacts } from './contact-mask';
import { QuestionModel, type QuestionRecord } from './question.model';

/**
 * The text as `actor` may read it: the author's own side and the bureau read it whole; the other
 * side reads it with phone numbers and emails masked until the invitation is accepted.
 */
function presentQuestion(
  record: QuestionRecord,
  actor: Actor,
  invitation: InvitationRecord,
): InvitationQuestionDto {
  const whole =
    isStaff(actor) ||
    invitation.status === 'accepted' ||
    sideOf(actor, partiesView(invitation)) === record.side;
  const { text, masked } = whole ? { text: record.text, masked: false } : maskContacts(record.text);
  return {
    id: record._id.toString(),
    invitationId: record.invitationId.toString(),
    kind: record.kind,
    side: record.side,
    text,
    masked,
    ...(record.replyTo ? { replyTo: record.replyTo.toString() } : {}),
    createdAt: record.createdAt.toISOString(),
  };
}

export async function listQuestions(
  actor: Actor,
  invitation: InvitationRecord,
): Promise<InvitationQuestionDto[]> {
  const records = await QuestionModel.find({ invitationId: invitation._id })
    .sort({ createdAt: 1, _id: 1 })
    .lean<QuestionRecord[]>();
  return records.map((record) => presentQuestion(record, actor, invitation));
}

/**
 * The expert asks, the enterprise answers a question of this invitation; only while it is pending
 * and not past its time. The other side is notified (and its open clients told, live).
 */
export async function postQuestion(
  actor: Actor,
  invitation: InvitationRecord,
  input: PostInvitationQuestionInput,
): Promise<InvitationQuestionDto> {
  const side = sideOf(actor, partiesView(invitation));
  if (!side) throw new ForbiddenError({ key: 'questions_sides_only' });
  const at = clockNow();
  if (invitation.status !== 'pending' || invitation.expiresAt <= at)
    throw new ConflictError({
      key: 'questions_closed',
      params: { status: invitation.status === 'pending' ? 'expired' : invitation.status },
    });
  let replyTo: Types.ObjectId | undefined;
  if (side === 'expert' && input.replyTo)
    throw new ValidationError({
      details: [detail('replyTo', 'expert_cannot_reply')],
    });
  if (side === 'enterprise') {
    const question = input.replyTo
      ? await QuestionModel.exists({
          _id: new Types.ObjectId(input.replyTo),
          invitationId: invitation._id,
          kind: 'question',
        })
      : null;
    if (!question)
      throw new ValidationError({
        details: [detail('replyTo', 'reply_to_question')],
      });
    replyTo = question._id;
  }
  const created = await QuestionModel.create({
    invitationId: invitation._id,
    kind: side === 'expert' ? 'question' : 'answer',
    side,
    by: new Types.ObjectId(actor.id),
    text: input.text,
    ...(replyTo ? { replyTo } : {}),
  });
  const record = created.toObject() as QuestionRecord;
  const { names, users } = await partiesOf(invitation);
  const type = record.kind === 'question' ? 'invitation.question' : 'invitation.answer';
  await notify(side === 'expert' ? users.enterprise : users.expert, {
    type,
    key: `${type}:${record._id.toString()}`,
    data: {
      ...presentParties(invitation, names),
      invitationId: invitation._id.toString(),
      questionId: record._id.toString(),
    },
  });
  return presentQuestion(record, actor, invitation);
}
