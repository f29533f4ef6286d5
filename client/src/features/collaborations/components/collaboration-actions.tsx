import type { CollaborationDto } from '@qs/shared';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AgreementDialog } from './agreement-dialog';
import { CancelDialog } from './cancel-dialog';
import { CompleteDialog } from './complete-dialog';

/** The next steps either side may take: sign, complete, cancel; what each one means. */
export function CollaborationActions({ collaboration }: { collaboration: CollaborationDto }) {
  const { t } = useTranslation();
  const { status } = collaboration;
  if (status === 'completed' || status === 'cancelled') return null;
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t(`collaborations.next.${status}`)}</Typography.Text>
      <Flex gap={8} wrap>
        {status === 'active' && <AgreementDialog collaboration={collaboration} />}
        {status === 'agreed' && <CompleteDialog collaboration={collaboration} />}
        <CancelDialog collaboration={collaboration} />
      </Flex>
    </Flex>
  );
}
