import { Alert, App, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';
import { useResetPassword } from '../api/reset-password';
import { NewPasswordFields } from './new-password-fields';

interface Values {
  password: string;
  confirmPassword: string;
}

/** Sets a new password with the token of the mailed link, then goes to the login page. */
export function ResetPasswordForm({ token }: { token: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const reset = useResetPassword();

  if (!token) return <Alert type="error" showIcon message={t('auth.reset.missingToken')} />;

  const onFinish = ({ password }: Values) =>
    reset.mutate(
      { token, password },
      {
        onSuccess: () => {
          void message.success(t('auth.reset.done'));
          void navigate(paths.auth.login.getHref());
        },
      },
    );

  const invalidLink =
    isApiError(reset.error) &&
    reset.error.code === 'validation_failed' &&
    reset.error.details?.some((detail) => detail.path === 'token');

  return (
    <Form<Values> name="reset-password" layout="vertical" onFinish={onFinish} noValidate>
      {reset.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={invalidLink ? t('auth.reset.invalidLink') : errorMessage(t, reset.error)}
          action={
            invalidLink ? (
              <Link to={paths.auth.login.getHref()}>{t('auth.reset.toLogin')}</Link>
            ) : undefined
          }
        />
      )}
      <NewPasswordFields />
      <Button type="primary" htmlType="submit" size="large" block loading={reset.isPending}>
        {t('auth.reset.submit')}
      </Button>
    </Form>
  );
}
