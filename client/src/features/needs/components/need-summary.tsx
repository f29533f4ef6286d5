import { StopOutlined } from '@ant-design/icons';
import { closeNeedSchema, type NeedDto } from '@qs/shared';
import type { ReactNode } from 'react';
import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReasonDialogButton } from '../../../components/reason-dialog';
import { SkillTags } from '../../../components/taxonomy-tags';
import { useFormatters } from '../../../lib/format';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';
import { useCloseNeed } from '../api/close-need';
import { BudgetText, NeedKindTag, NeedStatusTag } from './need-badges';

interface NeedSummaryProps {
  need: NeedDto;
  /** The owner may close an open need. */
  canEdit: boolean;
  /** more of the owner's actions, beside closing (the avoidance lists) */
  actions?: ReactNode;
}

/** Everything about one need, with the owner's close button. */
export function NeedSummary({ need, canEdit, actions }: NeedSummaryProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useTaxonomyLabels();
  const close = useCloseNeed();
  const skills = need.requiredSkills.length ? need.requiredSkills : need.suggestedSkills;

  return (
    // The kind and status beside the owner's buttons in the card's body rather than its header,
    // whose one line squeezes the tags to nothing on a phone: here the buttons wrap below them.
    <Card>
      <Flex vertical gap={16}>
        <Flex gap={8} align="center" justify="space-between" wrap>
          <Flex gap={8} align="center" wrap>
            <NeedKindTag kind={need.kind} />
            <NeedStatusTag status={need.status} />
          </Flex>
          {canEdit && need.status !== 'closed' && (
            <Flex gap={8} wrap>
              {actions}
              {/* The message goes to the invited experts who did not work on the need. */}
              <ReasonDialogButton
                button={{ icon: <StopOutlined aria-hidden />, children: t('needs.detail.close') }}
                title={t('closing.title')}
                okText={t('closing.submit')}
                intro={t('closing.intro')}
                field={{
                  name: 'message',
                  schema: closeNeedSchema.shape.message,
                  label: t('closing.message'),
                  placeholder: t('closing.messagePlaceholder'),
                }}
                mutation={close}
                variables={(message) => ({ id: need.id, message })}
                done={t('needs.detail.closed')}
              />
            </Flex>
          )}
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, xl: 3 }}
          items={[
            {
              key: 'sector',
              label: t('needs.fields.sector'),
              children: labels.sector(need.sector),
            },
            { key: 'city', label: t('needs.fields.city'), children: labels.city(need.city) },
            ...(need.organizationName
              ? [
                  {
                    key: 'org',
                    label: t('needs.fields.organization'),
                    children: need.organizationName,
                  },
                ]
              : []),
            {
              key: 'budget',
              label: t('needs.fields.budget'),
              children: need.budget ? (
                <BudgetText budget={need.budget} />
              ) : (
                t('needs.detail.negotiable')
              ),
            },
            {
              key: 'deadline',
              label: t('needs.fields.deadline'),
              children: need.deadline ? format.date(need.deadline) : '—',
            },
            {
              key: 'mode',
              label: t('needs.fields.collaborationMode'),
              children: need.collaborationMode
                ? t(`enums.collaborationMode.${need.collaborationMode}`)
                : t('needs.form.anyMode'),
            },
            {
              key: 'posted',
              label: t('needs.fields.createdAt'),
              children: format.dateTime(need.createdAt),
            },
            ...(need.closing
              ? [
                  {
                    key: 'closed',
                    label: t('closing.needClosed'),
                    children: [
                      t('closing.closedAt', { time: format.dateTime(need.closing.closedAt) }),
                      need.closing.message &&
                        t('closing.enterpriseMessage', { message: need.closing.message }),
                    ]
                      .filter(Boolean)
                      .join(' · '),
                  },
                ]
              : []),
          ]}
        />
        <div>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {need.requiredSkills.length
              ? t('needs.fields.requiredSkills')
              : t('needs.suggestedSkills')}
          </Typography.Title>
          {skills.length ? (
            <SkillTags ids={skills} color="blue" />
          ) : (
            <Typography.Text type="secondary">{t('needs.detail.noSkills')}</Typography.Text>
          )}
        </div>
        <div>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('needs.fields.description')}
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {need.description}
          </Typography.Paragraph>
        </div>
      </Flex>
    </Card>
  );
}
