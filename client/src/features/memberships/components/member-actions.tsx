import { UserDeleteOutlined } from '@ant-design/icons';
import { orgRoles, type MemberDto, type OrgRole } from '@qs/shared';
import { App, Button, Flex, Popconfirm, Select } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';
import { useChangeMemberRole } from '../api/change-member-role';
import { useRemoveMember } from '../api/remove-member';

/** The server refuses (409 on `orgRole`) what would leave the organization without an owner. */
function failureMessage(t: TFunction, error: unknown): string {
  const lastOwner =
    isApiError(error) &&
    error.status === 409 &&
    error.details.some((detail) => detail.path === 'orgRole');
  return lastOwner ? t('members.lastOwner') : errorMessage(t, error);
}

/** An active member's role (owner or member) and removal from the organization. */
export function MemberActions({ member }: { member: MemberDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const changeRole = useChangeMemberRole();
  const remove = useRemoveMember();
  const { name, organizationId, userId } = member;
  const onError = (error: unknown) =>
    void message.error(`${t('members.failed', { name })} ${failureMessage(t, error)}`);

  const setRole = (orgRole: OrgRole) =>
    changeRole.mutate(
      { organizationId, userId, orgRole },
      {
        onSuccess: () =>
          void message.success(t('members.roleChanged', { name, role: t(`orgRoles.${orgRole}`) })),
        onError,
      },
    );

  return (
    <Flex gap={8} wrap align="center">
      <Select<OrgRole>
        value={changeRole.isPending ? changeRole.variables.orgRole : member.orgRole}
        loading={changeRole.isPending}
        disabled={changeRole.isPending || remove.isPending}
        onChange={setRole}
        aria-label={t('members.roleLabel', { name })}
        options={orgRoles.map((role) => ({ value: role, label: t(`orgRoles.${role}`) }))}
        style={{ width: 120 }}
      />
      <Popconfirm
        title={t('members.removeConfirm', { name })}
        description={t('members.removeHint')}
        okText={t('members.remove')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        // Awaited rather than per-call callbacks: the removed member unmounts this button.
        // antd holds the confirmation open, loading, until the promise settles (typed as void).
        // eslint-disable-next-line @typescript-eslint/no-misused-promises
        onConfirm={async () => {
          try {
            await remove.mutateAsync({ organizationId, userId });
            void message.success(t('members.removedToast', { name }));
          } catch (error) {
            onError(error);
          }
        }}
      >
        <Button
          danger
          icon={<UserDeleteOutlined aria-hidden />}
          loading={remove.isPending}
          disabled={changeRole.isPending}
          aria-label={t('members.removeLabel', { name })}
        >
          {t('members.remove')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
