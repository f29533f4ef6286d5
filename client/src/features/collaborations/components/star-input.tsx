import { StarFilled } from '@ant-design/icons';
import { theme } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

const SCORES = [1, 2, 3, 4, 5] as const;

interface StarInputProps {
  id?: string;
  value?: number;
  onChange?: (score: number) => void;
  /** The id of the visible label of the group. */
  'aria-labelledby'?: string;
}

/**
 * 1–5 stars as a radio group: each star is named ("4 星"), arrow keys move the choice, and the
 * focus stays on the chosen star (roving tabindex). A form control for antd's `Form.Item`.
 */
export function StarInput({ id, value, onChange, 'aria-labelledby': labelledBy }: StarInputProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [hovered, setHovered] = useState<number>();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const shown = hovered ?? value ?? 0;

  const choose = (score: number) => {
    onChange?.(score);
    buttons.current[score - 1]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, score: number) => {
    const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    choose(Math.min(5, Math.max(1, score + step)));
  };

  return (
    <div
      id={id}
      role="radiogroup"
      aria-labelledby={labelledBy}
      style={{ display: 'inline-flex', gap: 4 }}
      onMouseLeave={() => setHovered(undefined)}
    >
      {SCORES.map((score) => (
        <button
          key={score}
          ref={(element) => {
            buttons.current[score - 1] = element;
          }}
          type="button"
          role="radio"
          aria-checked={value === score}
          aria-label={t('collaborations.rating.stars', { count: score })}
          tabIndex={(value ?? 1) === score ? 0 : -1}
          onClick={() => choose(score)}
          onKeyDown={(event) => onKeyDown(event, score)}
          onMouseEnter={() => setHovered(score)}
          style={{
            border: 'none',
            background: 'none',
            padding: 2,
            cursor: 'pointer',
            fontSize: 24,
            lineHeight: 1,
            color: score <= shown ? token.colorWarning : token.colorBorder,
          }}
        >
          <StarFilled aria-hidden />
        </button>
      ))}
    </div>
  );
}
