import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { ResultTitle } from './result-title';

export function Forbidden() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={<ResultTitle>{t('forbidden.title')}</ResultTitle>}
      subTitle={t('forbidden.description')}
      extra={
        <Button type="primary" onClick={() => void navigate(paths.app.root.getHref())}>
          {t('forbidden.backHome')}
        </Button>
      }
    />
  );
}
