import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The product mark: logo and short name. */
export function Brand({ inverted = false }: { inverted?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={10} style={{ minWidth: 0 }}>
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <Typography.Text
        strong
        ellipsis
        style={{ color: inverted ? '#fff' : undefined, fontSize: 16 }}
      >
        {t('app.shortName')}
      </Typography.Text>
    </Flex>
  );
}
