import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { zodRule } from '../../../lib/form';
import { passwordMinLength, registerSchema } from '../api/register';

/** A new password typed twice (`password`, `confirmPassword`), checked by the shared schema. */
export function NewPasswordFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        label={t('auth.fields.password')}
        name="password"
        required
        rules={[zodRule(registerSchema.shape.password, t)]}
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
    </>
  );
}
