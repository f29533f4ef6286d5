import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Row,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isImportField, type ImportChange } from '@qs/shared';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';
import { useDownload } from '../../../hooks/use-download';
import {
  downloadErrorReport,
  downloadExpertsXlsx,
  downloadTemplate,
  exportExpertsUrl,
  importAccept,
  importExtensions,
  useImportExperts,
  usePreviewImport,
  type ImportSummary,
} from '../api/import-experts';

const cardHeading = { margin: 0, fontSize: 16 } as const;

interface RejectedLine {
  key: string;
  row: number;
  field: string;
  message: string;
}

type RowError = ImportSummary['rejected'][number]['errors'][number];

/** A rejection said through the client's catalogue by its code; the server's words otherwise. */
function useRejectionText() {
  const { t, i18n } = useTranslation();
  return (error: RowError) => {
    const key = `import.codes.${error.code}`;
    return i18n.exists(key) ? t(key as 'import.codes.required', error.params ?? {}) : error.message;
  };
}

function useRejectedLines(summary: ImportSummary): RejectedLine[] {
  const text = useRejectionText();
  return summary.rejected.flatMap(({ row, errors }) =>
    errors.map((error, index) => ({
      key: `${row}-${index}`,
      row,
      field: error.field,
      message: text(error),
    })),
  );
}

/** The column's name in the user's language, with the name the server gave. */
function FieldName({ field }: { field: string }) {
  const { t } = useTranslation();
  if (!isImportField(field)) return <>{field}</>;
  return (
    <>
      {t(`experts.fields.${field}`)} <Typography.Text type="secondary">{field}</Typography.Text>
    </>
  );
}

function RejectedTable({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const lines = useRejectedLines(summary);
  if (lines.length === 0) return null;
  return (
    <Table<RejectedLine>
      size="small"
      caption={t('import.result.rejectedTable')}
      dataSource={lines}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: true }}
      columns={[
        { title: t('import.result.row'), dataIndex: 'row', width: 80 },
        {
          title: t('import.result.field'),
          dataIndex: 'field',
          width: 160,
          render: (field: string) => <FieldName field={field} />,
        },
        { title: t('import.result.reason'), dataIndex: 'message' },
      ]}
    />
  );
}

function Warnings({ warnings }: { warnings: string[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      title={t('import.result.warnings')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      }
    />
  );
}

function Counts({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const counts = [
    { key: 'created', value: summary.created },
    { key: 'updated', value: summary.updated },
    { key: 'unchanged', value: summary.unchanged },
    { key: 'rejected', value: summary.rejected.length },
  ] as const;
  return (
    <Row gutter={[16, 16]}>
      {counts.map(({ key, value }) => (
        <Col key={key} xs={12} md={6}>
          <Statistic title={t(`import.result.${key}`)} value={value} />
        </Col>
      ))}
    </Row>
  );
}

/** A step of the import in a card whose heading names the region. */
function StepSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Card
        title={
          <h2 id={id} style={cardHeading}>
            {title}
          </h2>
        }
      >
        <Flex vertical gap={16}>
          {children}
        </Flex>
      </Card>
    </section>
  );
}

function ImportPreview({
  summary,
  file,
  onConfirm,
  onCancel,
  importing,
}: {
  summary: ImportSummary;
  file: File;
  onConfirm: () => void;
  onCancel: () => void;
  importing: boolean;
}) {
  const { t } = useTranslation();
  const download = useDownload();
  const writes = summary.created + summary.updated;
  return (
    <StepSection id="import-preview-title" title={t('import.preview.title')}>
      <Alert
        type={summary.rejected.length ? 'warning' : 'info'}
        showIcon
        title={t('import.preview.summary', {
          name: file.name,
          rows: summary.rows,
          created: summary.created,
          updated: summary.updated,
          unchanged: summary.unchanged,
          rejected: summary.rejected.length,
        })}
        description={t(
          summary.verified ? 'import.preview.verifiedNote' : 'import.preview.pendingNote',
        )}
      />
      <Counts summary={summary} />
      <Warnings warnings={summary.warnings} />
      {(summary.changes ?? []).length > 0 && (
        <Table<ImportChange>
          size="small"
          caption={t('import.preview.changesTable')}
          rowKey="row"
          dataSource={summary.changes}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: true }}
          columns={[
            { title: t('import.result.row'), dataIndex: 'row', width: 80 },
            {
              title: t('import.preview.action'),
              dataIndex: 'action',
              width: 90,
              render: (action: ImportChange['action']) => (
                <Tag color={action === 'create' ? 'green' : 'blue'}>
                  {t(`import.preview.${action}`)}
                </Tag>
              ),
            },
            { title: t('import.preview.name'), dataIndex: 'name' },
            {
              title: t('import.preview.fields'),
              dataIndex: 'fields',
              render: (fields: string[] | undefined) =>
                (fields ?? [])
                  .map((field) => (isImportField(field) ? t(`experts.fields.${field}`) : field))
                  .join('、'),
            },
          ]}
        />
      )}
      <RejectedTable summary={summary} />
      <Flex gap={8} wrap>
        <Button type="primary" disabled={writes === 0} loading={importing} onClick={onConfirm}>
          {writes === 0
            ? t('import.preview.nothing')
            : t('import.preview.confirm', { count: writes })}
        </Button>
        {summary.rejected.length > 0 && (
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={download.busy === 'import-errors.xlsx'}
            onClick={() => download.run('import-errors.xlsx', () => downloadErrorReport(file))}
          >
            {t('import.report.download')}
          </Button>
        )}
        <Button onClick={onCancel} disabled={importing}>
          {t('import.preview.cancel')}
        </Button>
      </Flex>
    </StepSection>
  );
}

function ImportResult({ summary, onAgain }: { summary: ImportSummary; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <StepSection id="import-result-title" title={t('import.result.title')}>
      <Alert
        type={summary.rejected.length ? 'warning' : 'success'}
        showIcon
        title={
          summary.rejected.length
            ? t('import.result.someRejected', { count: summary.rejected.length })
            : t('import.result.allGood')
        }
      />
      <Counts summary={summary} />
      <Warnings warnings={summary.warnings} />
      <RejectedTable summary={summary} />
      <div>
        <Button onClick={onAgain}>{t('import.preview.cancel')}</Button>
      </div>
    </StepSection>
  );
}

function RequestFailure({ error, fileName }: { error: unknown; fileName: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('import.failed', { name: fileName })}
      description={
        <>
          {errorMessage(t, error)}
          {isApiError(error) && error.details.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {error.details.map((detail) => (
                <li key={`${detail.path}-${detail.message}`}>
                  {detail.path ? `${detail.path}: ` : ''}
                  {detail.message}
                </li>
              ))}
            </ul>
          )}
        </>
      }
    />
  );
}

function Downloads() {
  const { t } = useTranslation();
  const download = useDownload();
  return (
    <>
      <Card title={<h2 style={cardHeading}>{t('import.template.title')}</h2>} size="small">
        <Typography.Paragraph>{t('import.template.description')}</Typography.Paragraph>
        <Button
          icon={<DownloadOutlined aria-hidden />}
          loading={download.busy === 'experts-template.xlsx'}
          onClick={() => download.run('experts-template.xlsx', downloadTemplate)}
        >
          {t('import.template.download')}
        </Button>
      </Card>
      <Card title={<h2 style={cardHeading}>{t('import.export.title')}</h2>} size="small">
        <Typography.Paragraph>{t('import.export.description')}</Typography.Paragraph>
        <Flex gap={8} wrap>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            href={exportExpertsUrl}
            download="experts.csv"
          >
            {t('import.export.download')}
          </Button>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={download.busy === 'experts.xlsx'}
            onClick={() => download.run('experts.xlsx', downloadExpertsXlsx)}
          >
            {t('import.export.downloadXlsx')}
          </Button>
        </Flex>
      </Card>
      <Card title={<h2 style={cardHeading}>{t('import.format.title')}</h2>} size="small">
        <Typography.Paragraph>{t('import.format.intro')}</Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('import.format.notes')}
        </Typography.Paragraph>
      </Card>
    </>
  );
}

/**
 * The bureau's import desk: a file is first checked (a dry run that writes nothing), then
 * imported on confirmation; whether new experts start verified is the clerk's explicit choice.
 */
export function ExpertImport() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File>();
  const [verified, setVerified] = useState(false);
  const preview = usePreviewImport();
  const importMutation = useImportExperts();

  const accepts = (name: string) =>
    importExtensions.some((extension) => name.toLowerCase().endsWith(extension));

  const reset = () => {
    setFile(undefined);
    preview.reset();
    importMutation.reset();
  };

  const choose = (chosen: File) => {
    setFile(chosen);
    importMutation.reset();
    preview.mutate({ file: chosen, verified });
  };

  const failure = importMutation.error ?? preview.error;
  const busy = preview.isPending || importMutation.isPending;

  let stage;
  if (importMutation.data) stage = <ImportResult summary={importMutation.data} onAgain={reset} />;
  else if (preview.data && file)
    stage = (
      <ImportPreview
        summary={preview.data}
        file={file}
        importing={importMutation.isPending}
        onConfirm={() => importMutation.mutate({ file, verified: preview.data.verified })}
        onCancel={reset}
      />
    );
  else
    stage = (
      <Flex vertical gap={12}>
        <Checkbox checked={verified} onChange={(event) => setVerified(event.target.checked)}>
          {t('import.verified.label')}
        </Checkbox>
        <Typography.Text type="secondary">{t('import.verified.hint')}</Typography.Text>
        <Spin spinning={busy} tip={t('import.checking')}>
          <Upload.Dragger
            accept={importAccept}
            multiple={false}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(chosen) => {
              if (accepts(chosen.name)) return true;
              void message.error(t('import.wrongType', { name: chosen.name }));
              return Upload.LIST_IGNORE;
            }}
            customRequest={({ file: chosen }) => {
              if (chosen instanceof File) choose(chosen);
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{t('import.drop')}</p>
            <p className="ant-upload-hint">{t('import.dropHint')}</p>
          </Upload.Dragger>
        </Spin>
      </Flex>
    );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Flex vertical gap={16}>
          <Spin spinning={importMutation.isPending} tip={t('import.uploading')}>
            {stage}
          </Spin>
          {failure && <RequestFailure error={failure} fileName={file?.name ?? ''} />}
        </Flex>
      </Col>
      <Col xs={24} xl={9}>
        <Flex vertical gap={16}>
          <Downloads />
        </Flex>
      </Col>
    </Row>
  );
}
