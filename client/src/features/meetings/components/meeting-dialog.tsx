import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { MAX_MEETING_SLOTS, type MeetingDto, type MeetingMode } from '@qs/shared';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors } from '../../../lib/form';
import { useMeetingMove } from '../api/meetings';
import { beijingInstant, beijingNow } from '../utils/beijing';

interface Values {
  mode: MeetingMode;
  address?: string;
  link?: string;
  note?: string;
  reason?: string;
  slots: Array<{ start?: Dayjs; minutes: number }>;
}

const DURATIONS = [30, 60, 90, 120, 180];

/**
 * Proposes a meeting, or new slots for one (`meeting` given): on site or remote, 1 to 5 slots
 * picked in Beijing time.
 */
export function MeetingDialog({
  collaborationId,
  meeting,
  open,
  onClose,
}: {
  collaborationId: string;
  meeting?: MeetingDto;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const move = useMeetingMove(collaborationId);
  const mode = Form.useWatch('mode', form);

  const onFinish = async (values: Values) => {
    const input = {
      mode: values.mode,
      ...(values.mode === 'onsite'
        ? { address: values.address?.trim() }
        : { link: values.link?.trim() }),
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      slots: values.slots.map(({ start, minutes }) => {
        const from = beijingInstant(start as Dayjs);
        return {
          start: from,
          end: new Date(Date.parse(from) + minutes * 60_000).toISOString(),
        };
      }),
    };
    try {
      await (meeting
        ? move.mutateAsync({
            action: 'reschedule',
            meetingId: meeting.id,
            input: { ...input, ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}) },
          })
        : move.mutateAsync({ action: 'propose', input }));
      void message.success(t(meeting ? 'meetings.rescheduled' : 'meetings.proposed'));
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error, ['mode', 'address', 'link', 'note', 'reason', 'slots']))
        void message.error(errorMessage(t, error));
    }
  };

  const required = { required: true, whitespace: true, message: t('validation.required') };
  return (
    <Modal
      open={open}
      title={t(meeting ? 'meetings.rescheduleTitle' : 'meetings.proposeTitle')}
      okText={t(meeting ? 'meetings.rescheduleSubmit' : 'meetings.proposeSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={move.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          mode: meeting?.mode ?? 'onsite',
          address: meeting?.address,
          link: meeting?.link,
          note: meeting?.note,
          slots: [{ minutes: 60 }],
        }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item name="mode" label={t('meetings.mode')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'onsite', label: t('meetings.modes.onsite') },
              { value: 'remote', label: t('meetings.modes.remote') },
            ]}
          />
        </Form.Item>
        {mode === 'remote' ? (
          <Form.Item
            name="link"
            label={t('meetings.link')}
            rules={[required, { type: 'url', message: t('meetings.linkInvalid') }]}
          >
            <Input placeholder="https://" maxLength={500} />
          </Form.Item>
        ) : (
          <Form.Item name="address" label={t('meetings.address')} rules={[required]}>
            <Input maxLength={300} />
          </Form.Item>
        )}
        <Form.List name="slots">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="flex-start" wrap>
                  <Form.Item
                    name={[field.name, 'start']}
                    label={t('meetings.slotLabel', { index: index + 1 })}
                    rules={[{ required: true, message: t('validation.required') }]}
                    style={{ marginBottom: 0, flex: '1 1 200px' }}
                  >
                    <DatePicker
                      showTime={{ format: 'HH:mm', minuteStep: 15 }}
                      format="YYYY-MM-DD HH:mm"
                      disabledDate={(day) => day.isBefore(beijingNow(), 'day')}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'minutes']}
                    label={t('meetings.duration')}
                    style={{ marginBottom: 0, width: 120 }}
                  >
                    <Select
                      options={DURATIONS.map((minutes) => ({
                        value: minutes,
                        label: t('meetings.minutes', { count: minutes }),
                      }))}
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      aria-label={t('meetings.removeSlot', { index: index + 1 })}
                      icon={<MinusCircleOutlined aria-hidden />}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  )}
                </Flex>
              ))}
              {fields.length < MAX_MEETING_SLOTS && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ minutes: 60 })}
                >
                  {t('meetings.addSlot', { max: MAX_MEETING_SLOTS })}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
        <Form.Item name="note" label={t('meetings.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        {meeting && (
          <Form.Item name="reason" label={t('meetings.reason')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
