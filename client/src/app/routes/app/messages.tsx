import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryError } from '../../../components/ui/query-error';
import { paths } from '../../../config/paths';
import { useUser } from '../../../features/auth';
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

/** The caller's conversations beside the open one. */
export function MessagesRoute() {
  const { t } = useTranslation();
  const user = useUser();
  const { conversationId } = useParams();
  const [search] = useSearchParams();
  const invitationId = search.get('invitationId');

  return (
    <>
      <PageHeader title={t('chat.title')} description={t('chat.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small">
            <ConversationList role={user.role} activeId={conversationId} />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          {conversationId ? (
            <ConversationView key={conversationId} conversationId={conversationId} user={user} />
          ) : invitationId ? (
            <ConversationOfInvitation invitationId={invitationId} />
          ) : (
            <Card>
              <Typography.Text type="secondary">{t('chat.selectHint')}</Typography.Text>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
