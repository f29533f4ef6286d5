import { LogoutOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../hooks/use-sign-out';

/** Sign-out where there is no user menu (the pages before an account may use the app). */
export function SignOutButton() {
  const { t } = useTranslation();
  const { signOut, isPending } = useSignOut();
  return (
    <Button icon={<LogoutOutlined aria-hidden />} loading={isPending} onClick={signOut}>
      {t('auth.userMenu.logout')}
    </Button>
  );
}
