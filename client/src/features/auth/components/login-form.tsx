import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCountdown } from '../../../hooks/use-countdown';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors, zodRule } from '../../../lib/form';
import { loginSchema, useLogin, type LoginInput } from '../api/login';

const loginFields = ['email', 'password'] as const;

/** Wrong credentials and rate limiting get an alert inside the form rather than a toast. */
function isShownInForm(error: unknown): boolean {
  return isApiError(error) && ['invalid_credentials', 'rate_limited'].includes(error.code);
}

function RateLimitAlert({ secondsLeft, known }: { secondsLeft: number; known: boolean }) {
  const { t } = useTranslation();
  const minutes = Math.ceil(secondsLeft / 60);
  const description = !known
    ? t('auth.login.rateLimitedLater')
    : secondsLeft >= 120
      ? t('auth.login.rateLimitedMinutes', { count: minutes })
      : t('auth.login.rateLimitedSeconds', { count: secondsLeft });
  return (
    <Alert
      type="warning"
      showIcon
      title={t('auth.login.rateLimitedTitle')}
      description={description}
    />
  );
}

/** Signs in; the route guard takes the user on once the session exists. */
export function LoginForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<LoginInput>();
  const loginMutation = useLogin();
  const [secondsLeft, startCountdown] = useCountdown();
  const error = loginMutation.error;

  const onFinish = (values: LoginInput) => {
    loginMutation.mutate(values, {
      onError: (failure) => {
        if (isApiError(failure) && failure.code === 'rate_limited') {
          startCountdown(failure.retryAfterSeconds ?? 0);
        }
        if (!isShownInForm(failure) && !applyFieldErrors(form, failure, loginFields)) {
          void message.error(errorMessage(t, failure));
        }
      },
    });
  };

  const rateLimited = isApiError(error) && error.code === 'rate_limited';
  const showRateLimit = rateLimited && (secondsLeft > 0 || error.retryAfterSeconds === null);

  return (
    <Form
      form={form}
      name="login"
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      noValidate
    >
      {isApiError(error) && error.code === 'invalid_credentials' && (
        <Alert
          type="error"
          showIcon
          title={t('auth.login.invalidCredentials')}
          style={{ marginBottom: 16 }}
        />
      )}
      {showRateLimit && (
        <div style={{ marginBottom: 16 }}>
          <RateLimitAlert secondsLeft={secondsLeft} known={error.retryAfterSeconds !== null} />
        </div>
      )}
      <Form.Item
        label={t('auth.fields.email')}
        name="email"
        rules={[zodRule(loginSchema.shape.email, t)]}
      >
        <Input
          type="email"
          inputMode="email"
          autoComplete="username"
          placeholder={t('auth.placeholders.email')}
          size="large"
        />
      </Form.Item>
      <Form.Item
        label={t('auth.fields.password')}
        name="password"
        rules={[zodRule(loginSchema.shape.password, t)]}
      >
        <Input.Password autoComplete="current-password" size="large" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        block
        loading={loginMutation.isPending}
        disabled={rateLimited && secondsLeft > 0}
      >
        {t('auth.login.submit')}
      </Button>
    </Form>
  );
}
