import { BankOutlined } from '@ant-design/icons';
import { Flex, Grid, Pagination, Segmented, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { QueryError } from '../../../components/ui/query-error';
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
  const total = requests.data?.total ?? 0;
  // The last ones of a later page were decided: go back to the last page there is.
  const lastPage = Math.max(1, Math.ceil(total / query.limit));
  const beyondEnd = requests.isSuccess && !requests.isPlaceholderData && query.page > lastPage;
  useEffect(() => {
    if (beyondEnd) update({ page: lastPage }, { resetPage: false });
  }, [beyondEnd, lastPage, update]);

  const list = () => {
    if (requests.isPending) return <ListSkeleton rows={3} />;
    if (requests.isError)
      return <QueryError error={requests.error} onRetry={() => void requests.refetch()} />;
    if (requests.data.items.length === 0)
      return (
        <EmptyState
          title={t(query.q ? 'membershipRequests.noMatch' : 'membershipRequests.empty')}
          hint={t(`membershipRequests.emptyHints.${query.scope}`)}
        />
      );
    return (
      <Flex vertical gap={12}>
        <Typography.Text type="secondary" aria-live="polite">
          {t('membershipRequests.count', { count: total })}
        </Typography.Text>
        <Flex vertical gap={12} role="list" aria-label={t('membershipRequests.listLabel')}>
          {requests.data.items.map((member) => (
            <div role="listitem" key={member.userId}>
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
            </div>
          ))}
        </Flex>
        {total > query.limit && (
          <Pagination
            align="end"
            current={query.page}
            pageSize={query.limit}
            total={total}
            showSizeChanger={false}
            onChange={(page) => update({ page }, { resetPage: false })}
          />
        )}
      </Flex>
    );
  };

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
