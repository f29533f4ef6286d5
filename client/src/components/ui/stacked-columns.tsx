import { Flex, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Column<T> = TableColumnsType<T>[number];

function cellOf<T>(column: Column<T>, record: T, index: number): ReactNode {
  const dataIndex = 'dataIndex' in column ? column.dataIndex : undefined;
  const value =
    typeof dataIndex === 'string' ? (record as Record<string, unknown>)[dataIndex] : undefined;
  if (column.render) return column.render(value, record, index) as ReactNode;
  return value as ReactNode;
}

function StackedCell<T>({
  columns,
  record,
  index,
}: {
  columns: TableColumnsType<T>;
  record: T;
  index: number;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} align="flex-start">
      {columns.map((column, position) => {
        const labelled = position > 0 && column.key !== 'actions' && column.title;
        return (
          <div key={String(column.key ?? position)}>
            {labelled && (
              <Typography.Text type="secondary">
                {t('common.labelled', { label: column.title as string })}
              </Typography.Text>
            )}
            {cellOf(column, record, index)}
          </div>
        );
      })}
    </Flex>
  );
}

/**
 * A table's columns for a phone: one column whose cell holds the row's cells one under the
 * other, each after its column's title (the first, the row's name, and `actions` without), so
 * that nothing hides in a column off to the side of a 390 px screen.
 */
export function stackedColumns<T>(
  columns: TableColumnsType<T>,
  title: ReactNode,
): TableColumnsType<T> {
  return [
    {
      key: 'stacked',
      title,
      render: (_, record, index) => <StackedCell columns={columns} record={record} index={index} />,
    },
  ];
}
