import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Row,
  Spin,
  Statistic,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { isImportField } from '@qs/shared';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';
import {
  exportExpertsUrl,
  importAccept,
  importExtensions,
  useImportExperts,
  type ImportSummary,
} from '../api/import-experts';

/**
 * The header line of an import file, as the server reads it (see the API contract); a file
 * format, the same in every interface language.
 */
const SAMPLE_HEADER_ZH = '姓名,职称,单位,城市,专家库,技能,行业,从业年限,邮箱,电话,简介,状态';
const SAMPLE_ROW_ZH =
  '张伟,高级工程师,青岛智造研究院,青岛,青岛,"边缘计算;TSN",家电,12,zhangwei@example.com,13800000000,长期从事边缘计算研究,可约';
const SAMPLE_HEADER_EN =
  'name,title,organization,city,pool,skills,sectors,yearsOfExperience,email,phone,bio,availability';

interface RejectedLine {
  key: string;
  row: number;
  field: string;
  message: string;
}

function rejectedLines(summary: ImportSummary): RejectedLine[] {
  return summary.rejected.flatMap(({ row, errors }) =>
    errors.map((error, index) => ({ key: `${row}-${index}`, row, ...error })),
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

function ImportResult({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const lines = rejectedLines(summary);
  const counts = [
    { key: 'created', value: summary.created },
    { key: 'updated', value: summary.updated },
    { key: 'unchanged', value: summary.unchanged },
    { key: 'rejected', value: summary.rejected.length },
  ] as const;
  return (
    <section aria-labelledby="import-result-title">
      <Card title={<span id="import-result-title">{t('import.result.title')}</span>}>
        <Flex vertical gap={16}>
          <Alert
            type={summary.rejected.length ? 'warning' : 'success'}
            showIcon
            title={
              summary.rejected.length
                ? t('import.result.someRejected', { count: summary.rejected.length })
                : t('import.result.allGood')
            }
          />
          <Row gutter={[16, 16]}>
            {counts.map(({ key, value }) => (
              <Col key={key} xs={12} md={6}>
                <Statistic title={t(`import.result.${key}`)} value={value} />
              </Col>
            ))}
          </Row>
          {summary.warnings.length > 0 && (
            <Alert
              type="info"
              showIcon
              title={t('import.result.warnings')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {summary.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              }
            />
          )}
          {lines.length > 0 && (
            <Table<RejectedLine>
              size="small"
              caption={t('import.result.rejectedTable')}
              dataSource={lines}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                { title: t('import.result.row'), dataIndex: 'row', width: 100 },
                {
                  title: t('import.result.field'),
                  dataIndex: 'field',
                  width: 200,
                  render: (field: string) => <FieldName field={field} />,
                },
                { title: t('import.result.reason'), dataIndex: 'message' },
              ]}
            />
          )}
        </Flex>
      </Card>
    </section>
  );
}

function FileFormat() {
  const { t } = useTranslation();
  return (
    <Card title={t('import.format.title')} size="small">
      <Typography.Paragraph>{t('import.format.intro')}</Typography.Paragraph>
      <Typography.Text strong>{t('import.format.headerZh')}</Typography.Text>
      <Typography.Paragraph copyable={{ text: SAMPLE_HEADER_ZH }}>
        <code>{SAMPLE_HEADER_ZH}</code>
      </Typography.Paragraph>
      <Typography.Text strong>{t('import.format.sampleRow')}</Typography.Text>
      <Typography.Paragraph>
        <code>{SAMPLE_ROW_ZH}</code>
      </Typography.Paragraph>
      <Typography.Text strong>{t('import.format.headerEn')}</Typography.Text>
      <Typography.Paragraph copyable={{ text: SAMPLE_HEADER_EN }}>
        <code>{SAMPLE_HEADER_EN}</code>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('import.format.notes')}
      </Typography.Paragraph>
    </Card>
  );
}

/** Uploads a spreadsheet of experts and shows what became of each row. */
export function ExpertImport() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const importMutation = useImportExperts();
  const failure = importMutation.error;

  const accepts = (name: string) =>
    importExtensions.some((extension) => name.toLowerCase().endsWith(extension));

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Flex vertical gap={16}>
          <Spin spinning={importMutation.isPending} tip={t('import.uploading')}>
            <Upload.Dragger
              accept={importAccept}
              multiple={false}
              showUploadList={false}
              disabled={importMutation.isPending}
              beforeUpload={(file) => {
                if (accepts(file.name)) return true;
                void message.error(t('import.wrongType', { name: file.name }));
                return Upload.LIST_IGNORE;
              }}
              customRequest={({ file }) => {
                if (file instanceof File) importMutation.mutate(file);
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined aria-hidden />
              </p>
              <p className="ant-upload-text">{t('import.drop')}</p>
              <p className="ant-upload-hint">{t('import.dropHint')}</p>
            </Upload.Dragger>
          </Spin>
          {failure && (
            <Alert
              type="error"
              showIcon
              title={t('import.failed', { name: importMutation.variables?.name ?? '' })}
              description={
                <>
                  {errorMessage(t, failure)}
                  {isApiError(failure) && failure.details.length > 0 && (
                    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                      {failure.details.map((detail) => (
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
          )}
          {importMutation.data && <ImportResult summary={importMutation.data} />}
        </Flex>
      </Col>
      <Col xs={24} xl={9}>
        <Flex vertical gap={16}>
          <Card title={t('import.export.title')} size="small">
            <Typography.Paragraph>{t('import.export.description')}</Typography.Paragraph>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              href={exportExpertsUrl}
              download="experts.csv"
            >
              {t('import.export.download')}
            </Button>
          </Card>
          <FileFormat />
        </Flex>
      </Col>
    </Row>
  );
}
