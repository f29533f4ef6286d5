import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a figure counts, on hover, focus or tap of the ? beside its title. */
export function HelpTip({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={text} trigger={['hover', 'focus', 'click']}>
      <Button
        type="text"
        size="small"
        aria-label={t('stats.help.label', { title })}
        icon={<QuestionCircleOutlined aria-hidden />}
      />
    </Tooltip>
  );
}

/** A figure's title with its help beside it. */
export function TitleWithHelp({ title, help }: { title: string; help?: string }) {
  return help ? (
    <span>
      {title}
      <HelpTip title={title} text={help} />
    </span>
  ) : (
    <>{title}</>
  );
}
