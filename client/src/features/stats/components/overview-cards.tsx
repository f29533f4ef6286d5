import type { StatsFilterQuery, StatsOverview } from '@qs/shared';
import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FigureScope } from '../../../components/ui/figure-scope';
import { QueryError } from '../../../components/ui/query-error';
import { usePhone } from '../../../hooks/use-phone';
import { useFormatters } from '../../../lib/format';
import { useStatsOverview } from '../api/get-stats';
import { TitleWithHelp } from './help-tip';

interface Figure {
  key: string;
  title: string;
  value: string | number;
  note?: string;
  help: string;
  /** the records it counts and by which date */
  scope: string;
}

/** Fewer answers than this make a rate that says nothing (one acceptance of one is 100 %). */
const MIN_RATE_SAMPLE = 5;

function useFigures(overview: StatsOverview | undefined): Figure[] | undefined {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!overview) return undefined;
  const { experts, organizations, needs, invitations, collaborations, agreements } = overview;
  const answered = invitations.accepted + invitations.declined + invitations.expired;
  const hours = invitations.medianResponseHours;
  const median =
    hours === undefined
      ? '—'
      : hours < 1
        ? t('stats.overview.minutes', { value: Math.max(1, Math.round(hours * 60)) })
        : t('stats.overview.hours', { value: format.number(hours) });
  return [
    {
      key: 'experts',
      title: t('stats.overview.experts'),
      help: t('stats.help.experts'),
      scope: t('stats.scope.experts'),
      value: experts.total,
      note: t('stats.overview.expertsNote', {
        verified: format.number(experts.verified),
        shenzhen: format.number(experts.byPool.shenzhen),
      }),
    },
    {
      key: 'members',
      title: t('stats.overview.allianceMembers'),
      help: t('stats.help.allianceMembers'),
      scope: t('stats.scope.allianceMembers'),
      value: organizations.allianceMembers,
      note: t('stats.overview.organizationsNote', { total: format.number(organizations.total) }),
    },
    {
      key: 'diagnosis',
      title: t('stats.overview.diagnosisNeeds'),
      help: t('stats.help.diagnosisNeeds'),
      scope: t('stats.scope.diagnosisNeeds'),
      value: needs.byKind.diagnosis ?? 0,
      note: t('stats.overview.needsNote', { total: format.number(needs.total) }),
    },
    {
      key: 'scenario',
      title: t('stats.overview.scenarioNeeds'),
      help: t('stats.help.scenarioNeeds'),
      scope: t('stats.scope.scenarioNeeds'),
      value: needs.byKind.scenario ?? 0,
      note: t('stats.overview.openNote', { open: format.number(needs.byStatus.open ?? 0) }),
    },
    {
      key: 'invitations',
      title: t('stats.overview.acceptanceRate'),
      help: t('stats.help.acceptanceRate'),
      scope: t('stats.scope.acceptanceRate'),
      value:
        answered < MIN_RATE_SAMPLE
          ? t('stats.overview.tooFewAnswers')
          : format.percent(invitations.acceptanceRate),
      note: t('stats.overview.invitationsNote', {
        total: format.number(invitations.total),
        accepted: format.number(invitations.accepted),
        median,
      }),
    },
    {
      key: 'collaborations',
      title: t('stats.overview.collaborations'),
      help: t('stats.help.collaborations'),
      scope: t('stats.scope.collaborations'),
      value: collaborations.total,
      note: t('stats.overview.collaborationsNote', {
        completed: format.number(collaborations.byStatus.completed ?? 0),
        crossCity: format.number(collaborations.crossCity),
      }),
    },
    {
      key: 'agreements',
      title: t('stats.overview.agreements'),
      help: t('stats.help.agreements'),
      scope: t('stats.scope.agreements'),
      value: agreements.total,
      note: t('stats.overview.agreementsNote', {
        experts: agreements.byKind['expert-cooperation'] ?? 0,
        enablement: agreements.byKind.enablement ?? 0,
        framework: agreements.byKind.framework ?? 0,
      }),
    },
  ];
}

/** The alliance in numbers: the figures the bureau reports, within the page's filters. */
export function OverviewCards({ filters }: { filters: StatsFilterQuery }) {
  const overview = useStatsOverview(filters);
  const figures = useFigures(overview.data);
  // Two figures a row on a phone too, in smaller cards: one a row made a page of scrolling.
  const phone = usePhone();
  if (overview.isError)
    return <QueryError error={overview.error} onRetry={() => void overview.refetch()} />;
  return (
    <Row gutter={[16, 16]}>
      {(figures ?? Array.from({ length: 7 }, (): Figure | undefined => undefined)).map(
        (figure, i) => (
          <Col key={figure?.key ?? i} xs={12} xl={6}>
            <Card size={phone ? 'small' : 'default'} style={{ height: '100%' }}>
              {figure ? (
                <>
                  <Statistic
                    title={
                      <>
                        <TitleWithHelp title={figure.title} help={figure.help} />
                        <FigureScope text={figure.scope} style={{ marginBottom: 0 }} />
                      </>
                    }
                    value={figure.value}
                  />
                  {figure.note && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {figure.note}
                    </Typography.Text>
                  )}
                </>
              ) : (
                <Skeleton active title={false} paragraph={{ rows: 2 }} />
              )}
            </Card>
          </Col>
        ),
      )}
    </Row>
  );
}
