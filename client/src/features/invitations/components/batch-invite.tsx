import { type BatchInvitationResult, createInvitationSchema } from '@qs/shared';
import { Flex, Form, Input, Modal, Progress, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { maxOf, zodRule } from '../../../lib/form';
import { MAX_BATCH_INVITATIONS, useBatchInvite } from '../api/batch-invite';
import { useNeedInvitations } from '../api/get-need-invitations';
import { SendTrigger } from './send-trigger';

const MESSAGE_MAX = maxOf(createInvitationSchema.shape.message);

interface Invitee {
  id: string;
  name: string;
}

interface Outcome {
  expert: Invitee;
  /** Why the expert was not invited; none when the invitation was sent. */
  refusal?: string;
}

/** Groups of at most `MAX_BATCH_INVITATIONS`, the most one request invites. */
function inGroups<T>(items: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (let at = 0; at < items.length; at += MAX_BATCH_INVITATIONS)
    groups.push(items.slice(at, at + MAX_BATCH_INVITATIONS));
  return groups;
}

/**
 * Each expert's outcome of one request: the server says why one was not invited (capacity,
 * avoidance…) in the reader's language; a request that failed as a whole refuses its group.
 */
async function outcomesOf(
  t: TFunction,
  group: Invitee[],
  request: Promise<BatchInvitationResult[]>,
): Promise<Outcome[]> {
  try {
    const results = new Map((await request).map((result) => [result.expertId, result]));
    return group.map((expert) => {
      const error = results.get(expert.id)?.error;
      return error ? { expert, refusal: error.message } : { expert };
    });
  } catch (failure) {
    return group.map((expert) => ({ expert, refusal: errorMessage(t, failure) }));
  }
}

/** The experts already invited to a need, in any state: they cannot be invited again. */
export function useInvitedExpertIds(needId: string): ReadonlySet<string> {
  const invitations = useNeedInvitations(needId);
  return useMemo(
    () => new Set((invitations.data ?? []).map((invitation) => invitation.expertId)),
    [invitations.data],
  );
}

function Outcomes({ outcomes }: { outcomes: Outcome[] }) {
  const { t } = useTranslation();
  const refused = outcomes.filter((outcome) => outcome.refusal !== undefined).length;
  return (
    <Flex vertical gap={8}>
      <Typography.Text strong aria-live="polite">
        {t('invitations.batch.summary', { invited: outcomes.length - refused, refused })}
      </Typography.Text>
      <ul
        aria-label={t('invitations.batch.resultsLabel')}
        style={{ margin: 0, paddingInlineStart: 20 }}
      >
        {outcomes.map(({ expert, refusal }) => (
          <li key={expert.id}>
            <Flex gap={8} wrap align="baseline">
              <Typography.Text>{expert.name}</Typography.Text>
              {refusal === undefined ? (
                <Tag color="success" style={{ marginInlineEnd: 0 }}>
                  {t('invitations.batch.invited')}
                </Tag>
              ) : (
                <Typography.Text type="danger">
                  {t('invitations.batch.refused', { reason: refusal })}
                </Typography.Text>
              )}
            </Flex>
          </li>
        ))}
      </ul>
    </Flex>
  );
}

interface BatchInviteButtonProps {
  needId: string;
  needTitle: string;
  experts: readonly Invitee[];
  /** Why nobody can be invited (e.g. the need is closed); disables the button. */
  disabledReason?: string;
  /** When the results are closed: the selection may be cleared and the matches fetched again. */
  onDone?: () => void;
}

/**
 * Invites several experts with one message: one batch request per `MAX_BATCH_INVITATIONS`, in which
 * the server invites each by the rules of a single invitation, so that each is accepted or refused
 * on its own and a repeat invites only those still missing (the same pair answers its existing
 * invitation).
 */
export function BatchInviteButton({
  needId,
  needTitle,
  experts,
  disabledReason,
  onDone,
}: BatchInviteButtonProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ message: string }>();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState<{ done: number; count: number }>();
  const [outcomes, setOutcomes] = useState<Outcome[]>();
  const invite = useBatchInvite();

  const send = async ({ message }: { message: string }) => {
    const count = experts.length;
    const results: Outcome[] = [];
    setSending({ done: 0, count });
    for (const group of inGroups(experts)) {
      const request = invite.mutateAsync({
        needId,
        expertIds: group.map((expert) => expert.id),
        message: message.trim(),
      });
      results.push(...(await outcomesOf(t, group, request)));
      setSending({ done: results.length, count });
    }
    setSending(undefined);
    setOutcomes(results);
  };

  const close = () => {
    setOpen(false);
    if (outcomes) {
      setOutcomes(undefined);
      onDone?.();
    }
  };

  return (
    <>
      <SendTrigger
        label={t('invitations.batch.open')}
        ariaLabel={t('invitations.batch.openLabel', { count: experts.length })}
        disabledReason={disabledReason}
        disabled={experts.length === 0}
        onClick={() => setOpen(true)}
      />
      <Modal
        open={open}
        title={
          outcomes
            ? t('invitations.batch.resultsTitle')
            : t('invitations.batch.title', { count: sending?.count ?? experts.length })
        }
        okText={outcomes ? t('common.close') : t('invitations.send')}
        cancelText={t('common.cancel')}
        cancelButtonProps={{ style: outcomes ? { display: 'none' } : undefined }}
        confirmLoading={sending !== undefined}
        onOk={() => (outcomes ? close() : form.submit())}
        onCancel={() => (sending ? undefined : close())}
        destroyOnHidden
      >
        {outcomes ? (
          <Outcomes outcomes={outcomes} />
        ) : (
          <Flex vertical gap={8}>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('invitations.batch.hint')}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ margin: 0 }}>
              {experts.map((expert) => expert.name).join(t('common.listSeparator'))}
            </Typography.Paragraph>
            <Form
              form={form}
              layout="vertical"
              preserve={false}
              initialValues={{
                message: t('invitations.batch.defaultMessage', { title: needTitle }),
              }}
              onFinish={(values) => void send(values)}
            >
              <Form.Item
                name="message"
                label={t('invitations.message')}
                rules={[zodRule(createInvitationSchema.shape.message, t)]}
              >
                <Input.TextArea rows={5} showCount maxLength={MESSAGE_MAX} />
              </Form.Item>
            </Form>
            {sending && (
              <Progress
                percent={Math.round((sending.done / sending.count) * 100)}
                aria-label={t('invitations.batch.progress', sending)}
              />
            )}
          </Flex>
        )}
      </Modal>
    </>
  );
}
