import { Card, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder cards while a list loads. */
export function ListSkeleton({ rows = 3, avatar = false }: { rows?: number; avatar?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} role="status" aria-label={t('common.loading')} aria-busy>
      {Array.from({ length: rows }, (_, index) => (
        <Card key={index}>
          <Skeleton active avatar={avatar} paragraph={{ rows: 2 }} />
        </Card>
      ))}
    </Flex>
  );
}
