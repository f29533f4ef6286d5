import { can } from '@qs/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryError } from '../../../components/ui/query-error';
import { meQueryKey, useUser } from '../../../features/auth';
import {
  useMyProfile,
  ClaimProfileCard,
  ConfirmProfilePrompt,
  ProfileForm,
  VerificationStatus,
} from '../../../features/experts';
import { TaxonomySelect } from '../../../features/taxonomy';

export function ProfileRoute() {
  const { t } = useTranslation();
  const user = useUser();
  const queryClient = useQueryClient();
  const profile = useMyProfile();

  return (
    <>
      <PageHeader
        title={t('profile.title')}
        description={t('profile.description')}
        extra={<Link to={paths.app.credit.getHref()}>{t('credit.title')}</Link>}
      />
      {profile.isPending ? (
        <ListSkeleton rows={3} />
      ) : profile.isError ? (
        <QueryError error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <VerificationStatus verification={profile.data.verification} />
          <ConfirmProfilePrompt expert={profile.data} />
          {can(user, 'experts:claim', { ownProfileStatus: profile.data.verification.status }) && (
            <ClaimProfileCard
              // The account now points at another profile.
              onClaimed={() => void queryClient.invalidateQueries({ queryKey: meQueryKey })}
            />
          )}
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
