import { Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { plainList } from './plain-list';
import { Link } from 'react-router';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { QueryError } from '../../../components/ui/query-error';
import { useFormatters } from '../../../lib/format';
import { useSuspensions } from '../api/get-credit';

interface SuspensionListProps {
  /** where a subject's record is shown */
  hrefOf: (subjectType: 'expert' | 'organization', id: string) => string;
}

/** Suspensions in force (the blacklist), for the bureau. */
export function SuspensionList({ hrefOf }: SuspensionListProps) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const query = useSuspensions();
  if (query.isPending) return <ListSkeleton />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { items } = query.data;
  return items.length === 0 ? (
    <Empty description={t('credit.noneInForce')} />
  ) : (
    <ul style={plainList}>
      {items.map((s) => (
        <li key={s.id}>
          <Flex vertical gap={2}>
            <span>
              <Tag>{t(`credit.subjects.${s.subjectType}`)}</Tag>
              <Link to={hrefOf(s.subjectType, s.subjectId)}>{s.subjectName ?? s.subjectId}</Link>
            </span>
            <Typography.Text type="secondary">
              {t('credit.suspendedUntil', { until: dateTime(s.until) })} ·{' '}
              {t('credit.reason', { reason: s.reason })}
              {s.appeals.some((a) => !a.answer) && (
                <Tag color="orange" style={{ marginInlineStart: 8 }}>
                  {t('credit.awaitingAnswer')}
                </Tag>
              )}
            </Typography.Text>
          </Flex>
        </li>
      ))}
    </ul>
  );
}
