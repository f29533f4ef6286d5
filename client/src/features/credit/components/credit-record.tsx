import {
  manualCreditKinds,
  type CreditRecordDto,
  type CreditSubjectType,
  type SuspensionDto,
} from '@qs/shared';
import { Alert, Button, Card, Empty, Flex, Form, Radio, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plainList } from './plain-list';
import { useFormatters } from '../../../lib/format';
import {
  useAnswerAppeal,
  useAppeal,
  useLiftSuspension,
  useRecordCreditEvent,
  useSuspend,
} from '../api/credit-actions';
import { ActionDialog, RequiredText } from './action-dialog';
import { DateInput } from '../../../components/ui/date-input';

type Dialog =
  | { kind: 'event' }
  | { kind: 'suspend' }
  | { kind: 'lift'; suspension: SuspensionDto }
  | { kind: 'appeal'; suspension: SuspensionDto }
  | { kind: 'answer'; suspension: SuspensionDto };

interface CreditRecordProps {
  /** the level of its section headings: 2 where it stands right under the page's title */
  headingLevel?: 2 | 3;
  record: CreditRecordDto;
  /** the bureau or an admin: records events, suspends, lifts and answers */
  manage: boolean;
}

const tomorrow = () => new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

function AppealThread({ suspension }: { suspension: SuspensionDto }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  if (suspension.appeals.length === 0) return null;
  return (
    <section aria-label={t('credit.appeals')}>
      <Typography.Text strong>{t('credit.appeals')}</Typography.Text>
      <ul style={plainList}>
        {suspension.appeals.map((appeal) => (
          <li key={appeal.id}>
            <Flex vertical gap={2}>
              <Typography.Text>
                {t('credit.appealBy', { at: dateTime(appeal.at) })}：{appeal.text}
              </Typography.Text>
              {appeal.answer ? (
                <Typography.Text type="secondary">
                  <Tag color={appeal.answer.outcome === 'upheld' ? 'green' : 'red'}>
                    {t(`credit.outcomes.${appeal.answer.outcome}`)}
                  </Tag>
                  {appeal.answer.note}（{dateTime(appeal.answer.at)}）
                </Typography.Text>
              ) : (
                <Tag>{t('credit.awaitingAnswer')}</Tag>
              )}
            </Flex>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A credit record: events, suspensions with their appeal threads, and what the viewer may do. */
export function CreditRecord({ record, manage, headingLevel = 3 }: CreditRecordProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const { dateTime: at } = useFormatters();
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => setDialog(undefined);
  const recordEvent = useRecordCreditEvent();
  const suspend = useSuspend();
  const lift = useLiftSuspension();
  const appeal = useAppeal();
  const answer = useAnswerAppeal();
  const subject = { subjectType: record.subjectType as CreditSubjectType, id: record.subjectId };
  const current = record.suspension;
  const openAppeal = current?.appeals.some((a) => !a.answer) ?? false;

  return (
    <Flex vertical gap={16}>
      {current ? (
        <Alert
          type="error"
          showIcon
          title={t('credit.suspendedUntil', { until: at(current.until) })}
          description={
            <Flex vertical gap={8}>
              <span>{t('credit.reason', { reason: current.reason })}</span>
              <Flex gap={8} wrap>
                {!manage && !openAppeal && (
                  <Button onClick={() => setDialog({ kind: 'appeal', suspension: current })}>
                    {t('credit.actions.appeal')}
                  </Button>
                )}
                {manage && openAppeal && (
                  <Button
                    type="primary"
                    onClick={() => setDialog({ kind: 'answer', suspension: current })}
                  >
                    {t('credit.actions.answer')}
                  </Button>
                )}
                {manage && (
                  <Button danger onClick={() => setDialog({ kind: 'lift', suspension: current })}>
                    {t('credit.actions.lift')}
                  </Button>
                )}
              </Flex>
              <AppealThread suspension={current} />
            </Flex>
          }
        />
      ) : (
        <Alert type="success" showIcon title={t('credit.notSuspended')} />
      )}
      {manage && (
        <Flex gap={8} wrap>
          <Button onClick={() => setDialog({ kind: 'event' })}>{t('credit.actions.record')}</Button>
          {!current && (
            <Button danger onClick={() => setDialog({ kind: 'suspend' })}>
              {t('credit.actions.suspend')}
            </Button>
          )}
        </Flex>
      )}
      {record.rating && (
        <Typography.Text>
          {t('credit.rating', {
            average: record.rating.average.toFixed(1),
            count: record.rating.count,
          })}
        </Typography.Text>
      )}
      <Card
        size="small"
        title={<Heading style={{ margin: 0, fontSize: 14 }}>{t('credit.events')}</Heading>}
      >
        {record.events.length === 0 ? (
          <Empty description={t('credit.noEvents')} />
        ) : (
          <ul style={plainList}>
            {record.events.map((event) => (
              <li key={event.id}>
                <Flex vertical gap={2}>
                  <Flex wrap gap={8} align="center">
                    <Tag color={event.kind === 'outstanding_work' ? 'green' : 'orange'}>
                      {t(`credit.kinds.${event.kind}`)}
                    </Tag>
                    <Typography.Text type="secondary">
                      {t(`credit.sources.${event.source}`)} · {at(event.at)}
                    </Typography.Text>
                  </Flex>
                  <Typography.Text>{event.note}</Typography.Text>
                </Flex>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card
        size="small"
        title={<Heading style={{ margin: 0, fontSize: 14 }}>{t('credit.history')}</Heading>}
      >
        {record.suspensions.length === 0 ? (
          <Empty description={t('credit.noSuspensions')} />
        ) : (
          <ul style={plainList}>
            {record.suspensions.map((s) => (
              <li key={s.id}>
                <Flex vertical gap={2}>
                  <Typography.Text>
                    {t('credit.period', { from: at(s.from), until: at(s.until) })}
                    {s.active ? <Tag color="red">{t('credit.inForce')}</Tag> : null}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('credit.reason', { reason: s.reason })}
                  </Typography.Text>
                  {s.lifted && (
                    <Typography.Text type="secondary">
                      {t('credit.liftedNote', { at: at(s.lifted.at), reason: s.lifted.reason })}
                    </Typography.Text>
                  )}
                  {s.id !== current?.id && <AppealThread suspension={s} />}
                </Flex>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <ActionDialog<{ kind: (typeof manualCreditKinds)[number]; note: string }>
        open={dialog?.kind === 'event'}
        title={t('credit.actions.record')}
        okText={t('credit.actions.save')}
        onClose={close}
        fields={['kind', 'note']}
        initialValues={{ kind: 'no_show' }}
        onSubmit={(values) => recordEvent.mutateAsync({ ...subject, ...values })}
      >
        <Form.Item name="kind" label={t('credit.fields.kind')} rules={[{ required: true }]}>
          <Select
            options={manualCreditKinds.map((kind) => ({
              value: kind,
              label: t(`credit.kinds.${kind}`),
            }))}
          />
        </Form.Item>
        <RequiredText name="note" label={t('credit.fields.note')} />
      </ActionDialog>

      <ActionDialog<{ until: string; reason: string }>
        open={dialog?.kind === 'suspend'}
        title={t('credit.actions.suspend')}
        okText={t('credit.actions.suspend')}
        danger
        onClose={close}
        fields={['until', 'reason']}
        onSubmit={(values) => suspend.mutateAsync({ ...subject, ...values })}
      >
        <Form.Item
          name="until"
          label={t('credit.fields.until')}
          extra={t('credit.untilHint')}
          rules={[{ required: true, message: t('credit.required') }]}
        >
          <DateInput min={tomorrow()} />
        </Form.Item>
        <RequiredText name="reason" label={t('credit.fields.reason')} />
      </ActionDialog>

      <ActionDialog<{ reason: string }>
        open={dialog?.kind === 'lift'}
        title={t('credit.actions.lift')}
        okText={t('credit.actions.lift')}
        onClose={close}
        fields={['reason']}
        onSubmit={(values) =>
          lift.mutateAsync({ id: dialog?.kind === 'lift' ? dialog.suspension.id : '', ...values })
        }
      >
        <RequiredText name="reason" label={t('credit.fields.reason')} />
      </ActionDialog>

      <ActionDialog<{ text: string }>
        open={dialog?.kind === 'appeal'}
        title={t('credit.actions.appeal')}
        okText={t('credit.actions.send')}
        onClose={close}
        fields={['text']}
        onSubmit={(values) =>
          appeal.mutateAsync({
            id: dialog?.kind === 'appeal' ? dialog.suspension.id : '',
            ...values,
          })
        }
      >
        <RequiredText name="text" label={t('credit.fields.appeal')} rows={4} max={2000} />
      </ActionDialog>

      <ActionDialog<{ outcome: 'upheld' | 'rejected'; note: string }>
        open={dialog?.kind === 'answer'}
        title={t('credit.actions.answer')}
        okText={t('credit.actions.send')}
        onClose={close}
        fields={['outcome', 'note']}
        initialValues={{ outcome: 'rejected' }}
        onSubmit={(values) =>
          answer.mutateAsync({
            id: dialog?.kind === 'answer' ? dialog.suspension.id : '',
            ...values,
          })
        }
      >
        <Form.Item name="outcome" label={t('credit.fields.outcome')}>
          <Radio.Group
            options={(['upheld', 'rejected'] as const).map((outcome) => ({
              value: outcome,
              label: t(`credit.outcomes.${outcome}`),
            }))}
          />
        </Form.Item>
        <RequiredText name="note" label={t('credit.fields.note')} />
      </ActionDialog>
    </Flex>
  );
}
