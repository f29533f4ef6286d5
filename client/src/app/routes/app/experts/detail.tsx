import { can } from '@qs/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFound } from '../../../../components/errors/not-found';
import { ListSkeleton } from '../../../../components/ui/list-skeleton';
import { PageHeader } from '../../../../components/ui/page-header';
import { QueryError } from '../../../../components/ui/query-error';
import { paths } from '../../../../config/paths';
import { useUser } from '../../../../features/auth';
import { useExpert, ExpertDetails, VerificationActions } from '../../../../features/experts';
import { isApiError } from '../../../../lib/api-client';

export function ExpertDetailRoute() {
  const { t } = useTranslation();
  const user = useUser();
  const { expertId = '' } = useParams();
  const expert = useExpert(expertId);
  const backTo = { href: paths.app.experts.getHref(), label: t('experts.directory.title') };

  if (expert.isPending)
    return (
      <>
        <PageHeader title={t('experts.detail.title')} backTo={backTo} />
        <ListSkeleton rows={2} />
      </>
    );
  if (expert.isError) {
    if (isApiError(expert.error) && expert.error.status === 404) return <NotFound />;
    return (
      <>
        <PageHeader title={t('experts.detail.title')} backTo={backTo} />
        <QueryError error={expert.error} onRetry={() => void expert.refetch()} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={expert.data.name} description={expert.data.title} backTo={backTo} />
      <ExpertDetails
        expert={expert.data}
        verificationActions={
          can(user, 'experts:verify', undefined) && <VerificationActions expert={expert.data} />
        }
      />
    </>
  );
}
