import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryError } from '../../../components/ui/query-error';
import { useMyProfile } from '../../../features/experts/api/get-my-profile';
import { ProfileForm } from '../../../features/experts/components/profile-form';
import { VerificationStatus } from '../../../features/experts/components/verification-status';
import { TaxonomySelect } from '../../../features/taxonomy/components/taxonomy-select';

export function ProfileRoute() {
  const { t } = useTranslation();
  const profile = useMyProfile();

  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      {profile.isPending ? (
        <ListSkeleton rows={3} />
      ) : profile.isError ? (
        <QueryError error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <VerificationStatus verification={profile.data.verification} />
          <ProfileForm
            // A saved profile restarts the form from what the server stored.
            key={profile.data.updatedAt}
            expert={profile.data}
            skillsInput={<TaxonomySelect kind="skill" multiple maxCount={20} />}
            sectorsInput={<TaxonomySelect kind="sector" multiple maxCount={16} />}
          />
        </Flex>
      )}
    </>
  );
}
