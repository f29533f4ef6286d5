import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { ResultTitle } from './result-title';

export function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<ResultTitle>{t('notFound.title')}</ResultTitle>}
      subTitle={t('notFound.description')}
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home.getHref())}>
          {t('notFound.backHome')}
        </Button>
      }
    />
  );
}
