import { AutoComplete } from 'antd';
import { useTranslation } from 'react-i18next';

/** The alliance's two cities, offered first; any other city may be typed. */
const cityKeys = ['qingdao', 'shenzhen'] as const;

interface CityInputProps {
  /** Given by the enclosing Form.Item. */
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}

/** A city field: free text with the alliance's cities suggested in the reader's language. */
export function CityInput({ id, value, onChange }: CityInputProps) {
  const { t } = useTranslation();
  return (
    <AutoComplete
      id={id}
      value={value}
      onChange={onChange}
      options={cityKeys.map((city) => ({ value: t(`cities.${city}`) }))}
      placeholder={t('auth.placeholders.city')}
    />
  );
}
