import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AuthLayout } from '../../../components/layouts/auth-layout';
import { paths } from '../../../config/paths';
import { RedirectIfAuthenticated, LoginForm } from '../../../features/auth';
import { useDocumentTitle } from '../../../hooks/use-document-title';

export function LoginRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  useDocumentTitle(t('auth.login.title'));

  return (
    <RedirectIfAuthenticated>
      <AuthLayout
        title={t('auth.login.title')}
        subtitle={t('auth.login.subtitle')}
        footer={
          <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
            {t('auth.login.noAccount')}{' '}
            <Link to={paths.auth.register.getHref(searchParams.get('redirectTo'))}>
              {t('auth.login.toRegister')}
            </Link>
          </Typography.Paragraph>
        }
      >
        <LoginForm />
      </AuthLayout>
    </RedirectIfAuthenticated>
  );
}
