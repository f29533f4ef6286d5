import { DownloadOutlined } from '@ant-design/icons';
import type { CollaborationDto } from '@qs/shared';
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { outcomeFileHref } from '../api/complete-collaboration';

const MB = 1024 * 1024;

/** What the completed collaboration produced; the file downloads for the two sides and the bureau. */
export function CollaborationOutcome({
  collaboration,
  canDownload,
}: {
  collaboration: CollaborationDto;
  canDownload: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { outcome } = collaboration;
  if (collaboration.status !== 'completed') return null;
  const title = <h2 style={{ margin: 0, fontSize: 16 }}>{t('outcomes.title')}</h2>;
  if (!outcome)
    return (
      <Card size="small" title={title}>
        <Typography.Text type="secondary">{t('outcomes.none')}</Typography.Text>
      </Card>
    );
  const { file } = outcome;
  const size =
    file &&
    (file.size >= MB ? `${format.number(file.size / MB)} MB` : `${Math.ceil(file.size / 1024)} KB`);
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Typography.Text type="secondary">
          {t('outcomes.recordedAt', { time: format.dateTime(outcome.recordedAt) })}
        </Typography.Text>
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'kind', label: t('outcomes.kind'), children: t(`outcomes.kinds.${outcome.kind}`) },
          {
            key: 'hours',
            label: t('outcomes.hoursSpent'),
            children: t('outcomes.hours', { value: format.number(outcome.hoursSpent) }),
          },
          {
            key: 'summary',
            label: t('outcomes.summary'),
            children: (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {outcome.summary}
              </Typography.Paragraph>
            ),
          },
          ...(file
            ? [
                {
                  key: 'file',
                  label: t('outcomes.file'),
                  children: canDownload ? (
                    <a href={outcomeFileHref(collaboration.id)} download={file.name}>
                      <DownloadOutlined aria-hidden /> {t('outcomes.download', { name: file.name })}{' '}
                      ({size})
                    </a>
                  ) : (
                    `${file.name} (${size})`
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
