import type { MemberDto } from '@qs/shared';
import { Flex, Tag, Typography } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/paged-list';
import { EmptyState } from '../../../components/ui/empty-state';
import { useFormatters } from '../../../lib/format';
import { useMembers } from '../api/get-members';
import { DecisionActions } from './decision-actions';
import { MemberActions } from './member-actions';
import { MemberCard } from './member-card';

const PAGE_SIZE = 20;

interface MemberSectionProps {
  organizationId: string;
  membership: MemberDto['membership'];
  title: string;
  count: (total: number) => string;
  empty: ReactNode;
  renderMember: (member: MemberDto) => ReactNode;
}

/** One list of the organization's accounts (requests or members), paged, with its states. */
function MemberSection({
  organizationId,
  membership,
  title,
  count,
  empty,
  renderMember,
}: MemberSectionProps) {
  const headingId = useId();
  const [page, setPage] = useState(1);
  const list = useMembers(organizationId, { membership, page, limit: PAGE_SIZE });

  return (
    <section aria-labelledby={headingId}>
      <Flex align="baseline" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={2} id={headingId} style={{ margin: 0, fontSize: 20 }}>
          {title}
        </Typography.Title>
        {list.isSuccess && (
          <Typography.Text type="secondary" aria-live="polite">
            {count(list.data.total)}
          </Typography.Text>
        )}
      </Flex>
      <PagedList
        query={list}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        label={{ labelledBy: headingId }}
        skeletonRows={2}
        itemKey={(member) => member.userId}
        renderItem={renderMember}
        empty={empty}
      />
    </section>
  );
}

interface OrganizationMembersProps {
  organizationId: string;
  /** The owner looking: marked "you" in the list. */
  currentUserId: string;
}

/** An organization's requests to join, first, then its members with their roles. */
export function OrganizationMembers({ organizationId, currentUserId }: OrganizationMembersProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Flex vertical gap={32}>
      <MemberSection
        organizationId={organizationId}
        membership="pending"
        title={t('members.pendingTitle')}
        count={(total) => t('members.pendingCount', { count: total })}
        empty={
          <EmptyState title={t('members.pendingEmpty')} hint={t('members.pendingEmptyHint')} />
        }
        renderMember={(member) => (
          <MemberCard
            member={member}
            details={
              <Typography.Text type="secondary">
                {t('members.requestedAt', { time: format.dateTime(member.requestedAt) })}
              </Typography.Text>
            }
            actions={<DecisionActions member={member} />}
          />
        )}
      />
      <MemberSection
        organizationId={organizationId}
        membership="active"
        title={t('members.activeTitle')}
        count={(total) => t('members.activeCount', { count: total })}
        empty={<EmptyState title={t('members.activeEmpty')} />}
        renderMember={(member) => (
          <MemberCard
            member={member}
            tags={
              <>
                {member.orgRole === 'owner' && <Tag color="blue">{t('orgRoles.owner')}</Tag>}
                {member.userId === currentUserId && <Tag>{t('members.you')}</Tag>}
              </>
            }
            actions={<MemberActions member={member} />}
          />
        )}
      />
    </Flex>
  );
}
