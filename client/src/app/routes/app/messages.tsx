import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryError } from '../../../components/ui/query-error';
import { paths } from '../../../config/paths';
import { useUser } from '../../../features/auth';
import { usePhone } from '../../../hooks/use-phone';
import { useConversations, ConversationList, ConversationView } from '../../../features/messaging';

/** `?invitationId=` (from a collaboration's page) leads to that invitation's conversation. */
function ConversationOfInvitation({ invitationId }: { invitationId: string }) {
  const { t } = useTranslation();
  const found = useConversations({ invitationId, page: 1, limit: 1 });
  if (found.isPending) return <ListSkeleton rows={1} />;
  if (found.isError) return <QueryError error={found.error} onRetry={() => void found.refetch()} />;
  const conversation = found.data?.items[0];
  if (!conversation)
    return <Typography.Text type="secondary">{t('chat.notFound')}</Typography.Text>;
  return <Navigate to={paths.app.messageDetail.getHref(conversation.id)} replace />;
}

/**
 * The caller's conversations beside the open one; on a phone the list, or the open conversation
 * across the screen with the way back to the list.
 */
export function MessagesRoute() {
  const { t } = useTranslation();
  const user = useUser();
  const phone = usePhone();
  const { conversationId } = useParams();
  const [search] = useSearchParams();
  const invitationId = search.get('invitationId');
  const thread = conversationId ? (
    <ConversationView key={conversationId} conversationId={conversationId} user={user} />
  ) : invitationId ? (
    <ConversationOfInvitation invitationId={invitationId} />
  ) : null;

  if (phone)
    return thread ? (
      <>
        <PageHeader
          title={t('chat.title')}
          backTo={{ href: paths.app.messages.getHref(), label: t('chat.allConversations') }}
        />
        {thread}
      </>
    ) : (
      <>
        <PageHeader title={t('chat.title')} description={t('chat.description')} />
        <Card size="small">
          <ConversationList role={user.role} />
        </Card>
      </>
    );

  return (
    <>
      <PageHeader title={t('chat.title')} description={t('chat.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={9} lg={8}>
          <Card size="small">
            <ConversationList role={user.role} activeId={conversationId} />
          </Card>
        </Col>
        <Col xs={24} md={15} lg={16}>
          {thread ?? (
            <Card>
              <Typography.Text type="secondary">{t('chat.selectHint')}</Typography.Text>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
