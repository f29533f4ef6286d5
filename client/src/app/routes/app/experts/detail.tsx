import { can } from '@qs/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DetailPage } from '../../../../components/detail-page';
import { PageHeader } from '../../../../components/ui/page-header';
import { paths } from '../../../../config/paths';
import { useUser } from '../../../../features/auth';
import { CreditRecordCard } from '../../../../features/credit';
import { useExpert, ExpertDetails, VerificationActions } from '../../../../features/experts';

export function ExpertDetailRoute() {
  const { t } = useTranslation();
  const user = useUser();
  const { expertId = '' } = useParams();
  const expert = useExpert(expertId);
  const backTo = { href: paths.app.experts.getHref(), label: t('experts.directory.title') };

  return (
    <DetailPage query={expert} title={t('experts.detail.title')} backTo={backTo}>
      {(data) => {
        return (
          <>
            <PageHeader title={data.name} description={data.title} backTo={backTo} />
            <ExpertDetails
              expert={data}
              verificationActions={
                can(user, 'experts:verify', undefined) && <VerificationActions expert={data} />
              }
            />
            {can(user, 'credit:manage', undefined) && (
              <div style={{ marginTop: 16 }}>
                <CreditRecordCard subjectType="expert" id={data.id} manage />
              </div>
            )}
          </>
        );
      }}
    </DetailPage>
  );
}
