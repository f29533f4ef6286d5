import { DownOutlined } from '@ant-design/icons';
import type { UserDto } from '@qs/shared';
import { App, Button, Dropdown, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors, zodRule } from '../../../lib/form';
import { updateUserSchema, useResetPassword, useUpdateUser } from '../api/users';

export type UserAction = 'disable' | 'enable' | 'makeAdmin' | 'makeBureau' | 'resetPassword';

/** What the admin may do to this account: staff roles are exchanged, nobody acts on themself. */
export function actionsFor(user: UserDto, currentUserId: string | undefined): UserAction[] {
  if (user.id === currentUserId) return [];
  if (user.disabled) return ['enable'];
  return [
    ...(user.role === 'bureau' ? (['makeAdmin'] as const) : []),
    ...(user.role === 'admin' ? (['makeBureau'] as const) : []),
    'resetPassword',
    'disable',
  ];
}

const reasonRule = updateUserSchema.shape.reason;

/** A menu of the account's actions; each asks why before it is done (the reason is audited). */
export function UserActions({
  user,
  currentUserId,
  onHistory,
}: {
  user: UserDto;
  currentUserId: string | undefined;
  onHistory: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [action, setAction] = useState<UserAction | undefined>();
  const [form] = Form.useForm<{ reason: string }>();
  const update = useUpdateUser();
  const reset = useResetPassword();
  const pending = update.isPending || reset.isPending;

  const done = () => {
    void message.success(t(`users.actions.done.${action ?? 'disable'}`, { name: user.name }));
    setAction(undefined);
  };
  const failed = (failure: unknown) => {
    if (!applyFieldErrors(form, failure, ['reason'])) void message.error(errorMessage(t, failure));
  };
  const submit = ({ reason }: { reason: string }) => {
    if (action === 'resetPassword') {
      reset.mutate({ id: user.id, reason }, { onSuccess: done, onError: failed });
      return;
    }
    const change =
      action === 'makeAdmin'
        ? { role: 'admin' as const }
        : action === 'makeBureau'
          ? { role: 'bureau' as const }
          : { disabled: action === 'disable' };
    update.mutate({ id: user.id, reason, ...change }, { onSuccess: done, onError: failed });
  };

  const items = [
    ...actionsFor(user, currentUserId).map((key) => ({
      key,
      label: t(`users.actions.${key}`),
      danger: key === 'disable',
    })),
    { key: 'history', label: t('users.actions.history') },
  ];

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items,
          onClick: ({ key }) => {
            if (key === 'history') onHistory();
            else {
              form.resetFields();
              setAction(key as UserAction);
            }
          },
        }}
      >
        <Button size="small" aria-label={t('users.actions.menuFor', { name: user.name })}>
          {t('users.actions.menu')} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      <Modal
        open={action !== undefined}
        title={action ? t(`users.actions.confirm.${action}`, { name: user.name }) : undefined}
        okText={action ? t(`users.actions.${action}`) : undefined}
        okButtonProps={{ danger: action === 'disable', loading: pending }}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setAction(undefined)}
        destroyOnHidden
      >
        {action && (
          <Typography.Paragraph type="secondary">
            {t(`users.actions.explain.${action}`, { email: user.email })}
          </Typography.Paragraph>
        )}
        <Form form={form} layout="vertical" onFinish={submit} noValidate>
          <Form.Item
            name="reason"
            label={t('users.actions.reason')}
            required
            rules={[zodRule(reasonRule, t)]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
