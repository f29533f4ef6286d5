import { can, sideOf, type CollaborationDto, type ExpertDto, type UserDto } from '@qs/shared';
import { MessageOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailPage } from '../../../../components/detail-page';
import { PageHeader } from '../../../../components/ui/page-header';
import { QueryError } from '../../../../components/ui/query-error';
import { canOpenSection } from '../../../../config/navigation';
import { paths } from '../../../../config/paths';
import { useUser } from '../../../../features/auth';
import {
  useCollaboration,
  CollaborationActions,
  CollaborationOutcome,
  CollaborationOverview,
  CollaborationRatings,
  CollaborationTimeline,
  useActorName,
} from '../../../../features/collaborations';
import { useExpert, ContactCard } from '../../../../features/experts';
import { MeetingsPanel } from '../../../../features/meetings';

/** The expert's phone and email, open to the enterprise once the invitation was accepted. */
function ExpertContact({ expert, name }: { expert: UseQueryResult<ExpertDto>; name: string }) {
  const { t } = useTranslation();
  const title = t('collaborations.expertContact', { name });
  if (expert.isPending)
    return (
      <Card size="small" title={title}>
        <Skeleton active title={false} paragraph={{ rows: 2 }} />
      </Card>
    );
  if (expert.isError)
    return (
      <Card size="small" title={title}>
        <QueryError error={expert.error} onRetry={() => void expert.refetch()} />
      </Card>
    );
  return <ContactCard contact={expert.data.contact} title={title} />;
}

function CollaborationPage({
  collaboration,
  user,
}: {
  collaboration: CollaborationDto;
  user: UserDto;
}) {
  const { t } = useTranslation();
  const expert = useExpert(collaboration.expertId);
  const nameOf = useActorName(collaboration, user.id);
  const view = { organizationId: collaboration.organizationId, expertId: collaboration.expertId };
  const side = sideOf(user, view);
  const expertName = collaboration.expertName ?? t('collaborations.theExpert');

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={16}>
        <Flex vertical gap={16}>
          <CollaborationOverview
            collaboration={collaboration}
            needHref={
              canOpenSection(user, 'needs')
                ? paths.app.needDetail.getHref(collaboration.needId)
                : undefined
            }
            expertHref={
              canOpenSection(user, 'experts')
                ? paths.app.expertDetail.getHref(collaboration.expertId)
                : undefined
            }
            actions={
              can(user, 'collaborations:move', view) ? (
                <CollaborationActions collaboration={collaboration} />
              ) : (
                <Typography.Text type="secondary">{t('collaborations.readOnly')}</Typography.Text>
              )
            }
          />
          <MeetingsPanel collaboration={collaboration} side={side} />
          <CollaborationOutcome
            collaboration={collaboration}
            canDownload={can(user, 'collaborations:download-outcome', view)}
          />
          <CollaborationRatings collaboration={collaboration} side={side} nameOf={nameOf} />
        </Flex>
      </Col>
      <Col xs={24} lg={8}>
        <Flex vertical gap={16}>
          {side !== 'expert' && <ExpertContact expert={expert} name={expertName} />}
          <Card size="small" title={t('collaborations.history.title')}>
            <CollaborationTimeline collaboration={collaboration} nameOf={nameOf} />
          </Card>
        </Flex>
      </Col>
    </Row>
  );
}

export function CollaborationDetailRoute() {
  const { t } = useTranslation();
  const user = useUser();
  const { collaborationId = '' } = useParams();
  const collaboration = useCollaboration(collaborationId);
  const backTo = { href: paths.app.collaborations.getHref(), label: t('collaborations.title') };

  return (
    <DetailPage query={collaboration} title={t('collaborations.detailTitle')} backTo={backTo}>
      {(data) => {
        const party = sideOf(user, {
          organizationId: data.organizationId,
          expertId: data.expertId,
        });
        return (
          <>
            <PageHeader
              extra={
                party && (
                  <Link to={paths.app.messagesOfInvitation.getHref(data.invitationId)}>
                    <Button icon={<MessageOutlined aria-hidden />}>{t('chat.openChat')}</Button>
                  </Link>
                )
              }
              title={data.needTitle ?? t('collaborations.detailTitle')}
              description={t('collaborations.parties', {
                organization: data.organizationName ?? t('collaborations.theEnterprise'),
                expert: data.expertName ?? t('collaborations.theExpert'),
              })}
              backTo={backTo}
            />
            <CollaborationPage collaboration={data} user={user} />
          </>
        );
      }}
    </DetailPage>
  );
}
