import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';

const FORMAT = 'YYYY-MM-DD';

/**
 * A calendar date as the API writes it (`2026-03-14`), picked with antd's calendar in the user's
 * language instead of the browser's `mm/dd/yyyy` field. `min`/`max` bound the days offered.
 */
export function DateInput({
  value,
  onChange,
  min,
  max,
  id,
  ...aria
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  min?: string;
  max?: string;
  id?: string;
  'aria-label'?: string;
}) {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'zh-cn';
  return (
    <DatePicker
      id={id}
      {...aria}
      style={{ width: '100%', maxWidth: 240 }}
      format={FORMAT}
      value={value ? dayjs(value, FORMAT).locale(locale) : null}
      onChange={(day: Dayjs | null) => onChange?.(day ? day.format(FORMAT) : undefined)}
      disabledDate={(day) =>
        (min !== undefined && day.format(FORMAT) < min) ||
        (max !== undefined && day.format(FORMAT) > max)
      }
    />
  );
}
