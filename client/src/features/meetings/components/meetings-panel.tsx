import { CalendarOutlined, DownloadOutlined } from '@ant-design/icons';
import type { CollaborationDto, CollaborationSide, MeetingDto } from '@qs/shared';
import {
  App,
  Button,
  Card,
  Collapse,
  Empty,
  Flex,
  Popconfirm,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error';
import { errorMessage } from '../../../lib/error-messages';
import { toLanguage } from '../../../lib/i18n';
import { calendarUrl, useMeetingMove, useMeetings } from '../api/meetings';
import { beijingFormat } from '../utils/beijing';
import { MeetingDialog } from './meeting-dialog';

const statusColors = { proposed: 'gold', scheduled: 'green', cancelled: 'default' } as const;

function MeetingItem({
  collaborationId,
  meeting,
  side,
  arranging,
}: {
  collaborationId: string;
  meeting: MeetingDto;
  side?: CollaborationSide;
  arranging: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const format = beijingFormat(toLanguage(i18n.resolvedLanguage));
  const move = useMeetingMove(collaborationId);
  const [rescheduling, setRescheduling] = useState(false);
  const canPick = arranging && meeting.status === 'proposed' && side && side !== meeting.proposedBy;
  const live = meeting.status !== 'cancelled';

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  return (
    <Card size="small" type="inner">
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <Tag color={statusColors[meeting.status]}>{t(`meetings.statuses.${meeting.status}`)}</Tag>
          <Typography.Text strong>{t(`meetings.modes.${meeting.mode}`)}</Typography.Text>
          {meeting.mode === 'onsite' ? (
            <Typography.Text>{meeting.address}</Typography.Text>
          ) : (
            <Typography.Link href={meeting.link} target="_blank" rel="noreferrer">
              {meeting.link}
            </Typography.Link>
          )}
        </Flex>
        {meeting.note && (
          <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
            {meeting.note}
          </Typography.Text>
        )}
        {meeting.status === 'scheduled' && meeting.scheduled && (
          <Typography.Text>
            {t('meetings.scheduledAt', {
              time: format.slot(meeting.scheduled.start, meeting.scheduled.end),
            })}
          </Typography.Text>
        )}
        {meeting.status === 'proposed' && (
          <div>
            <Typography.Text type="secondary">
              {t(meeting.proposedBy === side ? 'meetings.waitingForPick' : 'meetings.pickOne')}
            </Typography.Text>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {meeting.slots.map((slot) => (
                <li key={slot.id} style={{ marginBottom: 4 }}>
                  <Flex gap={8} align="center" wrap>
                    <span>{format.slot(slot.start, slot.end)}</span>
                    {canPick && (
                      <Button
                        size="small"
                        type="primary"
                        aria-label={`${t('meetings.pick')} ${format.slot(slot.start, slot.end)}`}
                        loading={move.isPending}
                        onClick={() =>
                          void run(
                            () =>
                              move.mutateAsync({
                                action: 'pick',
                                meetingId: meeting.id,
                                slotId: slot.id,
                              }),
                            t('meetings.picked'),
                          )
                        }
                      >
                        {t('meetings.pick')}
                      </Button>
                    )}
                  </Flex>
                </li>
              ))}
            </ul>
          </div>
        )}
        <Flex gap={8} wrap>
          {meeting.status === 'scheduled' && (
            <Button
              href={calendarUrl(collaborationId, meeting.id)}
              download="meeting.ics"
              icon={<DownloadOutlined aria-hidden />}
            >
              {t('meetings.download')}
            </Button>
          )}
          {arranging && side && live && (
            <>
              <Button onClick={() => setRescheduling(true)}>{t('meetings.reschedule')}</Button>
              <Popconfirm
                title={t('meetings.cancelConfirm')}
                okText={t('meetings.cancel')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  void run(
                    () => move.mutateAsync({ action: 'cancel', meetingId: meeting.id }),
                    t('meetings.cancelled'),
                  )
                }
              >
                <Button danger>{t('meetings.cancel')}</Button>
              </Popconfirm>
            </>
          )}
        </Flex>
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'history',
              label: t('meetings.history'),
              children: (
                <ol style={{ margin: 0, paddingLeft: 20 }}>
                  {meeting.history.map((entry, index) => (
                    <li key={index}>
                      {t(`meetings.actions.${entry.action}`, {
                        side: t(`meetings.sides.${entry.side}`),
                        time: format.dateTime(entry.at),
                      })}
                      {entry.slots && (
                        <Typography.Text type="secondary">
                          {' '}
                          {entry.slots.map((slot) => format.slot(slot.start, slot.end)).join('；')}
                        </Typography.Text>
                      )}
                      {entry.reason && (
                        <Typography.Text type="secondary">
                          {' '}
                          {t('meetings.reasonShown', { reason: entry.reason })}
                        </Typography.Text>
                      )}
                    </li>
                  ))}
                </ol>
              ),
            },
          ]}
        />
      </Flex>
      <MeetingDialog
        collaborationId={collaborationId}
        meeting={meeting}
        open={rescheduling}
        onClose={() => setRescheduling(false)}
      />
    </Card>
  );
}

/** A collaboration's meetings: propose, pick, reschedule, cancel, the history and the .ics. */
export function MeetingsPanel({
  collaboration,
  side,
}: {
  collaboration: CollaborationDto;
  side?: CollaborationSide;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const meetings = useMeetings(collaboration.id);
  const [proposing, setProposing] = useState(false);
  const arranging = collaboration.status === 'active' || collaboration.status === 'agreed';

  return (
    <Card
      size="small"
      title={
        <h2 id={headingId} style={{ margin: 0, fontSize: 16 }}>
          <CalendarOutlined aria-hidden /> {t('meetings.title')}
        </h2>
      }
      extra={
        side &&
        arranging && (
          <Button type="primary" onClick={() => setProposing(true)}>
            {t('meetings.propose')}
          </Button>
        )
      }
    >
      <section aria-labelledby={headingId}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('meetings.zoneNote')}</Typography.Text>
          {meetings.isPending && <Skeleton active title={false} paragraph={{ rows: 2 }} />}
          {meetings.isError && (
            <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />
          )}
          {meetings.isSuccess && meetings.data.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.empty')} />
          )}
          {meetings.data?.map((meeting) => (
            <MeetingItem
              key={meeting.id}
              collaborationId={collaboration.id}
              meeting={meeting}
              side={side}
              arranging={arranging}
            />
          ))}
        </Flex>
      </section>
      <MeetingDialog
        collaborationId={collaboration.id}
        open={proposing}
        onClose={() => setProposing(false)}
      />
    </Card>
  );
}
