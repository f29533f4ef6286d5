import { StarFilled } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** An average rating with the number of ratings, or "no ratings yet". */
export function RatingText({ average, count }: { average: number; count: number }) {
  const { t } = useTranslation();
  if (count === 0)
    return <Typography.Text type="secondary">{t('common.noRating')}</Typography.Text>;
  return (
    <Typography.Text aria-label={t('common.ratingLabel', { average: average.toFixed(1), count })}>
      <StarFilled aria-hidden style={{ color: '#faad14' }} /> {average.toFixed(1)}{' '}
      <Typography.Text type="secondary">{t('common.ratingCount', { count })}</Typography.Text>
    </Typography.Text>
  );
}
