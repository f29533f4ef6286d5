import { Descriptions, Drawer, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error';
import { useFormatters } from '../../../lib/format';
import { useOutboxMail } from '../api/outbox';

interface OutboxMailDrawerProps {
  /** The mail to show; none keeps the drawer closed. */
  id: string | undefined;
  onClose: () => void;
}

/** One mail as it was written: its headers and its text. */
export function OutboxMailDrawer({ id, onClose }: OutboxMailDrawerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const mail = useOutboxMail(id);

  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      title={mail.data?.subject ?? t('outbox.detailTitle')}
      size="large"
      destroyOnHidden
    >
      {mail.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : mail.isError ? (
        <QueryError error={mail.error} onRetry={() => void mail.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('outbox.fields.date')}>
              {format.dateTime(mail.data.date)}
            </Descriptions.Item>
            <Descriptions.Item label={t('outbox.fields.from')}>{mail.data.from}</Descriptions.Item>
            <Descriptions.Item label={t('outbox.fields.to')}>
              {mail.data.to.join(', ')}
            </Descriptions.Item>
          </Descriptions>
          <section aria-label={t('outbox.fields.text')}>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t('outbox.fields.text')}
            </Typography.Title>
            <Typography.Paragraph>
              <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{mail.data.text}</pre>
            </Typography.Paragraph>
          </section>
          <section aria-label={t('outbox.fields.headers')}>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t('outbox.fields.headers')}
            </Typography.Title>
            <Descriptions column={1} size="small" bordered>
              {mail.data.headers.map((header, index) => (
                <Descriptions.Item key={`${header.name}-${index}`} label={header.name}>
                  <Typography.Text style={{ wordBreak: 'break-all' }}>
                    {header.value}
                  </Typography.Text>
                </Descriptions.Item>
              ))}
            </Descriptions>
          </section>
        </Flex>
      )}
    </Drawer>
  );
}
