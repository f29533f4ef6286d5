import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';
import { zodRule } from '../../../lib/form';
import { passwordMinLength } from '../api/register';
import { passwordResetSchema, useResetPassword } from '../api/reset-password';

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
      <Form.Item
        label={t('auth.fields.password')}
        name="password"
        required
        rules={[zodRule(passwordResetSchema.shape.password, t)]}
        extra={t('auth.register.passwordHint', { min: passwordMinLength })}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('auth.fields.confirmPassword')}
        name="confirmPassword"
        required
        dependencies={['password']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (!value) throw new Error(t('validation.required'));
              if (value !== getFieldValue('password'))
                throw new Error(t('validation.passwordMismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={reset.isPending}>
        {t('auth.reset.submit')}
      </Button>
    </Form>
  );
}
