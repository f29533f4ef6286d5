import { Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import {
  CrossCityTable,
  FunnelChart,
  OutcomesTable,
  OverviewCards,
  SkillsGapTable,
  StatsDownloads,
  TrendChart,
} from '../../../features/stats';
import { FairnessCard } from '../../../features/pool-rules';

/** The bureau's statistics: live, refetched whenever the server says they changed. */
export function StatsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('stats.title')}
        description={t('stats.description')}
        extra={<StatsDownloads />}
      />
      <Flex vertical gap={16}>
        <OverviewCards />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <FunnelChart />
          </Col>
          <Col xs={24} xl={12}>
            <TrendChart />
          </Col>
          <Col xs={24} xl={12}>
            <SkillsGapTable />
          </Col>
          <Col xs={24} xl={12}>
            <CrossCityTable />
          </Col>
          <Col xs={24}>
            <OutcomesTable />
            <FairnessCard />
          </Col>
        </Row>
      </Flex>
    </>
  );
}
