import { Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../../hooks/use-phone';

const ALL = 'all' as const;

interface StatusFilterProps<S extends string> {
  /** The filter's accessible name ("按状态筛选邀请"). */
  label: string;
  statuses: readonly S[];
  allLabel: string;
  statusLabel: (status: S) => string;
  value: S | undefined;
  onChange: (status: S | undefined) => void;
}

/** All, or one state of a list's records: segments, or on a phone a select as wide as the screen. */
export function StatusFilter<S extends string>({
  label,
  statuses,
  allLabel,
  statusLabel,
  value,
  onChange,
}: StatusFilterProps<S>) {
  const { t } = useTranslation();
  const phone = usePhone();
  const options = [
    { value: ALL, label: allLabel },
    ...statuses.map((status) => ({ value: status, label: statusLabel(status) })),
  ];
  const change = (status: S | typeof ALL) => onChange(status === ALL ? undefined : status);

  // Six segments do not fit a 390 px screen, and scrolling them sideways hides some.
  if (phone)
    return (
      <Select<S | typeof ALL>
        aria-label={label}
        prefix={t('common.labelled', { label: t('common.status') })}
        value={value ?? ALL}
        onChange={change}
        options={options}
        // Room for every state at once at a finger's 44 px (six: 264 px), so the list never scrolls.
        listHeight={400}
        style={{ width: '100%' }}
      />
    );
  // Labels stay whole: on a narrow window the segments scroll sideways, not the page.
  return (
    <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <Segmented<S | typeof ALL>
        style={{ maxWidth: 'none' }}
        aria-label={label}
        value={value ?? ALL}
        onChange={change}
        options={options}
      />
    </div>
  );
}
