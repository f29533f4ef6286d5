import { Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import {
  CrossCityPairs,
  CrossCityTable,
  FunnelChart,
  OutcomesTable,
  OverviewCards,
  SkillsGapTable,
  StatsDownloads,
  StatsFilters,
  TrendChart,
  useStatsFilters,
} from '../../../features/stats';
import { FairnessCard } from '../../../features/pool-rules';

/**
 * The bureau's statistics: every card, chart and export read with the same filters (in the
 * address), live, refetched whenever the server says they changed.
 */
export function StatsRoute() {
  const { t } = useTranslation();
  const [filters, setFilters] = useStatsFilters();
  return (
    <>
      <PageHeader
        title={t('stats.title')}
        description={t('stats.description')}
        extra={<StatsDownloads filters={filters} />}
      />
      <Flex vertical gap={16}>
        <StatsFilters value={filters} onChange={setFilters} />
        <OverviewCards filters={filters} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <FunnelChart filters={filters} />
          </Col>
          <Col xs={24} xl={12}>
            <TrendChart filters={filters} />
          </Col>
          <Col xs={24} xl={12}>
            <SkillsGapTable filters={filters} />
          </Col>
          <Col xs={24} xl={12}>
            <CrossCityTable filters={filters} />
          </Col>
          <Col xs={24}>
            <CrossCityPairs filters={filters} />
          </Col>
          <Col xs={24}>
            <OutcomesTable filters={filters} />
          </Col>
          <Col xs={24}>
            <FairnessCard filters={filters} />
          </Col>
        </Row>
      </Flex>
    </>
  );
}
