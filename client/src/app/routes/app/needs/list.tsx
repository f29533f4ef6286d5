import { AppstoreOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../../components/ui/page-header';
import { paths } from '../../../../config/paths';
import { NeedInvitationSummary } from '../../../../features/invitations';
import { MyNeeds } from '../../../../features/needs';

export function NeedsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('needs.mine.title')}
        description={t('sections.needs')}
        extra={
          <>
            <Link to={paths.app.needCatalogue.getHref()}>
              <Button icon={<AppstoreOutlined aria-hidden />}>{t('needs.catalogue.title')}</Button>
            </Link>
            <Link to={paths.app.needNew.getHref()}>
              <Button type="primary" icon={<PlusOutlined aria-hidden />}>
                {t('needs.post')}
              </Button>
            </Link>
          </>
        }
      />
      <MyNeeds renderFooter={(need) => <NeedInvitationSummary needId={need.id} />} />
    </>
  );
}
