import { Alert, Card, Form, Skeleton } from 'antd';
import { cloneElement, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error';
import { useConflicts } from '../api/get-conflicts';

interface PickerProps {
  value?: string[];
  onChange?: (value: string[]) => void;
  maxCount?: number;
  id?: string;
}

/**
 * The conflict check (回避检查) of a need: pick an expert and read whether and why they are
 * excluded from its matches, draws and invitations (own or avoided organization, a former
 * employer within three years, the avoidance list, a suspension).
 */
export function ConflictCheck({
  need,
  expertInput,
}: {
  need: { id: string; updatedAt: string };
  /** a multi-select of experts by id (one is checked at a time) */
  expertInput: ReactElement<PickerProps>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ experts?: string[] }>();
  const chosen = Form.useWatch('experts', form);
  const expertId = chosen?.at(-1);
  const check = useConflicts({ id: need.id, version: need.updatedAt }, expertId);
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('avoidance.check')}</h2>}>
      <Form form={form} layout="vertical">
        <Form.Item name="experts" label={t('avoidance.checkExpert')}>
          {cloneElement(expertInput, { maxCount: 1 })}
        </Form.Item>
      </Form>
      {expertId !== undefined && check.isPending && <Skeleton active paragraph={{ rows: 1 }} />}
      {check.isError && <QueryError error={check.error} onRetry={() => void check.refetch()} />}
      {check.data && (
        <Alert
          role="status"
          showIcon
          type={check.data.conflicts ? 'warning' : 'success'}
          title={check.data.conflicts ? t('avoidance.conflicts') : t('avoidance.noConflict')}
          description={
            check.data.reasons.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {check.data.reasons.map((reason) => (
                  <li key={`${reason.kind}-${reason.organization ?? ''}`}>{reason.message}</li>
                ))}
              </ul>
            )
          }
        />
      )}
    </Card>
  );
}
