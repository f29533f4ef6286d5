import type { AcceptInvitationResult } from '@qs/shared';
import { Alert, Flex, Pagination, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { QueryError } from '../../../components/ui/query-error';
import { useUrlQuery } from '../../../hooks/use-url-query';
import { listInvitationsQuerySchema, useInvitations } from '../api/get-invitations';
import {
  CollaborationButton,
  MessageButton,
  ReceivedInvitationCard,
  type ReceivedInvitationSlots,
} from './received-invitation-card';
import { InvitationStatusFilter } from './status-filter';

/** "You accepted…": stays on top, also when the filter no longer lists the invitation. */
function AcceptedNotice({
  result,
  onClose,
}: {
  result: AcceptInvitationResult;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose, 'aria-label': t('common.close') }}
      title={t('invitations.respond.acceptedNotice', {
        title: result.invitation.needTitle ?? t('invitations.theNeed'),
      })}
      action={
        <Flex gap={8} wrap>
          <MessageButton invitationId={result.invitation.id} />
          <CollaborationButton collaborationId={result.collaborationId} />
        </Flex>
      }
    />
  );
}

/** The invitations an expert received, newest first, filtered by state (in the URL). */
export function InvitationInbox(slots: ReceivedInvitationSlots) {
  const { t } = useTranslation();
  const [query, update] = useUrlQuery(listInvitationsQuerySchema);
  const invitations = useInvitations(query);
  const [accepted, setAccepted] = useState<AcceptInvitationResult>();

  const list = () => {
    if (invitations.isPending) return <ListSkeleton rows={3} />;
    if (invitations.isError)
      return <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />;
    const { items, total } = invitations.data;
    if (items.length === 0)
      return (
        <EmptyState
          title={query.status ? t('invitations.inbox.emptyFiltered') : t('invitations.inbox.empty')}
          hint={query.status ? undefined : t('invitations.inbox.emptyHint')}
        />
      );
    return (
      <Flex vertical gap={12}>
        <Flex vertical gap={12} role="list" aria-label={t('invitations.inbox.listLabel')}>
          {items.map((invitation) => (
            <div role="listitem" key={invitation.id}>
              <ReceivedInvitationCard
                invitation={invitation}
                renderNeed={slots.renderNeed}
                renderCollaborationLink={slots.renderCollaborationLink}
                onAccepted={setAccepted}
              />
            </div>
          ))}
        </Flex>
        <Pagination
          align="end"
          current={query.page}
          pageSize={query.limit}
          total={total}
          hideOnSinglePage
          showTotal={(count) => t('invitations.total', { count })}
          onChange={(page, limit) => update({ page, limit }, { resetPage: false })}
        />
      </Flex>
    );
  };

  return (
    <Flex vertical gap={16}>
      {accepted && <AcceptedNotice result={accepted} onClose={() => setAccepted(undefined)} />}
      <InvitationStatusFilter value={query.status} onChange={(status) => update({ status })} />
      <Spin spinning={invitations.isPlaceholderData} delay={200}>
        {list()}
      </Spin>
    </Flex>
  );
}
