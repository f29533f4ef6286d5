import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { QueryError } from '../../../components/ui/query-error';
import { useMyCredit } from '../api/get-credit';
import { CreditRecord } from './credit-record';

/** The expert's or the organization's own record, with the way to appeal a suspension. */
export function MyCredit() {
  const { t } = useTranslation();
  const query = useMyCredit();
  if (query.isPending) return <ListSkeleton />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { record } = query.data;
  return record ? (
    <CreditRecord record={record} manage={false} headingLevel={2} />
  ) : (
    <Empty description={t('credit.noRecord')} />
  );
}
