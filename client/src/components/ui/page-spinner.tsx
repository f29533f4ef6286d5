import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function PageSpinner({ minHeight = '60vh' }: { minHeight?: string | number }) {
  const { t } = useTranslation();
  return (
    <Flex
      role="status"
      aria-label={t('common.loading')}
      justify="center"
      align="center"
      style={{ minHeight }}
    >
      <Spin size="large" />
    </Flex>
  );
}
