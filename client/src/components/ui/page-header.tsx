import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Buttons on the right. */
  extra?: ReactNode;
  /** A link back to the list the page belongs to. */
  backTo?: { href: string; label: string };
}

/** The page's heading (also the browser tab's title), its description and its main actions. */
export function PageHeader({ title, description, extra, backTo }: PageHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <header style={{ marginBottom: 16 }}>
      {backTo && (
        <Link to={backTo.href} aria-label={t('common.backTo', { page: backTo.label })}>
          <Button type="link" icon={<ArrowLeftOutlined aria-hidden />} style={{ paddingInline: 0 }}>
            {backTo.label}
          </Button>
        </Link>
      )}
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        {/* At least 240 px for the title and description: narrower, the buttons go below. */}
        <div style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Typography.Title level={1} style={{ marginTop: 0, marginBottom: 4, fontSize: 26 }}>
            {title}
          </Typography.Title>
          {description && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {description}
            </Typography.Paragraph>
          )}
        </div>
        {extra && (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )}
      </Flex>
    </header>
  );
}
