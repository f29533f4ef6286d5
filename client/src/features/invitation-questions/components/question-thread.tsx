import { QuestionCircleOutlined } from '@ant-design/icons';
import {
  postInvitationQuestionSchema,
  type CollaborationSide,
  type InvitationDto,
  type InvitationQuestionDto,
} from '@qs/shared';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors } from '../../../lib/form';
import { useFormatters } from '../../../lib/format';
import { useInvitationQuestions, usePostQuestion } from '../api/questions';

const TEXT_MAX = postInvitationQuestionSchema.shape.text.maxLength ?? 1000;

/** One text box and its button: the expert's question or the enterprise's answer to one. */
function Composer({
  invitationId,
  replyTo,
  label,
  submit,
}: {
  invitationId: string;
  replyTo?: string;
  label: string;
  submit: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const post = usePostQuestion(invitationId);
  const onFinish = async ({ text }: { text: string }) => {
    try {
      await post.mutateAsync({ text: text.trim(), ...(replyTo ? { replyTo } : {}) });
      form.resetFields();
    } catch (error) {
      if (!applyFieldErrors(form, error, ['text'])) void message.error(errorMessage(t, error));
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={(values) => void onFinish(values)}>
      <Form.Item
        name="text"
        label={label}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { max: TEXT_MAX, message: t('validation.tooLong', { max: TEXT_MAX }) },
        ]}
        style={{ marginBottom: 8 }}
      >
        <Input.TextArea rows={2} showCount maxLength={TEXT_MAX} />
      </Form.Item>
      <Flex justify="flex-end">
        <Button htmlType="submit" type="primary" loading={post.isPending}>
          {submit}
        </Button>
      </Flex>
    </Form>
  );
}

function Entry({ item }: { item: InvitationQuestionDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <div>
      <Flex gap={8} align="center" wrap>
        <Tag color={item.kind === 'question' ? 'blue' : 'green'}>
          {t(`questions.kinds.${item.kind}`)}
        </Tag>
        <Typography.Text type="secondary">{format.dateTime(item.createdAt)}</Typography.Text>
        {item.masked && <Typography.Text type="secondary">{t('questions.masked')}</Typography.Text>}
      </Flex>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
        {item.text}
      </Typography.Paragraph>
    </div>
  );
}

/**
 * Questions before accepting: the expert asks, the enterprise answers each, while the invitation
 * is pending; the bureau reads. Contacts in the other side's texts stay masked until accepted.
 */
export function QuestionThread({
  invitation,
  side,
}: {
  invitation: InvitationDto;
  side?: CollaborationSide;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const thread = useInvitationQuestions(invitation.id);
  const open = invitation.status === 'pending';
  const questions = (thread.data ?? []).filter((item) => item.kind === 'question');
  const answersOf = (id: string) =>
    (thread.data ?? []).filter((item) => item.kind === 'answer' && item.replyTo === id);

  return (
    <Card
      size="small"
      title={
        <h2 id={headingId} style={{ margin: 0, fontSize: 16 }}>
          <QuestionCircleOutlined aria-hidden /> {t('questions.title')}
        </h2>
      }
    >
      <section aria-labelledby={headingId}>
        <Flex vertical gap={16}>
          {open && (
            <Typography.Text type="secondary">
              {side === 'expert' ? t('questions.introExpert') : t('questions.introEnterprise')}
            </Typography.Text>
          )}
          {thread.isPending && <Skeleton active title={false} paragraph={{ rows: 2 }} />}
          {thread.isError && (
            <QueryError error={thread.error} onRetry={() => void thread.refetch()} />
          )}
          {thread.isSuccess && questions.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('questions.empty')} />
          )}
          {questions.length > 0 && (
            <ol
              aria-label={t('questions.listLabel')}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {questions.map((question) => (
                <li key={question.id} style={{ marginBottom: 16 }}>
                  <Entry item={question} />
                  <div style={{ marginLeft: 16, borderLeft: '2px solid #f0f0f0', paddingLeft: 12 }}>
                    {answersOf(question.id).map((answer) => (
                      <Entry key={answer.id} item={answer} />
                    ))}
                    {open && side === 'enterprise' && (
                      <Composer
                        invitationId={invitation.id}
                        replyTo={question.id}
                        label={t('questions.answerLabel')}
                        submit={t('questions.answer')}
                      />
                    )}
                  </div>
                </li>
              ))}
            </ol>
          )}
          {open && side === 'expert' && (
            <Composer
              invitationId={invitation.id}
              label={t('questions.askLabel')}
              submit={t('questions.ask')}
            />
          )}
          {!open && <Alert type="info" showIcon message={t('questions.closed')} />}
        </Flex>
      </section>
    </Card>
  );
}
