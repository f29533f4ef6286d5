import { Input } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchBoxProps {
  /** The search in effect (from the URL); the box follows it on back and forward. */
  value: string;
  onSearch: (q: string) => void;
  label: string;
  placeholder?: string;
  size?: 'large' | 'middle';
  style?: CSSProperties;
}

/** A search input that searches on Enter or its button, not on every key. */
export function SearchBox({ value, onSearch, label, placeholder, size, style }: SearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  return (
    <Input.Search
      value={text}
      onChange={(event) => setText(event.target.value)}
      onSearch={(q) => onSearch(q.trim())}
      allowClear
      enterButton={t('common.search')}
      size={size}
      placeholder={placeholder}
      aria-label={label}
      style={style}
    />
  );
}
