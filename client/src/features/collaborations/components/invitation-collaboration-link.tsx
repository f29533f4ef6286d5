import { ArrowRightOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useInvitationCollaboration } from '../api/get-collaborations';

/** The way from an accepted invitation to the collaboration it started. */
export function InvitationCollaborationLink({
  invitation,
}: {
  invitation: { id: string; needId: string };
}) {
  const { t } = useTranslation();
  const collaboration = useInvitationCollaboration(invitation);
  if (collaboration.isPending) return <Button loading>{t('collaborations.open')}</Button>;
  if (!collaboration.data)
    return (
      <Typography.Text type="secondary">
        {collaboration.isError ? t('common.loadFailed') : t('collaborations.notStarted')}
      </Typography.Text>
    );
  return (
    <Link to={paths.app.collaborationDetail.getHref(collaboration.data.id)}>
      <Button type="primary" icon={<ArrowRightOutlined aria-hidden />}>
        {t('collaborations.open')}
      </Button>
    </Link>
  );
}
