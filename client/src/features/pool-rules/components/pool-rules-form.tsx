import type { UpdatePoolRulesInput } from '@qs/shared';
import { App, Button, Card, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { QueryError } from '../../../components/ui/query-error';
import { errorMessage } from '../../../lib/error-messages';
import { usePoolRules, useUpdatePoolRules } from '../api/pool-rules';

type Values = Required<Omit<UpdatePoolRulesInput, 'reason'>> & { reason: string };

/** The bureau's load caps and rotation period; every change carries its reason (audited). */
export function PoolRulesForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = usePoolRules();
  const update = useUpdatePoolRules();
  const [form] = Form.useForm<Values>();

  if (rules.isPending) return <ListSkeleton rows={2} />;
  if (rules.isError) return <QueryError error={rules.error} onRetry={() => void rules.refetch()} />;

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('poolRules.settings.intro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ maxWidth: 480 }}
        initialValues={{
          maxActiveCollaborations: rules.data.maxActiveCollaborations,
          maxEngagementsPerYear: rules.data.maxEngagementsPerYear,
          rotationDays: rules.data.rotationDays,
          reason: '',
        }}
        onFinish={(values) =>
          update.mutate(values, {
            onSuccess: () => {
              form.setFieldValue('reason', '');
              void message.success(t('poolRules.settings.saved'));
            },
            onError: (error) => void message.error(errorMessage(t, error)),
          })
        }
      >
        <Form.Item
          name="maxActiveCollaborations"
          label={t('poolRules.settings.maxActiveCollaborations')}
          extra={t('poolRules.settings.maxActiveCollaborationsHelp')}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="maxEngagementsPerYear"
          label={t('poolRules.settings.maxEngagementsPerYear')}
          extra={t('poolRules.settings.maxEngagementsPerYearHelp')}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={500} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="rotationDays"
          label={t('poolRules.settings.rotationDays')}
          extra={t('poolRules.settings.rotationDaysHelp')}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('poolRules.settings.reason')}
          rules={[
            { required: true, whitespace: true, message: t('poolRules.settings.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {rules.data.updatedAt && (
          <Typography.Paragraph type="secondary">
            {t('poolRules.settings.updatedAt', {
              at: new Date(rules.data.updatedAt).toLocaleString(),
            })}
          </Typography.Paragraph>
        )}
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('poolRules.settings.save')}
        </Button>
      </Form>
    </Card>
  );
}
