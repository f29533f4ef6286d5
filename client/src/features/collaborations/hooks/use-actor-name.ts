import type { CollaborationDto, CollaborationSide } from '@qs/shared';
import { useTranslation } from 'react-i18next';

/**
 * Names the user behind a history entry or a rating: "you", the expert, or the enterprise
 * (any account of the organization acts for it).
 */
export function useActorName(collaboration: CollaborationDto, userId: string) {
  const { t } = useTranslation();
  const expert = collaboration.expertName ?? t('collaborations.theExpert');
  const organization = collaboration.organizationName ?? t('collaborations.theEnterprise');
  return (by: string, side: CollaborationSide): string => {
    if (by === userId) return t('collaborations.you');
    return side === 'expert' ? expert : organization;
  };
}
