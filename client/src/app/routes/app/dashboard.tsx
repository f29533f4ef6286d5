import { AuditOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { UserDto } from '@qs/shared';
import { Avatar, Button, Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navigationOf, sections } from '../../../config/navigation';
import { paths } from '../../../config/paths';
import { useUser } from '../../../features/auth';
import { useExpertCount } from '../../../features/experts';
import { RecentNotifications } from '../../../features/notifications';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { DashboardStats } from './dashboard-stats';

/** Profiles waiting for the bureau, as the way into its queue. */
function ReviewAction({ href }: { href: string }) {
  const { t } = useTranslation();
  const pending = useExpertCount({ status: 'pending' });
  return (
    <Link to={href}>
      <Button type="primary" icon={<AuditOutlined aria-hidden />}>
        {pending.data === undefined
          ? t('dashboard.primary.reviews')
          : t('dashboard.primary.pendingReviews', { count: pending.data })}
      </Button>
    </Link>
  );
}

/** The one thing each role comes to do first. */
function PrimaryAction({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  switch (user.role) {
    case 'enterprise':
      return (
        <Link to={paths.app.needNew.getHref()}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />}>
            {t('dashboard.primary.newNeed')}
          </Button>
        </Link>
      );
    case 'expert':
      return (
        <Link to={paths.app.profile.getHref()}>
          <Button type="primary" icon={<EditOutlined aria-hidden />}>
            {t('dashboard.primary.profile')}
          </Button>
        </Link>
      );
    case 'bureau':
      return <ReviewAction href={paths.app.expertReviews.getHref()} />;
    case 'admin':
      return <ReviewAction href={`${paths.app.experts.getHref()}?status=pending`} />;
  }
}

export function DashboardRoute() {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('dashboard.title'));
  const shortcuts = navigationOf(user).filter((key) => key !== 'dashboard');

  return (
    <Flex vertical gap={24}>
      <Card>
        <Flex align="center" gap={20} wrap>
          <Avatar size={64} style={{ backgroundColor: '#1d4ed8', fontSize: 28 }} aria-hidden>
            {user.name.slice(0, 1)}
          </Avatar>
          <div style={{ minWidth: 0, flex: 1 }}>
            <Typography.Title level={1} style={{ marginTop: 0, marginBottom: 8, fontSize: 26 }}>
              {t('dashboard.welcome', { name: user.name })}
            </Typography.Title>
            <Flex align="center" gap={8} wrap>
              <Typography.Text type="secondary">{t('dashboard.signedInAs')}</Typography.Text>
              <Tag color="blue">{t(`roles.${user.role}`)}</Tag>
            </Flex>
            <Typography.Paragraph style={{ marginTop: 12 }}>
              {t(`dashboard.intro.${user.role}`)}
            </Typography.Paragraph>
            <PrimaryAction user={user} />
          </div>
        </Flex>
      </Card>

      <section aria-labelledby="dashboard-stats">
        <Typography.Title level={2} id="dashboard-stats" style={{ fontSize: 20 }}>
          {t('dashboard.stats.title')}
        </Typography.Title>
        <DashboardStats user={user} />
      </section>

      <section aria-labelledby="dashboard-shortcuts">
        <Typography.Title level={2} id="dashboard-shortcuts" style={{ fontSize: 20 }}>
          {t('dashboard.quickLinks')}
        </Typography.Title>
        <Row gutter={[16, 16]}>
          {shortcuts.map((key) => (
            <Col key={key} xs={24} sm={12} xl={8}>
              <Link to={sections[key].href}>
                <Card hoverable style={{ height: '100%' }}>
                  <Card.Meta
                    avatar={createElement(sections[key].icon)}
                    title={t(`nav.${key}`)}
                    description={t(`sections.${key}`)}
                  />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </section>

      <section aria-labelledby="dashboard-activity">
        <Typography.Title level={2} id="dashboard-activity" style={{ fontSize: 20 }}>
          {t('dashboard.activity')}
        </Typography.Title>
        <Card size="small">
          <RecentNotifications viewer={user} />
        </Card>
      </section>
    </Flex>
  );
}
