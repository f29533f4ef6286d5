import type { NeedDto, NeedKind, NeedStatus } from '@qs/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';

const statusColors = {
  open: 'green',
  in_progress: 'blue',
  closed: 'default',
} as const satisfies Record<NeedStatus, string>;

export function NeedStatusTag({ status }: { status: NeedStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }}>
      {t(`enums.needStatus.${status}`)}
    </Tag>
  );
}

export function NeedKindTag({ kind }: { kind: NeedKind }) {
  const { t } = useTranslation();
  return (
    <Tag color="purple" style={{ marginInlineEnd: 0 }}>
      {t(`enums.needKind.${kind}`)}
    </Tag>
  );
}

/** "¥90,000 – ¥200,000", or nothing. */
export function BudgetText({ budget }: { budget: NeedDto['budget'] }) {
  const format = useFormatters();
  if (!budget) return null;
  return (
    <>
      {budget.min === budget.max
        ? format.money(budget.min)
        : `${format.money(budget.min)} – ${format.money(budget.max)}`}
    </>
  );
}
