import { can, isStaff, type NeedDto, type UserDto } from '@qs/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DetailPage } from '../../../../components/detail-page';
import { PageHeader } from '../../../../components/ui/page-header';
import { paths } from '../../../../config/paths';
import { useUser } from '../../../../features/auth';
import { InvitationCollaborationLink } from '../../../../features/collaborations';
import {
  BatchInviteButton,
  InviteButton,
  NeedInvitations,
  useInvitedExpertIds,
} from '../../../../features/invitations';
import { ExpertPicker } from '../../../../features/experts';
import {
  ConflictCheck,
  ExtractionDialog,
  MatchList,
  matchesKey,
} from '../../../../features/matching';
import {
  AvoidanceDialog,
  avoidanceValues,
  InterestButton,
  InterestedExperts,
  useNeed,
  NeedSummary,
} from '../../../../features/needs';
import {
  OrganizationPicker,
  ORGANIZATION_VALUE_PREFIX,
  organizationOfValue,
} from '../../../../features/organizations';

function needView(need: NeedDto) {
  return { organizationId: need.organizationId, status: need.status, invited: false };
}

/** The experts interested in the need, beside its matches; its organization invites from here. */
function Interests({ need, user }: { need: NeedDto; user: UserDto }) {
  const { t } = useTranslation();
  const mayInvite = can(user, 'needs:invite', needView(need));
  return (
    <InterestedExperts
      needId={need.id}
      renderActions={
        mayInvite
          ? (expert) => (
              <InviteButton
                needId={need.id}
                needTitle={need.title}
                expert={{ id: expert.expertId, name: expert.expertName }}
                disabledReason={need.status === 'open' ? undefined : t('matching.needNotOpen')}
              />
            )
          : undefined
      }
    />
  );
}

function Matches({ need, user }: { need: NeedDto; user: UserDto }) {
  const { t } = useTranslation();
  const mayInvite = can(user, 'needs:invite', needView(need));
  const queryClient = useQueryClient();
  const invited = useInvitedExpertIds(need.id);
  const notOpen = need.status === 'open' ? undefined : t('matching.needNotOpen');
  return (
    <Card
      title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('matching.title')}</h2>}
      extra={
        <ExtractionDialog
          needId={need.id}
          mayInvite={(mayInvite || isStaff(user)) && need.status === 'open'}
        />
      }
    >
      <MatchList
        needId={need.id}
        renderActions={
          mayInvite
            ? ({ expert }) => (
                <InviteButton
                  needId={need.id}
                  needTitle={need.title}
                  expert={expert}
                  disabledReason={notOpen}
                />
              )
            : undefined
        }
        selectable={({ expert, explanation }) => !invited.has(expert.id) && !explanation.atCapacity}
        renderBatchActions={
          mayInvite
            ? (selected, clear) => (
                <BatchInviteButton
                  needId={need.id}
                  needTitle={need.title}
                  experts={selected.map(({ expert }) => expert)}
                  disabledReason={notOpen}
                  onDone={() => {
                    clear();
                    void queryClient.invalidateQueries({ queryKey: matchesKey(need.id) });
                  }}
                />
              )
            : undefined
        }
      />
    </Card>
  );
}

/** The owner's avoidance lists, editable while the need is open. */
function EditAvoidance({ need }: { need: NeedDto }) {
  const { t } = useTranslation();
  const known = avoidanceValues(need, ORGANIZATION_VALUE_PREFIX);
  return (
    <AvoidanceDialog
      need={need}
      initial={{
        avoidOrganizations: known.organizations.map((o) => o.value),
        avoidExperts: known.experts.map((e) => e.value),
      }}
      avoidance={{
        organizationsInput: (
          <OrganizationPicker
            known={known.organizations}
            placeholder={t('avoidance.organizationsPlaceholder')}
          />
        ),
        expertsInput: (
          <ExpertPicker known={known.experts} placeholder={t('avoidance.expertsPlaceholder')} />
        ),
        organizationOf: organizationOfValue,
      }}
    />
  );
}

export function NeedDetailRoute() {
  const { t } = useTranslation();
  const user = useUser();
  const { needId = '' } = useParams();
  const need = useNeed(needId);
  const backTo =
    user.role === 'expert'
      ? { href: paths.app.openNeeds.getHref(), label: t('interests.browse.title') }
      : { href: paths.app.needs.getHref(), label: t('needs.mine.title') };

  return (
    <DetailPage query={need} title={t('needs.detail.title')} backTo={backTo}>
      {(data) => {
        const view = needView(data);
        return (
          <>
            <PageHeader
              title={data.title}
              backTo={backTo}
              extra={
                user.role === 'expert' && data.status === 'open' ? (
                  <InterestButton needId={data.id} needTitle={data.title} />
                ) : undefined
              }
            />
            <Flex vertical gap={16}>
              <NeedSummary
                need={data}
                canEdit={can(user, 'needs:edit', view)}
                actions={data.status === 'open' && <EditAvoidance need={data} />}
              />
              {can(user, 'needs:match', view) && (
                <NeedInvitations
                  needId={data.id}
                  actor={user}
                  renderAccepted={(invitation) => (
                    <InvitationCollaborationLink invitation={invitation} />
                  )}
                />
              )}
              {can(user, 'needs:match', view) && <Interests need={data} user={user} />}
              {can(user, 'needs:match', view) && <Matches need={data} user={user} />}
              {can(user, 'needs:match', view) && (
                <ConflictCheck
                  need={data}
                  expertInput={<ExpertPicker placeholder={t('avoidance.expertsPlaceholder')} />}
                />
              )}
            </Flex>
          </>
        );
      }}
    </DetailPage>
  );
}
