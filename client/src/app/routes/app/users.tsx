import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { UserList } from '../../../features/users';

export function UsersRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('users.title')} description={t('sections.users')} />
      <UserList />
    </>
  );
}
