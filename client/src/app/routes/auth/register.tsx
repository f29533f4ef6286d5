import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AuthLayout } from '../../../components/layouts/auth-layout';
import { paths } from '../../../config/paths';
import { RedirectIfAuthenticated, RegisterForm } from '../../../features/auth';
import { useDocumentTitle } from '../../../hooks/use-document-title';

export function RegisterRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  useDocumentTitle(t('auth.register.title'));

  return (
    // A new expert starts with the profile: nobody finds an expert without one.
    <RedirectIfAuthenticated
      landing={(user) =>
        user.role === 'expert' ? paths.app.profile.getHref() : paths.app.root.getHref()
      }
    >
      <AuthLayout
        title={t('auth.register.title')}
        subtitle={t('auth.register.subtitle')}
        footer={
          <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
            {t('auth.register.hasAccount')}{' '}
            <Link to={paths.auth.login.getHref(searchParams.get('redirectTo'))}>
              {t('auth.register.toLogin')}
            </Link>
          </Typography.Paragraph>
        }
      >
        <RegisterForm />
      </AuthLayout>
    </RedirectIfAuthenticated>
  );
}
