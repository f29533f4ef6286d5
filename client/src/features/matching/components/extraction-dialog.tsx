import { DownloadOutlined, ExperimentOutlined } from '@ant-design/icons';
import {
  drawRecordRoutes,
  extractionInputSchema,
  pools,
  type DrawStatus,
  type Pool,
} from '@qs/shared';
import {
  Alert,
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
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/ui/query-error';
import { paths } from '../../../config/paths';
import { useDownload } from '../../../hooks/use-download';
import { callForFile } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';
import { maxOf, zodRule } from '../../../lib/form';
import { useFormatters } from '../../../lib/format';
import { useCreateExtraction, useTopUpExtraction } from '../api/create-extraction';
import { useExtractions, type ExtractionDto } from '../api/get-extractions';

const COUNT_MAX = maxOf(extractionInputSchema.shape.count);

type DrawnExpert = ExtractionDto['experts'][number];

const statusColors: Record<DrawStatus, string> = {
  recorded: 'default',
  inviting: 'processing',
  short: 'warning',
  complete: 'success',
};

const stateColors: Record<string, string> = {
  inviting: 'processing',
  invited: 'processing',
  accepted: 'success',
  declined: 'error',
  expired: 'warning',
  withdrawn: 'warning',
  skipped: 'default',
};

function ExpertList({ experts, empty }: { experts: DrawnExpert[]; empty: string }) {
  const { t } = useTranslation();
  if (experts.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {experts.map((expert) => (
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

/** Who holds a seat, who waits, who left and why: the draw's members with their state. */
function Members({ extraction }: { extraction: ExtractionDto }) {
  const { t } = useTranslation();
  const nameOf = (id: string) => extraction.members.find((m) => m.expertId === id)?.name ?? '';
  return (
    <ol aria-label={t('matching.extraction.members')} style={{ margin: 0, paddingInlineStart: 20 }}>
      {extraction.members.map((member) => (
        <li key={member.expertId}>
          <Flex wrap gap={4} align="center">
            <Link to={paths.app.expertDetail.getHref(member.expertId)}>{member.name}</Link>
            <Tag>{t(`matching.extraction.role.${member.role}`)}</Tag>
            <Tag color={stateColors[member.state]}>
              {t(`matching.extraction.state.${member.state}`)}
            </Tag>
            {member.replaces && (
              <Typography.Text type="secondary">
                {t('matching.extraction.replacesName', { name: nameOf(member.replaces) })}
              </Typography.Text>
            )}
            {member.state === 'skipped' && member.reason && (
              <Typography.Text type="secondary">
                {t(`matching.extraction.reason.${member.reason}`)}
              </Typography.Text>
            )}
          </Flex>
        </li>
      ))}
    </ol>
  );
}

/** What happened to the draw, in order: drawn, invited, left, replaced, passed over, topped up. */
function Trail({ extraction }: { extraction: ExtractionDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Timeline
      items={extraction.trail.map((entry, i) => ({
        key: i,
        content: (
          <>
            <Typography.Text type="secondary">{format.dateTime(entry.at)}</Typography.Text>{' '}
            {t(`matching.extraction.trailKind.${entry.kind}`, {
              name: entry.expertName ?? '',
              replaced: entry.replacedExpertName ?? '',
              reason: entry.reason ? t(`matching.extraction.reason.${entry.reason}`) : '',
              count: entry.count ?? 0,
            })}
          </>
        ),
      }))}
    />
  );
}

function TopUp({ extraction }: { extraction: ExtractionDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const topUp = useTopUpExtraction(extraction.needId);
  const [count, setCount] = useState<number | null>(1);
  return (
    <Flex wrap gap={8} align="center">
      <InputNumber
        aria-label={t('matching.extraction.topUpCount')}
        min={1}
        max={COUNT_MAX}
        precision={0}
        value={count}
        onChange={setCount}
      />
      <Button
        loading={topUp.isPending}
        disabled={!count}
        onClick={() =>
          count &&
          topUp.mutate(
            { extractionId: extraction.id, count },
            {
              onSuccess: () => void message.success(t('matching.extraction.toppedUp')),
              onError: (error) => void message.error(errorMessage(t, error)),
            },
          )
        }
      >
        {t('matching.extraction.topUp')}
      </Button>
    </Flex>
  );
}

/** The draw's record for the file, as the server lays it out in the user's language. */
function DownloadRecord({ extraction }: { extraction: ExtractionDto }) {
  const { t } = useTranslation();
  const download = useDownload();
  const name = `draw-record-${extraction.id}.pdf`;
  return (
    <Button
      icon={<DownloadOutlined aria-hidden />}
      loading={download.busy === name}
      onClick={() =>
        download.run(name, () =>
          callForFile(drawRecordRoutes.pdf, {
            params: { id: extraction.needId, extractionId: extraction.id },
          }),
        )
      }
    >
      {t('matching.extraction.downloadRecord')}
    </Button>
  );
}

/** The record of one draw: when, how many of how many, which pools, the seed, who; its live trail. */
function ExtractionRecord({ extraction }: { extraction: ExtractionDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={4}>
        <Tag color={statusColors[extraction.status]}>
          {t(`matching.extraction.status.${extraction.status}`)}
        </Tag>
      </Flex>
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
      {extraction.invite ? (
        <Members extraction={extraction} />
      ) : (
        <>
          <ExpertList experts={extraction.experts} empty={t('matching.extraction.noneDrawn')} />
          {extraction.reserves > 0 && (
            <>
              <Typography.Text strong>{t('matching.extraction.reserveList')}</Typography.Text>
              <ExpertList
                experts={extraction.reserveExperts}
                empty={t('matching.extraction.noReserves')}
              />
            </>
          )}
        </>
      )}
      {extraction.status === 'short' && (
        <Alert
          type="warning"
          showIcon
          title={t('matching.extraction.openSeats', { count: extraction.openSeats })}
        />
      )}
      {extraction.trail.length > 0 && (
        <>
          <Typography.Text strong>{t('matching.extraction.trail')}</Typography.Text>
          <Trail extraction={extraction} />
        </>
      )}
      <Flex wrap gap={8} align="center" justify="space-between">
        <TopUp extraction={extraction} />
        <DownloadRecord extraction={extraction} />
      </Flex>
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
  reserves: number;
  pools: Pool[];
  invite: boolean;
  expiresInDays: number;
}

/** A button that opens the random draw (抽取): count and pools, the recorded result, past draws. */
export function ExtractionDialog({ needId, mayInvite }: { needId: string; mayInvite: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ExtractionFormValues>();
  const inviting = Form.useWatch('invite', form);
  const create = useCreateExtraction(needId);
  // The result follows the live pushes that reach the need's list of draws.
  const past = useExtractions(needId, { enabled: open });
  const result = past.data?.find((item) => item.id === create.data?.id) ?? create.data;

  const onFinish = (values: ExtractionFormValues) =>
    create.mutate(
      {
        count: values.count,
        reserves: values.reserves ?? 0,
        ...(values.pools?.length ? { pools: values.pools } : {}),
        ...(mayInvite && values.invite
          ? { invite: true, expiresInDays: values.expiresInDays }
          : {}),
      },
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
          initialValues={{ count: 3, reserves: 0, pools: [], invite: false, expiresInDays: 7 }}
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
          <Form.Item
            name="reserves"
            label={t('matching.extraction.reserves')}
            tooltip={t('matching.extraction.reservesHint')}
          >
            <InputNumber min={0} max={COUNT_MAX} precision={0} />
          </Form.Item>
          <Form.Item name="pools" label={t('matching.extraction.pools')}>
            <Checkbox.Group
              options={pools.map((pool) => ({ value: pool, label: t(`enums.pool.${pool}`) }))}
            />
          </Form.Item>
          {mayInvite && (
            <Form.Item name="invite" valuePropName="checked">
              <Checkbox>{t('matching.extraction.invite')}</Checkbox>
            </Form.Item>
          )}
          {mayInvite && inviting && (
            <Form.Item name="expiresInDays" label={t('matching.extraction.expiresInDays')}>
              <InputNumber min={1} max={30} precision={0} />
            </Form.Item>
          )}
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('matching.extraction.draw')}
            </Button>
          </Form.Item>
        </Form>
        {result && (
          <Card
            size="small"
            title={t('matching.extraction.result')}
            style={{ marginTop: 16 }}
            role="status"
          >
            <ExtractionRecord extraction={result} />
          </Card>
        )}
        <Divider titlePlacement="start">{t('matching.extraction.past')}</Divider>
        <PastDraws needId={needId} enabled={open} />
      </Modal>
    </>
  );
}
