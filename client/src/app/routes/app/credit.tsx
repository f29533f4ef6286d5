import { isStaff } from '@qs/shared';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { paths } from '../../../config/paths';
import { useUser } from '../../../features/auth';
import { MyCredit, SuspensionList } from '../../../features/credit';

/** The bureau's blacklist; for experts and enterprises, their own record and appeals. */
export function CreditRoute() {
  const { t } = useTranslation();
  const user = useUser();
  if (isStaff(user))
    return (
      <>
        <PageHeader title={t('credit.bureauTitle')} description={t('credit.bureauDescription')} />
        <SuspensionList
          hrefOf={(subjectType, id) =>
            subjectType === 'expert'
              ? paths.app.expertDetail.getHref(id)
              : paths.app.organizationCredit.getHref(id)
          }
        />
      </>
    );
  return (
    <>
      <PageHeader title={t('credit.title')} description={t('credit.pageDescription')} />
      <MyCredit />
    </>
  );
}
