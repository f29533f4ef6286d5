import type { ConversationDto, Role } from '@qs/shared';
import { Badge, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { QueryError } from '../../../components/ui/query-error';
import { paths } from '../../../config/paths';
import { useFormatters } from '../../../lib/format';
import { FIRST_PAGE, useConversations } from '../api/get-conversations';

/** The other party's name, as the caller sees it. */
export function counterpart(conversation: ConversationDto, role: Role): string | undefined {
  return role === 'expert' ? conversation.organizationName : conversation.expertName;
}

/** The caller's conversations, most recent first, with unread badges and the last message. */
export function ConversationList({ role, activeId }: { role: Role; activeId?: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const conversations = useConversations(FIRST_PAGE);

  if (conversations.isPending) return <ListSkeleton rows={3} />;
  if (conversations.isError)
    return <QueryError error={conversations.error} onRetry={() => void conversations.refetch()} />;
  if (conversations.data.items.length === 0)
    return <EmptyState title={t('chat.empty')} hint={t('chat.emptyHint')} />;

  return (
    <List
      aria-label={t('chat.listLabel')}
      dataSource={conversations.data.items}
      renderItem={(conversation) => {
        const active = conversation.id === activeId;
        const last = conversation.lastMessage;
        return (
          <List.Item
            style={{
              paddingInline: 12,
              borderRadius: 8,
              background: active ? 'var(--ant-color-primary-bg)' : undefined,
            }}
          >
            <Link
              to={paths.app.messageDetail.getHref(conversation.id)}
              aria-current={active ? 'page' : undefined}
              style={{ display: 'block', width: '100%', color: 'inherit' }}
            >
              <Flex justify="space-between" gap={8}>
                <Typography.Text strong ellipsis>
                  {counterpart(conversation, role) ?? t('chat.otherParty')}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
                  {last ? format.dateTime(last.createdAt) : ''}
                </Typography.Text>
              </Flex>
              <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>
                {conversation.needTitle ?? t('chat.untitledNeed')}
              </Typography.Text>
              <Flex justify="space-between" gap={8} align="center">
                <Typography.Text ellipsis style={{ maxWidth: '85%' }}>
                  {last?.body ?? t('chat.noMessagesYet')}
                </Typography.Text>
                <Badge
                  count={conversation.unread}
                  aria-label={t('chat.unread', { count: conversation.unread })}
                />
              </Flex>
            </Link>
          </List.Item>
        );
      }}
    />
  );
}
