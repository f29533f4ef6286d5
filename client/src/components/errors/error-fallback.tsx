import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/error-messages';
import { ResultTitle } from './result-title';

interface ErrorFallbackProps {
  error: unknown;
  onRetry: () => void;
  title?: string;
}

export function ErrorFallback({ error, onRetry, title }: ErrorFallbackProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={<ResultTitle>{title ?? t('errorBoundary.title')}</ResultTitle>}
      subTitle={errorMessage(t, error)}
      extra={
        <Button type="primary" icon={<ReloadOutlined />} onClick={onRetry}>
          {t('errorBoundary.retry')}
        </Button>
      }
    />
  );
}
