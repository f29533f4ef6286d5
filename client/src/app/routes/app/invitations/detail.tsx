import { can, sideOf, type InvitationDto, type UserDto } from '@qs/shared';
import { Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailPage } from '../../../../components/detail-page';
import { PageHeader } from '../../../../components/ui/page-header';
import { canOpenSection } from '../../../../config/navigation';
import { paths } from '../../../../config/paths';
import { useUser } from '../../../../features/auth';
import { InvitationCollaborationLink } from '../../../../features/collaborations';
import { QuestionThread } from '../../../../features/invitation-questions';
import {
  useInvitation,
  InvitationDetails,
  needClosed,
  CollaborationButton,
  MessageButton,
  RespondActions,
  WithdrawButton,
} from '../../../../features/invitations';
import { InvitedNeed } from './invited-need';

function Actions({ invitation, user }: { invitation: InvitationDto; user: UserDto }) {
  // The accept answers with the collaboration: link to it at once.
  const [collaborationId, setCollaborationId] = useState<string>();
  if (collaborationId || invitation.status === 'accepted')
    return (
      <Flex gap={8} wrap>
        <MessageButton invitationId={invitation.id} />
        {collaborationId ? (
          <CollaborationButton collaborationId={collaborationId} />
        ) : (
          <InvitationCollaborationLink invitation={invitation} />
        )}
      </Flex>
    );
  if (invitation.status !== 'pending' || needClosed(invitation)) return null;
  if (can(user, 'invitations:respond', invitation))
    return (
      <RespondActions
        invitation={invitation}
        onAccepted={(result) => setCollaborationId(result.collaborationId)}
      />
    );
  if (can(user, 'invitations:withdraw', invitation))
    return <WithdrawButton invitation={invitation} />;
  return null;
}

export function InvitationDetailRoute() {
  const { t } = useTranslation();
  const user = useUser();
  const { invitationId = '' } = useParams();
  const invitation = useInvitation(invitationId);
  const backTo = { href: paths.app.invitations.getHref(), label: t('nav.invitations') };

  return (
    <DetailPage query={invitation} title={t('invitations.detailTitle')} backTo={backTo}>
      {(data) => {
        const expertName = data.expertName ?? t('invitations.theExpert');
        const needTitle = data.needTitle ?? t('invitations.theNeed');
        return (
          <>
            <PageHeader
              title={needTitle}
              description={t('invitations.detailDescription', {
                organization: data.organizationName ?? t('invitations.theEnterprise'),
                expert: expertName,
              })}
              backTo={backTo}
            />
            <InvitationDetails
              invitation={data}
              expert={
                canOpenSection(user, 'experts') ? (
                  <Link to={paths.app.expertDetail.getHref(data.expertId)}>{expertName}</Link>
                ) : (
                  expertName
                )
              }
              need={
                <>
                  <QuestionThread invitation={data} side={sideOf(user, data)} />
                  <Card
                    title={
                      <h2 style={{ margin: 0, fontSize: 16 }}>{t('invitations.fields.need')}</h2>
                    }
                    extra={
                      canOpenSection(user, 'needs') && (
                        <Link to={paths.app.needDetail.getHref(data.needId)}>
                          {t('invitations.openNeed')}
                        </Link>
                      )
                    }
                  >
                    <InvitedNeed needId={data.needId} />
                  </Card>
                </>
              }
              actions={<Actions invitation={data} user={user} />}
            />
          </>
        );
      }}
    </DetailPage>
  );
}
