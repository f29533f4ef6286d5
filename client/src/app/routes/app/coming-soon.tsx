import { RocketOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMatches, useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { currentSection } from '../../route-handle';

/** Stands in for a navigation section whose page is not built yet. */
export function ComingSoonRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const section = currentSection(useMatches()) ?? 'dashboard';
  const label = t(`nav.${section}`);
  useDocumentTitle(label);

  return (
    <Result
      icon={<RocketOutlined />}
      title={t('comingSoon.title', { section: label })}
      subTitle={`${t(`sections.${section}`)} — ${t('comingSoon.description')}`}
      extra={
        <Button type="primary" onClick={() => navigate(paths.app.root.getHref())}>
          {t('comingSoon.backHome')}
        </Button>
      }
    />
  );
}
