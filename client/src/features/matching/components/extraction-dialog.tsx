import { ExperimentOutlined } from '@ant-design/icons';
import { extractionInputSchema, pools, type Pool } from '@qs/shared';
import {
  App,
  Button,
  Card,
  Checkbox,
  Collapse,
  Descriptions,
  Divider,
  Empty,
  Flex,
  Form,
  InputNumber,
  Modal,
  Skeleton,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/ui/query-error';
import { paths } from '../../../config/paths';
import { errorMessage } from '../../../lib/error-messages';
import { maxOf, zodRule } from '../../../lib/form';
import { useFormatters } from '../../../lib/format';
import { useCreateExtraction } from '../api/create-extraction';
import { useExtractions, type ExtractionDto } from '../api/get-extractions';

const COUNT_MAX = maxOf(extractionInputSchema.shape.count);

function DrawnExperts({ extraction }: { extraction: ExtractionDto }) {
  const { t } = useTranslation();
  if (extraction.experts.length === 0)
    return <Typography.Text type="secondary">{t('matching.extraction.noneDrawn')}</Typography.Text>;
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {extraction.experts.map((expert) => (
        <li key={expert.id}>
          <Link to={paths.app.expertDetail.getHref(expert.id)}>{expert.name}</Link>{' '}
          <Typography.Text type="secondary">
            {[
              expert.title,
              expert.organization,
              expert.pool ? t(`enums.pool.${expert.pool}`) : expert.city,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </li>
      ))}
    </ol>
  );
}

/** The record of one draw: when, how many of how many, which pools, the seed, who. */
function ExtractionRecord({ extraction }: { extraction: ExtractionDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Flex vertical gap={8}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'at',
            label: t('matching.extraction.at'),
            children: format.dateTime(extraction.at),
          },
          {
            key: 'seed',
            label: t('matching.extraction.seed'),
            children: (
              <Typography.Text code copyable>
                {extraction.seed}
              </Typography.Text>
            ),
          },
          {
            key: 'count',
            label: t('matching.extraction.drawn'),
            children: t('matching.extraction.drawnOf', {
              count: extraction.experts.length,
              candidates: extraction.candidates,
            }),
          },
          {
            key: 'pools',
            label: t('matching.extraction.pools'),
            children: extraction.pools.length
              ? extraction.pools
                  .map((pool) => t(`enums.pool.${pool}`))
                  .join(t('common.listSeparator'))
              : t('matching.extraction.allPools'),
          },
        ]}
      />
      <DrawnExperts extraction={extraction} />
    </Flex>
  );
}

function PastDraws({ needId, enabled }: { needId: string; enabled: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const past = useExtractions(needId, { enabled });
  if (past.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (past.isError) return <QueryError error={past.error} onRetry={() => void past.refetch()} />;
  if (past.data.length === 0)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matching.extraction.noPast')} />
    );
  return (
    <Collapse
      size="small"
      items={past.data.map((extraction) => ({
        key: extraction.id,
        label: t('matching.extraction.pastLabel', {
          time: format.dateTime(extraction.at),
          count: extraction.experts.length,
        }),
        children: <ExtractionRecord extraction={extraction} />,
      }))}
    />
  );
}

interface ExtractionFormValues {
  count: number;
  pools: Pool[];
}

/** A button that opens the random draw (抽取): count and pools, the recorded result, past draws. */
export function ExtractionDialog({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ExtractionFormValues>();
  const create = useCreateExtraction(needId);

  const onFinish = (values: ExtractionFormValues) =>
    create.mutate(
      { count: values.count, ...(values.pools?.length ? { pools: values.pools } : {}) },
      { onError: (error) => void message.error(errorMessage(t, error)) },
    );

  return (
    <>
      <Button icon={<ExperimentOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('matching.extraction.open')}
      </Button>
      <Modal
        open={open}
        title={t('matching.extraction.title')}
        width={720}
        footer={null}
        onCancel={() => setOpen(false)}
        afterClose={() => create.reset()}
      >
        <Typography.Paragraph type="secondary">
          {t('matching.extraction.intro')}
        </Typography.Paragraph>
        <Form
          form={form}
          layout="inline"
          initialValues={{ count: 3, pools: [] }}
          onFinish={onFinish}
          style={{ rowGap: 12 }}
        >
          <Form.Item
            name="count"
            label={t('matching.extraction.count')}
            rules={[zodRule(extractionInputSchema.shape.count, t)]}
          >
            <InputNumber min={1} max={COUNT_MAX} precision={0} />
          </Form.Item>
          <Form.Item name="pools" label={t('matching.extraction.pools')}>
            <Checkbox.Group
              options={pools.map((pool) => ({ value: pool, label: t(`enums.pool.${pool}`) }))}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('matching.extraction.draw')}
            </Button>
          </Form.Item>
        </Form>
        {create.data && (
          <Card
            size="small"
            title={t('matching.extraction.result')}
            style={{ marginTop: 16 }}
            role="status"
          >
            <ExtractionRecord extraction={create.data} />
          </Card>
        )}
        <Divider titlePlacement="start">{t('matching.extraction.past')}</Divider>
        <PastDraws needId={needId} enabled={open} />
      </Modal>
    </>
  );
}
