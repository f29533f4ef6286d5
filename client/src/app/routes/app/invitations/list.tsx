import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../components/ui/page-header';
import { canOpenSection } from '../../../../config/navigation';
import { useUser } from '../../../../features/auth';
import { InvitationCollaborationLink } from '../../../../features/collaborations';
import { InvitationInbox, SentInvitations } from '../../../../features/invitations';
import { InvitedNeed } from './invited-need';

/** Experts: the invitations received; enterprises: the invitations sent. */
export function InvitationsRoute() {
  const { t } = useTranslation();
  const user = useUser();

  if (user.role === 'expert')
    return (
      <>
        <PageHeader
          title={t('invitations.inbox.title')}
          description={t('invitations.inbox.description')}
        />
        <InvitationInbox
          renderNeed={(invitation) => <InvitedNeed needId={invitation.needId} />}
          renderCollaborationLink={(invitation) => (
            <InvitationCollaborationLink invitation={invitation} />
          )}
        />
      </>
    );
  return (
    <>
      <PageHeader
        title={t('invitations.sent.title')}
        description={t('invitations.sent.description')}
      />
      <SentInvitations
        actor={user}
        linkNeeds={canOpenSection(user, 'needs')}
        linkExperts={canOpenSection(user, 'experts')}
      />
    </>
  );
}
