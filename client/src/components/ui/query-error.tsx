import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/error-messages';

interface QueryErrorProps {
  error: unknown;
  onRetry: () => void;
  title?: string;
}

/** A failed load inside a page: what went wrong and a retry button. */
export function QueryError({ error, onRetry, title }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={title ?? t('common.loadFailed')}
      description={errorMessage(t, error)}
      action={
        <Button icon={<ReloadOutlined aria-hidden />} onClick={onRetry}>
          {t('errorBoundary.retry')}
        </Button>
      }
    />
  );
}
