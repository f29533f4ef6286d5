import { TERMS_VERSION } from '@qs/shared';
import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export type TermsDocument = 'agreement' | 'privacy';

const PARAGRAPHS = ['p1', 'p2', 'p3', 'p4'] as const;

/** The user agreement or the privacy policy, read in the app before consenting. */
export function TermsDialog({
  document,
  onClose,
}: {
  document: TermsDocument | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={document !== undefined}
      title={document ? t(`terms.${document}.title`) : undefined}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('terms.close')}</Button>}
    >
      {document &&
        PARAGRAPHS.map((key) => (
          <Typography.Paragraph key={key}>
            {t(`terms.${document}.paragraphs.${key}`)}
          </Typography.Paragraph>
        ))}
      <Typography.Text type="secondary">
        {t('terms.version', { version: TERMS_VERSION })}
      </Typography.Text>
    </Modal>
  );
}
