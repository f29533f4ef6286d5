import type { CapacityLimit, Freshness } from '@qs/shared';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** "满负荷": the expert reached a load cap; listed last, not drawn, not invitable. */
export function CapacityTag({ limit }: { limit: CapacityLimit }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`poolRules.capacity.${limit}`)}>
      <Tag color="orange" style={{ marginInlineEnd: 0 }}>
        {t('poolRules.capacity.tag')}
      </Tag>
    </Tooltip>
  );
}

/** "待年度确认" or "已冻结": nothing for a current profile. */
export function FreshnessTag({ freshness }: { freshness?: Freshness }) {
  const { t } = useTranslation();
  if (!freshness || freshness === 'current') return null;
  return (
    <Tag color={freshness === 'frozen' ? 'red' : 'gold'} style={{ marginInlineEnd: 0 }}>
      {t(`poolRules.freshness.tag.${freshness}`)}
    </Tag>
  );
}
