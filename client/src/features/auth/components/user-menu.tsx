import { DownOutlined, LogoutOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Grid, Tag, Typography, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUser } from '../api/me';
import { useSignOut } from '../hooks/use-sign-out';

/** The header's account button: name and role, with sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useUser();
  const { signOut, isPending } = useSignOut();
  // A phone shows the avatar alone; the name stays in the button's accessible name.
  const phone = !Grid.useBreakpoint().sm;

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
      <Button
        type="text"
        loading={isPending}
        aria-label={phone ? t('auth.userMenu.label', { name: user.name }) : undefined}
        style={{ height: 48 }}
      >
        <Flex align="center" gap={8}>
          <Avatar size="small" style={{ backgroundColor: '#1d4ed8' }} aria-hidden>
            {user.name.slice(0, 1)}
          </Avatar>
          {!phone && (
            <>
              <Typography.Text>{user.name}</Typography.Text>
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {t(`roles.${user.role}`)}
              </Tag>
            </>
          )}
          <DownOutlined aria-hidden style={{ fontSize: 10 }} />
        </Flex>
      </Button>
    </Dropdown>
  );
}
