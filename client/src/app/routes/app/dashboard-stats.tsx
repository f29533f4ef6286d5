import { Col, Row } from 'antd';
import type { UserDto } from '@qs/shared';
import { useTranslation } from 'react-i18next';
import { StatCard } from '../../../components/ui/stat-card';
import { paths } from '../../../config/paths';
import { useCollaborations } from '../../../features/collaborations';
import { useExpertCount, useMyProfile } from '../../../features/experts';
import { useNeedCount } from '../../../features/needs';
import { useOrganizationCount } from '../../../features/organizations';

interface Stat {
  key: string;
  title: string;
  value: number | string | undefined;
  href: string;
  loading: boolean;
}

function StatRow({ stats }: { stats: Stat[] }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      {stats.map(({ key, title, value, href, loading }) => (
        <Col key={key} xs={24} sm={12} xl={8}>
          <StatCard
            title={title}
            value={value ?? t('dashboard.stats.unavailable')}
            loading={loading}
            href={href}
          />
        </Col>
      ))}
    </Row>
  );
}

function EnterpriseStats() {
  const { t } = useTranslation();
  const open = useNeedCount({ mine: true, status: 'open' });
  const all = useNeedCount({ mine: true });
  const experts = useExpertCount({});
  return (
    <StatRow
      stats={[
        {
          key: 'open',
          title: t('dashboard.stats.openNeeds'),
          value: open.data,
          loading: open.isPending,
          href: `${paths.app.needs.getHref()}?status=open`,
        },
        {
          key: 'all',
          title: t('dashboard.stats.myNeeds'),
          value: all.data,
          loading: all.isPending,
          href: paths.app.needs.getHref(),
        },
        {
          key: 'experts',
          title: t('dashboard.stats.availableExperts'),
          value: experts.data,
          loading: experts.isPending,
          href: paths.app.experts.getHref(),
        },
      ]}
    />
  );
}

function ExpertStats() {
  const { t } = useTranslation();
  const profile = useMyProfile();
  // Counted as the collaborations page lists them.
  const active = useCollaborations({ status: 'active', page: 1, limit: 1 });
  const expert = profile.data;
  return (
    <StatRow
      stats={[
        {
          key: 'status',
          title: t('dashboard.stats.profileStatus'),
          value: expert && t(`enums.verification.${expert.verification.status}`),
          loading: profile.isPending,
          href: paths.app.profile.getHref(),
        },
        {
          key: 'rating',
          title: t('dashboard.stats.rating'),
          value:
            expert &&
            (expert.rating.count ? expert.rating.average.toFixed(1) : t('common.noRating')),
          loading: profile.isPending,
          href: paths.app.profile.getHref(),
        },
        {
          key: 'active',
          title: t('dashboard.stats.activeCollaborations'),
          value: active.data?.total,
          loading: active.isPending,
          href: `${paths.app.collaborations.getHref()}?status=active`,
        },
      ]}
    />
  );
}

function StaffStats({ role }: { role: 'bureau' | 'admin' }) {
  const { t } = useTranslation();
  const pending = useExpertCount({ status: 'pending' });
  const verified = useExpertCount({ status: 'verified' });
  const members = useOrganizationCount({ allianceMember: true });
  return (
    <StatRow
      stats={[
        {
          key: 'pending',
          title: t('dashboard.stats.pendingVerifications'),
          value: pending.data,
          loading: pending.isPending,
          href:
            role === 'bureau'
              ? paths.app.expertReviews.getHref()
              : `${paths.app.experts.getHref()}?status=pending`,
        },
        {
          key: 'verified',
          title: t('dashboard.stats.verifiedExperts'),
          value: verified.data,
          loading: verified.isPending,
          href: `${paths.app.experts.getHref()}?status=verified`,
        },
        {
          key: 'members',
          title: t('dashboard.stats.allianceMembers'),
          value: members.data,
          loading: members.isPending,
          href: `${paths.app.organizations.getHref()}?allianceMember=true`,
        },
      ]}
    />
  );
}

/** A few numbers that matter to the signed-in role, each linking to its page. */
export function DashboardStats({ user }: { user: UserDto }) {
  switch (user.role) {
    case 'enterprise':
      return <EnterpriseStats />;
    case 'expert':
      return <ExpertStats />;
    case 'bureau':
    case 'admin':
      return <StaffStats role={user.role} />;
  }
}
