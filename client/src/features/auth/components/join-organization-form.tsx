import { App, Button, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors } from '../../../lib/form';
import type { OrganizationType } from '../api/register';
import { useMe } from '../api/me';
import { useRequestOrganization } from '../api/request-organization';
import { OrganizationFields } from './organization-fields';
import { SignOutButton } from './sign-out-button';

interface JoinOrganizationValues {
  organization: { name: string; type: OrganizationType; city: string };
}

const serverFields = ['organization.name', 'organization.type', 'organization.city'] as const;

/** For an enterprise account without an organization: join an existing one or create one. */
export function JoinOrganizationForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<JoinOrganizationValues>();
  const me = useMe();
  const request = useRequestOrganization();

  const onFinish = (values: JoinOrganizationValues) =>
    request.mutate(values, {
      onSuccess: (user) =>
        void message.success(
          t(user.membership === 'active' ? 'membership.join.created' : 'membership.join.requested'),
        ),
      onError: (failure) => {
        // Joined meanwhile, in another tab: the account as it is now tells what comes next.
        if (isApiError(failure) && failure.status === 409) void me.refetch();
        if (!applyFieldErrors(form, failure, serverFields))
          void message.error(errorMessage(t, failure));
      },
    });

  return (
    <Form
      form={form}
      name="join-organization"
      layout="vertical"
      onFinish={onFinish}
      noValidate
      initialValues={{ organization: { type: 'enterprise' } }}
    >
      <OrganizationFields />
      <Flex vertical gap={12}>
        <Button type="primary" htmlType="submit" size="large" block loading={request.isPending}>
          {t('membership.join.submit')}
        </Button>
        <SignOutButton />
      </Flex>
    </Form>
  );
}
