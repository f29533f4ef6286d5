import type { CreditSubjectType } from '@qs/shared';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { QueryError } from '../../../components/ui/query-error';
import { useCreditRecord } from '../api/get-credit';
import { CreditRecord } from './credit-record';

/** One subject's record, loaded (the bureau's expert and organization pages). */
export function CreditRecordCard({
  subjectType,
  id,
  manage,
}: {
  subjectType: CreditSubjectType;
  id: string;
  manage: boolean;
}) {
  const { t } = useTranslation();
  const query = useCreditRecord(subjectType, id);
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('credit.title')}</h2>}>
      {query.isPending ? (
        <ListSkeleton />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <CreditRecord record={query.data} manage={manage} />
      )}
    </Card>
  );
}
