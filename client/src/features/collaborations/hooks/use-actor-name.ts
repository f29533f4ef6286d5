import type { CollaborationDto } from '@qs/shared';
import { useTranslation } from 'react-i18next';

export interface ActorContext {
  /** The signed-in user. */
  userId: string;
  /** The expert's account, when known (from the expert's profile). */
  expertUserId?: string;
}

/**
 * Names the user behind a history entry or a rating: "you", the expert, or the enterprise
 * (any account of the organization acts for it).
 */
export function useActorName(collaboration: CollaborationDto, context: ActorContext) {
  const { t } = useTranslation();
  const expert = collaboration.expertName ?? t('collaborations.theExpert');
  const organization = collaboration.organizationName ?? t('collaborations.theEnterprise');
  return (userId: string): string => {
    if (userId === context.userId) return t('collaborations.you');
    if (context.expertUserId === undefined) return t('collaborations.otherSide');
    return userId === context.expertUserId ? expert : organization;
  };
}
