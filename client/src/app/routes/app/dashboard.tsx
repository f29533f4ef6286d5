import { Avatar, Card, Col, Empty, Flex, Row, Tag, Typography } from 'antd';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navigationOf, sections } from '../../../config/navigation';
import { useUser } from '../../../features/auth';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { DashboardStats } from './dashboard-stats';

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
            <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 8 }}>
              {t('dashboard.welcome', { name: user.name })}
            </Typography.Title>
            <Flex align="center" gap={8} wrap>
              <Typography.Text type="secondary">{t('dashboard.signedInAs')}</Typography.Text>
              <Tag color="blue">{t(`roles.${user.role}`)}</Tag>
            </Flex>
            <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
              {t(`dashboard.intro.${user.role}`)}
            </Typography.Paragraph>
          </div>
        </Flex>
      </Card>

      <section aria-labelledby="dashboard-stats">
        <Typography.Title level={4} id="dashboard-stats">
          {t('dashboard.stats.title')}
        </Typography.Title>
        <DashboardStats user={user} />
      </section>

      <section aria-labelledby="dashboard-shortcuts">
        <Typography.Title level={4} id="dashboard-shortcuts">
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

      <Card title={t('dashboard.activity')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noActivity')} />
      </Card>
    </Flex>
  );
}
