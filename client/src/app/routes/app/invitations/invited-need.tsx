import { Button, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNeed, NeedBrief } from '../../../../features/needs';

/** The need an invitation is about, as the invited expert may read it. */
export function InvitedNeed({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const need = useNeed(needId);
  if (need.isPending) return <Skeleton active title={false} paragraph={{ rows: 2 }} />;
  if (need.isError)
    return (
      <Flex gap={8} align="center">
        <Typography.Text type="secondary">{t('invitations.needUnavailable')}</Typography.Text>
        <Button size="small" onClick={() => void need.refetch()}>
          {t('errorBoundary.retry')}
        </Button>
      </Flex>
    );
  return <NeedBrief need={need.data} />;
}
