import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown, Grid, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, toLanguage } from '../lib/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = toLanguage(i18n.resolvedLanguage);
  const currentName = t(`language.names.${current}`);
  // Controlled: the re-render in the new language would otherwise leave the menu open.
  const [open, setOpen] = useState(false);
  // A phone shows the globe alone; the button's label names the language.
  const phone = !Grid.useBreakpoint().sm;

  const items: MenuProps['items'] = languages.map((language) => ({
    key: language,
    label: <span lang={language}>{t(`language.names.${language}`)}</span>,
  }));

  return (
    <Dropdown
      trigger={['click']}
      open={open}
      onOpenChange={setOpen}
      menu={{
        items,
        selectable: true,
        selectedKeys: [current],
        onClick: ({ key }) => {
          setOpen(false);
          void i18n.changeLanguage(key);
        },
      }}
    >
      <Button
        type="text"
        icon={<GlobalOutlined aria-hidden />}
        aria-label={t('language.switch', { language: currentName })}
      >
        {!phone && <span lang={current}>{currentName}</span>}
      </Button>
    </Dropdown>
  );
}
