import type { CollaborationDto } from '@qs/shared';
import { Card, Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../lib/format';
import { CollaborationStatusTag } from './collaboration-status';

interface CollaborationOverviewProps {
  collaboration: CollaborationDto;
  /** Links to the need and the expert, for those who may open those pages. */
  needHref?: string;
  expertHref?: string;
  /** The moves the caller may make. */
  actions?: ReactNode;
}

/** Who works with whom on what, since when, and the agreement once signed. */
export function CollaborationOverview({
  collaboration,
  needHref,
  expertHref,
  actions,
}: CollaborationOverviewProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const needTitle = collaboration.needTitle ?? t('collaborations.untitled');
  const expertName = collaboration.expertName ?? t('collaborations.theExpert');
  const finished = collaboration.history.findLast(
    (event): event is typeof event & { status: 'completed' | 'cancelled' } =>
      event.status === 'completed' || event.status === 'cancelled',
  );
  return (
    <Card
      title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('collaborations.overview')}</h2>}
      extra={<CollaborationStatusTag status={collaboration.status} />}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'need',
            label: t('collaborations.fields.need'),
            children: needHref ? <Link to={needHref}>{needTitle}</Link> : needTitle,
          },
          {
            key: 'organization',
            label: t('collaborations.fields.organization'),
            children: collaboration.organizationName ?? '—',
          },
          {
            key: 'expert',
            label: t('collaborations.fields.expert'),
            children: expertHref ? <Link to={expertHref}>{expertName}</Link> : expertName,
          },
          {
            key: 'started',
            label: t('collaborations.fields.startedAt'),
            children: format.dateTime(collaboration.createdAt),
          },
          {
            key: 'signed',
            label: t('collaborations.fields.signedAt'),
            children: collaboration.agreement
              ? format.date(collaboration.agreement.signedAt)
              : t('collaborations.notSigned'),
          },
          ...(collaboration.agreement?.documentRef
            ? [
                {
                  key: 'document',
                  label: t('collaborations.fields.documentRef'),
                  children: (
                    <Typography.Text copyable>
                      {collaboration.agreement.documentRef}
                    </Typography.Text>
                  ),
                },
              ]
            : []),
          ...(finished
            ? [
                {
                  key: 'finished',
                  label: t(`collaborations.fields.${finished.status}At`),
                  children: format.dateTime(finished.at),
                },
              ]
            : []),
        ]}
      />
      {actions && <div style={{ marginTop: 16 }}>{actions}</div>}
    </Card>
  );
}
