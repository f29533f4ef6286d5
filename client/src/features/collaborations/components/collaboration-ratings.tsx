import { collaborationSides, type CollaborationDto, type CollaborationSide } from '@qs/shared';
import { App, Button, Card, Flex, Form, Input, Rate, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors, maxOf, optionalZodRule } from '../../../lib/form';
import { useFormatters } from '../../../lib/format';
import { ratingInputSchema, useRateCollaboration } from '../api/rate-collaboration';
import { StarInput } from './star-input';

const COMMENT_MAX = maxOf(ratingInputSchema.shape.comment);

type Rating = NonNullable<CollaborationDto['ratings']['byEnterprise']>;

const ratingOf = (collaboration: CollaborationDto, side: CollaborationSide) =>
  side === 'enterprise' ? collaboration.ratings.byEnterprise : collaboration.ratings.byExpert;

type NameOf = (userId: string, side: CollaborationSide) => string;

function GivenRating({
  rating,
  side,
  nameOf,
}: {
  rating: Rating;
  side: CollaborationSide;
  nameOf: NameOf;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Flex vertical gap={4}>
      <Flex gap={8} align="center" wrap>
        <span
          role="img"
          aria-label={t('collaborations.rating.scoreLabel', { score: rating.score })}
        >
          <Rate disabled value={rating.score} />
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('collaborations.history.byAt', {
            name: nameOf(rating.by, side),
            time: format.dateTime(rating.at),
          })}
        </Typography.Text>
      </Flex>
      {rating.comment && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {rating.comment}
        </Typography.Paragraph>
      )}
    </Flex>
  );
}

interface RatingValues {
  score: number;
  comment?: string;
}

function RatingForm({ collaboration }: { collaboration: CollaborationDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RatingValues>();
  const rate = useRateCollaboration();
  const scoreId = useId();
  // Awaited rather than per-call callbacks: the given rating replaces this form.
  // It catches its own failures, so the form need not wait for it.
  const onFinish = async ({ score, comment }: RatingValues) => {
    try {
      await rate.mutateAsync({
        id: collaboration.id,
        score,
        comment: comment?.trim() || undefined,
      });
      void message.success(t('collaborations.rating.done'));
    } catch (error) {
      if (!applyFieldErrors(form, error, ['score', 'comment']))
        void message.error(errorMessage(t, error));
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(values) => void onFinish(values)}
      style={{ maxWidth: 560 }}
    >
      <Form.Item
        name="score"
        label={<span id={scoreId}>{t('collaborations.rating.score')}</span>}
        rules={[{ required: true, message: t('collaborations.rating.scoreRequired') }]}
      >
        <StarInput aria-labelledby={scoreId} />
      </Form.Item>
      <Form.Item
        name="comment"
        label={t('collaborations.rating.comment')}
        rules={[optionalZodRule(ratingInputSchema.shape.comment, t)]}
      >
        <Input.TextArea rows={3} showCount maxLength={COMMENT_MAX} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={rate.isPending}>
        {t('collaborations.rating.submit')}
      </Button>
    </Form>
  );
}

interface CollaborationRatingsProps {
  collaboration: CollaborationDto;
  /** The caller's side, who may rate once the collaboration is completed; none for the bureau. */
  side: CollaborationSide | undefined;
  nameOf: NameOf;
}

/** Both sides' ratings once given, and the caller's form after completion. */
export function CollaborationRatings({ collaboration, side, nameOf }: CollaborationRatingsProps) {
  const { t } = useTranslation();
  const completed = collaboration.status === 'completed';
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('collaborations.rating.title')}</h2>}>
      {!completed ? (
        <Typography.Text type="secondary">
          {collaboration.status === 'cancelled'
            ? t('collaborations.rating.cancelled')
            : t('collaborations.rating.afterCompletion')}
        </Typography.Text>
      ) : (
        <Flex vertical gap={20}>
          {collaborationSides.map((by) => {
            const rating = ratingOf(collaboration, by);
            return (
              <section key={by} aria-label={t(`collaborations.rating.by.${by}`)}>
                <Typography.Title level={3} style={{ marginTop: 0, fontSize: 16 }}>
                  {t(`collaborations.rating.by.${by}`)}
                </Typography.Title>
                {rating ? (
                  <GivenRating rating={rating} side={by} nameOf={nameOf} />
                ) : by === side ? (
                  <RatingForm collaboration={collaboration} />
                ) : (
                  <Typography.Text type="secondary">
                    {t('collaborations.rating.notYet')}
                  </Typography.Text>
                )}
              </section>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
