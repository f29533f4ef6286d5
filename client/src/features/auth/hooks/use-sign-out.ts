import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { errorMessage } from '../../../lib/error-messages';
import { useLogout } from '../api/logout';

/** Signs out and goes to the login page; a failure is told in a toast. */
export function useSignOut() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const logoutMutation = useLogout();

  const signOut = () =>
    logoutMutation.mutate(undefined, {
      // Leave synchronously, before the guard of the page being left sees the session gone
      // and sends the next user back to this page after sign-in.
      onSuccess: () => {
        void navigate(paths.auth.login.getHref(), { replace: true, flushSync: true });
      },
      onError: (failure) =>
        void message.error(`${t('auth.logoutFailed')} ${errorMessage(t, failure)}`),
    });

  return { signOut, isPending: logoutMutation.isPending };
}
