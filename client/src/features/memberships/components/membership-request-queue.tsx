import { BankOutlined } from '@ant-design/icons';
import { Flex, Grid, Segmented, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/paged-list';
import { EmptyState } from '../../../components/ui/empty-state';
import { SearchBox } from '../../../components/ui/search-box';
import { useUrlQuery } from '../../../hooks/use-url-query';
import { useFormatters } from '../../../lib/format';
import {
  listMembershipRequestsQuerySchema,
  useMembershipRequests,
} from '../api/get-membership-requests';
import { DecisionActions } from './decision-actions';
import { MemberCard } from './member-card';

const scopes = listMembershipRequestsQuerySchema.shape.scope.unwrap().options;

/**
 * The bureau's queue of requests to join: by default those of organizations without an owner,
 * which only staff can decide; the scope and the search stay in the URL.
 */
export function MembershipRequestQueue() {
  const { t } = useTranslation();
  const phone = !Grid.useBreakpoint().sm;
  const format = useFormatters();
  const [query, update] = useUrlQuery(listMembershipRequestsQuerySchema);
  const requests = useMembershipRequests(query);
  const turn = useCallback((page: number) => update({ page }, { resetPage: false }), [update]);

  const list = () => (
    <PagedList
      query={requests}
      page={query.page}
      pageSize={query.limit}
      onPageChange={turn}
      label={{ text: t('membershipRequests.listLabel') }}
      count={(total) => t('membershipRequests.count', { count: total })}
      itemKey={(member) => member.userId}
      renderItem={(member) => (
        <MemberCard
          member={member}
          tags={
            <Tag icon={<BankOutlined aria-hidden />} style={{ whiteSpace: 'normal' }}>
              {member.organizationName ?? t('membershipRequests.unknownOrganization')}
            </Tag>
          }
          details={
            <Typography.Text type="secondary">
              {t('members.requestedAt', { time: format.dateTime(member.requestedAt) })}
            </Typography.Text>
          }
          actions={<DecisionActions member={member} />}
        />
      )}
      empty={
        <EmptyState
          title={t(query.q ? 'membershipRequests.noMatch' : 'membershipRequests.empty')}
          hint={t(`membershipRequests.emptyHints.${query.scope}`)}
        />
      }
    />
  );

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap vertical={phone} align={phone ? 'stretch' : 'center'}>
        <Segmented
          block={phone}
          vertical={phone}
          value={query.scope}
          onChange={(scope) => update({ scope })}
          aria-label={t('membershipRequests.scopeLabel')}
          options={scopes.map((scope) => ({
            value: scope,
            label: t(`membershipRequests.scopes.${scope}`),
          }))}
        />
        <SearchBox
          value={query.q ?? ''}
          onSearch={(q) => update({ q })}
          label={t('membershipRequests.searchLabel')}
          placeholder={t('membershipRequests.searchPlaceholder')}
          style={{ width: 320, maxWidth: '100%' }}
        />
      </Flex>
      {query.scope === 'unowned' && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('membershipRequests.unownedHint')}
        </Typography.Paragraph>
      )}
      {list()}
    </Flex>
  );
}
