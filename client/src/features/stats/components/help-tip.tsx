import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip } from 'antd';
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

/** Looks as the card's or figure's title did: the heading is for screen readers' navigation. */
const headingStyle = { margin: 0, font: 'inherit', color: 'inherit' } as const;

/**
 * A figure's title as a heading (each card of the page is a section under its `<h1>`), with its
 * help beside the heading rather than in it, so that the heading's name is the title alone.
 */
export function TitleWithHelp({ title, help }: { title: string; help?: string }) {
  return (
    <Flex align="center" gap={2}>
      <h2 style={headingStyle}>{title}</h2>
      {help && <HelpTip title={title} text={help} />}
    </Flex>
  );
}
