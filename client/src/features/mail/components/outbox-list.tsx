import type { OutboxMailSummaryDto } from '@qs/shared';
import { Alert, Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { stackedColumns } from '../../../components/ui/stacked-columns';
import { usePhone } from '../../../hooks/use-phone';
import { useFormatters } from '../../../lib/format';
import { useOutbox } from '../api/outbox';
import { OutboxMailDrawer } from './outbox-mail-drawer';

const PAGE = 20;

type Column = TableColumnsType<OutboxMailSummaryDto>[number];

/** The outbox of the embedded mail delivery, for the admin: what went out, to whom, and when. */
export function OutboxList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string>();
  const outbox = useOutbox({ page, limit: PAGE });
  const templateLabel = (template: string | undefined) =>
    template ? t(`outbox.templates.${template}`, { defaultValue: template }) : '';
  const phone = usePhone();

  const date: Column = {
    key: 'date',
    title: t('outbox.fields.date'),
    render: (_, mail) => format.dateTime(mail.date),
  };
  const to: Column = {
    key: 'to',
    title: t('outbox.fields.to'),
    render: (_, mail) => mail.to.join(', '),
  };
  const subject: Column = {
    key: 'subject',
    title: t('outbox.fields.subject'),
    render: (_, mail) => (
      <Button type="link" style={{ padding: 0 }} onClick={() => setOpenId(mail.id)}>
        {mail.subject || t('outbox.noSubject')}
      </Button>
    ),
  };
  const template: Column = {
    key: 'template',
    title: t('outbox.fields.template'),
    render: (_, mail) => (mail.template ? <Tag>{templateLabel(mail.template)}</Tag> : null),
  };
  // Four columns scroll sideways on a phone: one there, each mail under its subject.
  const columns = phone
    ? stackedColumns([subject, date, to, template], t('outbox.detailTitle'))
    : [date, to, subject, template];

  return (
    <Flex vertical gap={16}>
      {outbox.data?.delivery === 'smtp' && (
        <Alert type="info" showIcon title={t('outbox.smtpHint')} />
      )}
      {outbox.isError ? (
        <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : (
        <Table<OutboxMailSummaryDto>
          rowKey="id"
          loading={outbox.isPending || outbox.isFetching}
          dataSource={outbox.data?.items ?? []}
          locale={{
            emptyText: <EmptyState title={t('outbox.empty')} hint={t('outbox.emptyHint')} />,
          }}
          pagination={{
            current: page,
            pageSize: PAGE,
            total: outbox.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (count) => t('outbox.total', { count }),
          }}
          columns={columns}
        />
      )}
      <OutboxMailDrawer id={openId} onClose={() => setOpenId(undefined)} />
    </Flex>
  );
}
