import { SendOutlined } from '@ant-design/icons';
import {
  clientEvents,
  messageNewPayloadSchema,
  serverEvents,
  typingPayloadSchema,
  type ConversationDto,
  type MessageDto,
  type UserDto,
} from '@qs/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Input, Skeleton, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/ui/query-error';
import { paths } from '../../../config/paths';
import { usePageVisible } from '../../../hooks/use-page-visible';
import { usePhone } from '../../../hooks/use-phone';
import { errorMessage } from '../../../lib/error-messages';
import { useFormatters } from '../../../lib/format';
import { onServerEvent, useRealtimeSocket } from '../../../lib/socket';
import { useConversation } from '../api/get-conversation';
import { useMessages } from '../api/get-messages';
import { applyMessage } from '../api/keys';
import { markRead, newClientId, sendMessage } from '../api/send-message';
import { chronological, lastReadByOthers } from '../utils/merge';
import { counterpart } from './conversation-list';

const MAX_LENGTH = 4000;
const TYPING_EVERY_MS = 2_000;
const TYPING_SHOWN_MS = 3_000;

interface Pending {
  clientId: string;
  body: string;
  failed?: string;
}

/** Joins the conversation's room while it is open, again after every reconnect. */
function useJoined(conversationId: string) {
  const socket = useRealtimeSocket();
  useEffect(() => {
    if (!socket) return;
    const join = () => socket.emit(clientEvents.conversationJoin, { conversationId });
    if (socket.connected) join();
    socket.on('connect', join);
    return () => {
      socket.off('connect', join);
      socket.emit(clientEvents.conversationLeave, { conversationId });
    };
  }, [socket, conversationId]);
}

/**
 * Whether the other side is typing right now, from their live `typing` events; their message
 * arriving ends it at once.
 */
function useOtherTyping(conversationId: string, me: string): boolean {
  const socket = useRealtimeSocket();
  const [typing, setTyping] = useState(false);
  useEffect(() => {
    if (!socket) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (shown: boolean) => {
      clearTimeout(timer);
      setTyping(shown);
      if (shown) timer = setTimeout(() => setTyping(false), TYPING_SHOWN_MS);
    };
    const unsubscribes = [
      onServerEvent(socket, serverEvents.typing, typingPayloadSchema, (event) => {
        if (event.conversationId === conversationId && event.userId !== me) show(true);
      }),
      onServerEvent(socket, serverEvents.messageNew, messageNewPayloadSchema, ({ message }) => {
        if (message.conversationId === conversationId && message.senderId !== me) show(false);
      }),
    ];
    return () => {
      clearTimeout(timer);
      unsubscribes.forEach((unsubscribe) => unsubscribe());
    };
  }, [socket, conversationId, me]);
  return typing;
}

/** Marks read the newest message from the other side, once it is on screen (the tab visible). */
function useMarkRead(
  conversation: ConversationDto | undefined,
  messages: MessageDto[],
  me: string,
) {
  const socket = useRealtimeSocket();
  const visible = usePageVisible();
  const marked = useRef<string | undefined>(undefined);
  const newest = messages.filter((m) => m.senderId !== me).at(-1)?.id;
  const mine = conversation?.reads.find((read) => read.userId === me)?.messageId;
  useEffect(() => {
    if (!visible || !conversation || !newest) return;
    if ((mine && mine >= newest) || marked.current === newest) return;
    marked.current = newest;
    void markRead(socket, conversation.id, newest).catch(() => {
      marked.current = undefined;
    });
  }, [socket, visible, conversation, newest, mine]);
}

function Bubble({ body, mine, footer }: { body: string; mine: boolean; footer?: React.ReactNode }) {
  return (
    <Flex vertical align={mine ? 'flex-end' : 'flex-start'} gap={2}>
      <div
        style={{
          maxWidth: '75%',
          padding: '8px 12px',
          borderRadius: 12,
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          background: mine ? 'var(--ant-color-primary)' : 'var(--ant-color-fill-secondary)',
          color: mine ? 'var(--ant-color-white)' : undefined,
        }}
      >
        {body}
      </div>
      {footer}
    </Flex>
  );
}

/** One conversation: its history, live messages, typing and read marks, and the composer. */
export function ConversationView({
  conversationId,
  user,
}: {
  conversationId: string;
  user: UserDto;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const socket = useRealtimeSocket();
  const queryClient = useQueryClient();
  const conversation = useConversation(conversationId);
  const history = useMessages(conversationId);
  const messages = useMemo(() => chronological(history.data), [history.data]);
  const [draft, setDraft] = useState('');
  const [pending, setPending] = useState<Pending[]>([]);
  const lastTyping = useRef(0);
  const log = useRef<HTMLDivElement>(null);
  const otherTyping = useOtherTyping(conversationId, user.id);
  const phone = usePhone();

  useJoined(conversationId);
  useMarkRead(conversation.data, messages, user.id);

  const newestId = messages.at(-1)?.id;
  // Only the history scrolls: scrollIntoView would move the whole page on narrow screens too.
  useEffect(() => {
    if (log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [newestId, pending.length]);

  const deliver = useCallback(
    async (outgoing: Pending) => {
      try {
        const message = await sendMessage(socket, {
          conversationId,
          body: outgoing.body,
          clientId: outgoing.clientId,
        });
        applyMessage(queryClient, message);
        setPending((list) => list.filter((item) => item.clientId !== outgoing.clientId));
      } catch (error) {
        const reason = errorMessage(t, error);
        setPending((list) =>
          list.map((item) =>
            item.clientId === outgoing.clientId ? { ...item, failed: reason } : item,
          ),
        );
      }
    },
    [socket, conversationId, queryClient, t],
  );

  const submit = () => {
    const body = draft.trim();
    if (!body) return;
    const outgoing = { clientId: newClientId(), body };
    setPending((list) => [...list, outgoing]);
    setDraft('');
    void deliver(outgoing);
  };

  const retry = (item: Pending) => {
    setPending((list) =>
      list.map((each) => (each.clientId === item.clientId ? { ...each, failed: undefined } : each)),
    );
    void deliver({ clientId: item.clientId, body: item.body });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  const onChange = (value: string) => {
    setDraft(value);
    const now = Date.now();
    if (socket?.connected && value && now - lastTyping.current > TYPING_EVERY_MS) {
      lastTyping.current = now;
      socket.emit(clientEvents.typing, { conversationId });
    }
  };

  if (conversation.isError)
    return <QueryError error={conversation.error} onRetry={() => void conversation.refetch()} />;

  const data = conversation.data;
  const readUpTo = data ? lastReadByOthers(messages, data.reads, user.id) : undefined;
  const shown = new Set(messages.map((m) => m.clientId));

  return (
    <Card
      title={
        data ? (
          <Flex vertical>
            <Typography.Text strong>
              {counterpart(data, user.role) ?? t('chat.otherParty')}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
              {data.needTitle ?? t('chat.untitledNeed')}
            </Typography.Text>
          </Flex>
        ) : (
          <Skeleton.Input active size="small" />
        )
      }
      extra={
        data?.collaborationId && (
          <Link to={paths.app.collaborationDetail.getHref(data.collaborationId)}>
            {t('chat.openCollaboration')}
          </Link>
        )
      }
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 12 } }}
    >
      <div
        ref={log}
        role="log"
        aria-label={t('chat.historyLabel')}
        aria-live="polite"
        // On a phone the thread takes the screen between the header and the composer.
        style={{
          height: phone ? 'calc(100dvh - 420px)' : 480,
          minHeight: 220,
          overflowY: 'auto',
          paddingInline: 4,
        }}
      >
        {history.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
        {history.isError && (
          <QueryError error={history.error} onRetry={() => void history.refetch()} />
        )}
        {history.hasNextPage && (
          <Flex justify="center" style={{ marginBottom: 8 }}>
            <Button
              size="small"
              loading={history.isFetchingNextPage}
              onClick={() => void history.fetchNextPage()}
            >
              {t('chat.loadOlder')}
            </Button>
          </Flex>
        )}
        {history.isSuccess && messages.length === 0 && pending.length === 0 && (
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 48 }}>
            {t('chat.startHint')}
          </Typography.Paragraph>
        )}
        <Flex vertical gap={10}>
          {messages.map((message) => {
            const mine = message.senderId === user.id;
            return (
              <Bubble
                key={message.id}
                body={message.body}
                mine={mine}
                footer={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {format.dateTime(message.createdAt)}
                    {mine && message.id === readUpTo ? ` · ${t('chat.read')}` : ''}
                  </Typography.Text>
                }
              />
            );
          })}
          {pending
            .filter((item) => !shown.has(item.clientId))
            .map((item) => (
              <Bubble
                key={item.clientId}
                body={item.body}
                mine
                footer={
                  item.failed ? (
                    <Typography.Text type="danger" style={{ fontSize: 12 }}>
                      {t('chat.failed', { reason: item.failed })}{' '}
                      <Button type="link" size="small" onClick={() => retry(item)}>
                        {t('chat.retry')}
                      </Button>
                    </Typography.Text>
                  ) : (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('chat.sending')}
                    </Typography.Text>
                  )
                }
              />
            ))}
        </Flex>
      </div>
      <Typography.Text type="secondary" style={{ minHeight: 22 }} aria-live="polite">
        {otherTyping ? t('chat.typing') : ''}
      </Typography.Text>
      {!socket?.connected && <Alert type="info" showIcon title={t('chat.offline')} />}
      <Flex gap={8} align="flex-end">
        <div style={{ flex: 1, minWidth: 0 }}>
          <Input.TextArea
            aria-label={t('chat.composerLabel')}
            placeholder={t('chat.placeholder')}
            value={draft}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={onKeyDown}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={MAX_LENGTH}
            showCount
          />
        </div>
        <Button
          type="primary"
          icon={<SendOutlined aria-hidden />}
          disabled={!draft.trim()}
          onClick={submit}
        >
          {t('chat.send')}
        </Button>
      </Flex>
    </Card>
  );
}
