import { DownOutlined, LogoutOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, Flex, Tag, Typography, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { errorMessage } from '../../../lib/error-messages';
import { useUser } from '../api/me';
import { useLogout } from '../api/logout';

/** The header's account button: name and role, with sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useUser();
  const logoutMutation = useLogout();

  const signOut = () =>
    logoutMutation.mutate(undefined, {
      // Leave synchronously, before the guard of the page being left sees the session gone
      // and sends the next user back to this page after sign-in.
      onSuccess: () => navigate(paths.auth.login.getHref(), { replace: true, flushSync: true }),
      onError: (failure) =>
        void message.error(`${t('auth.logoutFailed')} ${errorMessage(t, failure)}`),
    });

  const items: MenuProps['items'] = [
    {
      key: 'identity',
      disabled: true,
      label: (
        <Flex vertical>
          <Typography.Text strong>{user.name}</Typography.Text>
          <Typography.Text type="secondary">{user.email}</Typography.Text>
        </Flex>
      ),
    },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.userMenu.logout'), onClick: signOut },
  ];

  return (
    <Dropdown trigger={['click']} menu={{ items }} placement="bottomRight">
      <Button type="text" loading={logoutMutation.isPending} style={{ height: 48 }}>
        <Flex align="center" gap={8}>
          <Avatar size="small" style={{ backgroundColor: '#1d4ed8' }} aria-hidden>
            {user.name.slice(0, 1)}
          </Avatar>
          <Typography.Text>{user.name}</Typography.Text>
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {t(`roles.${user.role}`)}
          </Tag>
          <DownOutlined aria-hidden style={{ fontSize: 10 }} />
        </Flex>
      </Button>
    </Dropdown>
  );
}
