import type { AcceptInvitationResult } from '@qs/shared';
import { Alert, Flex, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/paged-list';
import { EmptyState } from '../../../components/ui/empty-state';
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

  const list = () => (
    <PagedList
      query={invitations}
      page={query.page}
      pageSize={query.limit}
      onPageChange={(page, limit) => update({ page, limit }, { resetPage: false })}
      label={{ text: t('invitations.inbox.listLabel') }}
      itemKey={(invitation) => invitation.id}
      renderItem={(invitation) => (
        <ReceivedInvitationCard
          invitation={invitation}
          renderNeed={slots.renderNeed}
          renderCollaborationLink={slots.renderCollaborationLink}
          onAccepted={setAccepted}
        />
      )}
      showTotal={(count) => t('invitations.total', { count })}
      empty={
        <EmptyState
          title={query.status ? t('invitations.inbox.emptyFiltered') : t('invitations.inbox.empty')}
          hint={query.status ? undefined : t('invitations.inbox.emptyHint')}
        />
      }
    />
  );

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
