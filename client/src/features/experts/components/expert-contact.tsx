import { LockOutlined, MailOutlined, PhoneOutlined } from '@ant-design/icons';
import type { ExpertDto } from '@qs/shared';
import { Alert, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Phone and email, or why they are not shown yet. */
export function ContactCard({
  contact,
  title,
}: {
  contact: ExpertDto['contact'];
  /** The card's title; "联系方式" by default. */
  title?: ReactNode;
}) {
  const { t } = useTranslation();
  const hasAny = Boolean(contact?.phone || contact?.email);
  return (
    <Card title={title ?? t('experts.detail.contact')} size="small">
      {contact && hasAny ? (
        <Flex vertical gap={8}>
          {contact.phone && (
            <Typography.Text copyable>
              <PhoneOutlined aria-label={t('experts.fields.phone')} /> {contact.phone}
            </Typography.Text>
          )}
          {contact.email && (
            <Typography.Link href={`mailto:${contact.email}`}>
              <MailOutlined aria-label={t('experts.fields.email')} /> {contact.email}
            </Typography.Link>
          )}
        </Flex>
      ) : contact ? (
        <Typography.Text type="secondary">{t('experts.detail.noContact')}</Typography.Text>
      ) : (
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          title={t('experts.detail.contactLocked')}
          description={t('experts.detail.contactLockedHint')}
        />
      )}
    </Card>
  );
}
