import { DownloadOutlined } from '@ant-design/icons';
import { statsExportRoutes, statsRoutes, type StatsFilterQuery } from '@qs/shared';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDownload } from '../../../hooks/use-download';
import { callForFile } from '../../../lib/api-client';

/**
 * Every number as CSV or Excel, labelled in the user's language (青岛专家库, not `qingdao`), read
 * with the page's filters.
 */
export function StatsDownloads({ filters }: { filters: StatsFilterQuery }) {
  const { t } = useTranslation();
  const download = useDownload();
  const files = [
    { name: 'stats.csv', label: t('stats.export'), route: statsRoutes.exportCsv },
    { name: 'stats.xlsx', label: t('stats.exportXlsx'), route: statsExportRoutes.exportXlsx },
  ];
  return (
    <Flex gap={8} wrap>
      {files.map(({ name, label, route }) => (
        <Button
          key={name}
          icon={<DownloadOutlined aria-hidden />}
          loading={download.busy === name}
          onClick={() => download.run(name, () => callForFile(route, { query: filters }))}
        >
          {label}
        </Button>
      ))}
    </Flex>
  );
}
