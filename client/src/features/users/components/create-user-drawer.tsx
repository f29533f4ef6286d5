import { roles, type CreateUserInput } from '@qs/shared';
import { App, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors, zodRule } from '../../../lib/form';
import { createUserSchema, useCreateUser } from '../api/users';

const fields = createUserSchema.shape;
/** The fields the server's errors may name: the body's. */
const serverFields = Object.keys(fields);

/** Creates an account: the only way to staff accounts besides the create-admin command. */
export function CreateUserDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateUserInput>();
  const create = useCreateUser();

  const onFinish = (values: CreateUserInput) =>
    create.mutate(values, {
      onSuccess: (user) => {
        void message.success(t('users.created', { email: user.email }));
        onClose();
      },
      onError: (failure) => {
        if (isApiError(failure) && failure.code === 'conflict') {
          form.setFields([{ name: 'email', errors: [t('users.emailTaken')] }]);
          return;
        }
        if (!applyFieldErrors(form, failure, serverFields))
          void message.error(errorMessage(t, failure));
      },
    });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('users.createTitle')}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t('users.create')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        name="user"
        layout="vertical"
        preserve={false}
        initialValues={{ role: 'bureau' }}
        onFinish={onFinish}
        noValidate
      >
        <Form.Item label={t('users.fields.name')} name="name" rules={[zodRule(fields.name, t)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('users.fields.email')} name="email" rules={[zodRule(fields.email, t)]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('users.fields.password')}
          name="password"
          rules={[zodRule(fields.password, t)]}
          extra={t('users.passwordHint')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t('users.fields.role')} name="role" rules={[zodRule(fields.role, t)]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
