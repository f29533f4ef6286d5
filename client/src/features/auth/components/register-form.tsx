import { App, Button, Checkbox, Flex, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors, zodRule } from '../../../lib/form';
import {
  registerSchema,
  registrableRoles,
  useRegister,
  type OrganizationType,
  type RegisterInput,
  type RegistrableRole,
} from '../api/register';
import { OrganizationFields } from './organization-fields';
import { TermsDialog, type TermsDocument } from './terms-dialog';
import { NewPasswordFields } from './new-password-fields';

interface RegisterFormValues {
  role: RegistrableRole;
  name: string;
  email: string;
  password: string;
  confirmPassword: string;
  organization?: { name: string; type: OrganizationType; city: string };
  acceptTerms: boolean;
}

const serverFields = [
  'email',
  'password',
  'name',
  'organization.name',
  'organization.type',
  'organization.city',
  'acceptTerms',
] as const;

function toInput({ role, name, email, password, organization }: RegisterFormValues): RegisterInput {
  // The form does not submit without the box ticked.
  const acceptTerms = true as const;
  if (role === 'enterprise' && organization) {
    return { role, name, email, password, organization, acceptTerms };
  }
  return { role: 'expert', name, email, password, acceptTerms };
}

/** Self-registration of enterprise users and experts; signs the new user in. */
export function RegisterForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterFormValues>();
  const role = Form.useWatch('role', form) ?? 'enterprise';
  const registerMutation = useRegister();
  const [reading, setReading] = useState<TermsDocument | undefined>();

  const onFinish = (values: RegisterFormValues) => {
    registerMutation.mutate(toInput(values), {
      onError: (failure) => {
        if (isApiError(failure) && failure.code === 'conflict') {
          form.setFields([{ name: 'email', errors: [t('auth.register.emailTaken')] }]);
          return;
        }
        if (!applyFieldErrors(form, failure, serverFields))
          void message.error(errorMessage(t, failure));
      },
    });
  };

  return (
    <Form
      form={form}
      name="register"
      layout="vertical"
      onFinish={onFinish}
      noValidate
      initialValues={{ role: 'enterprise', organization: { type: 'enterprise' } }}
    >
      <Form.Item
        label={t('auth.register.accountType')}
        name="role"
        extra={t(`auth.register.roleHints.${role}`)}
      >
        <Radio.Group
          block
          optionType="button"
          buttonStyle="solid"
          options={registrableRoles.map((value) => ({
            value,
            label: t(`auth.register.roleOptions.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('auth.fields.name')}
        name="name"
        required
        rules={[zodRule(registerSchema.shape.name, t)]}
      >
        <Input autoComplete="name" placeholder={t('auth.placeholders.name')} />
      </Form.Item>
      <Form.Item
        label={t('auth.fields.email')}
        name="email"
        required
        rules={[zodRule(registerSchema.shape.email, t)]}
      >
        <Input
          type="email"
          inputMode="email"
          autoComplete="email"
          placeholder={t('auth.placeholders.email')}
        />
      </Form.Item>
      <NewPasswordFields />
      {role === 'enterprise' && <OrganizationFields />}
      <Form.Item
        name="acceptTerms"
        valuePropName="checked"
        rules={[
          {
            validator: async (_rule, value: unknown) => {
              if (value !== true) throw new Error(t('auth.register.consent.required'));
            },
          },
        ]}
      >
        <Checkbox>{t('auth.register.consent.label')}</Checkbox>
      </Form.Item>
      <Flex gap={4} wrap style={{ marginTop: -16, marginBottom: 16 }}>
        <Button type="link" size="small" onClick={() => setReading('agreement')}>
          {t('auth.register.consent.readAgreement')}
        </Button>
        <Button type="link" size="small" onClick={() => setReading('privacy')}>
          {t('auth.register.consent.readPrivacy')}
        </Button>
      </Flex>
      <TermsDialog document={reading} onClose={() => setReading(undefined)} />
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        block
        loading={registerMutation.isPending}
      >
        {t('auth.register.submit')}
      </Button>
    </Form>
  );
}
