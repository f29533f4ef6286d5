import { SendOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';

/**
 * The button that opens an invitation dialog (one expert or several); with `disabledReason` it
 * is disabled and says why on hover and focus.
 */
export function SendTrigger({
  label,
  ariaLabel,
  disabledReason,
  disabled,
  loading,
  onClick,
}: {
  label: string;
  ariaLabel: string;
  disabledReason?: string | undefined;
  disabled?: boolean;
  loading?: boolean;
  onClick: () => void;
}) {
  const button = (
    <Button
      type="primary"
      icon={<SendOutlined aria-hidden />}
      disabled={Boolean(disabledReason) || disabled}
      {...(loading === undefined ? {} : { loading })}
      aria-label={ariaLabel}
      onClick={onClick}
    >
      {label}
    </Button>
  );
  return disabledReason ? <Tooltip title={disabledReason}>{button}</Tooltip> : button;
}
