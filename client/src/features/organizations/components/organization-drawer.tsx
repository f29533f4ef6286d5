import { organizationTypes, type OrganizationDto } from '@qs/shared';
import { App, Button, Drawer, Flex, Form, Input, Select, Switch } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { CityInput } from '../../../components/city-input';
import { RequiredItem } from '../../../components/required-item';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors, maxOf } from '../../../lib/form';
import { isApiError } from '../../../lib/api-client';
import { organizationInputSchema, useSaveOrganization } from '../api/save-organization';
import { DateInput } from '../../../components/ui/date-input';

const fields = organizationInputSchema.shape;
const DESCRIPTION_MAX = maxOf(fields.description);
/** The fields the server's errors may name: the body's. */
const serverFields = Object.keys(fields);

interface OrganizationFormValues {
  name: string;
  type: OrganizationDto['type'];
  city: string;
  sectors: string[];
  allianceMember: boolean;
  allianceJoinedAt?: string;
  description: string;
}

function toValues(organization: OrganizationDto | undefined): Partial<OrganizationFormValues> {
  if (!organization) return { type: 'enterprise', allianceMember: false, sectors: [] };
  return {
    ...organization,
    allianceJoinedAt: organization.allianceJoinedAt?.slice(0, 10),
  };
}

interface OrganizationDrawerProps {
  /** The organization to edit; none to create one. */
  organization?: OrganizationDto;
  open: boolean;
  onClose: () => void;
  /** The sector picker (multiple). */
  sectorsInput: ReactElement;
}

/** Creates or edits an organization (bureau, admin). */
export function OrganizationDrawer({
  organization,
  open,
  onClose,
  sectorsInput,
}: OrganizationDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrganizationFormValues>();
  const save = useSaveOrganization();
  const member = Form.useWatch('allianceMember', form);

  const onFinish = (values: OrganizationFormValues) => {
    const joinedAt = values.allianceMember ? values.allianceJoinedAt || undefined : undefined;
    const common = {
      name: values.name,
      type: values.type,
      city: values.city,
      sectors: values.sectors ?? [],
      allianceMember: values.allianceMember ?? false,
      description: values.description ?? '',
    };
    const input = organization
      ? { id: organization.id, patch: { ...common, allianceJoinedAt: joinedAt ?? null } }
      : { body: { ...common, ...(joinedAt ? { allianceJoinedAt: joinedAt } : {}) } };
    save.mutate(input, {
      onSuccess: (saved) => {
        void message.success(
          t(organization ? 'organizations.updated' : 'organizations.created', { name: saved.name }),
        );
        onClose();
      },
      onError: (failure) => {
        if (isApiError(failure) && failure.code === 'conflict') {
          form.setFields([{ name: 'name', errors: [t('organizations.nameTaken')] }]);
          return;
        }
        if (!applyFieldErrors(form, failure, serverFields))
          void message.error(errorMessage(t, failure));
      },
    });
  };

  const title = organization
    ? t('organizations.editTitle', { name: organization.name })
    : t('organizations.createTitle');

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size="large"
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        name="organization"
        layout="vertical"
        preserve={false}
        initialValues={toValues(organization)}
        onFinish={onFinish}
        noValidate
      >
        <RequiredItem name="name" label={t('organizations.fields.name')} schema={fields.name}>
          <Input autoComplete="organization" />
        </RequiredItem>
        <RequiredItem name="type" label={t('organizations.fields.type')} schema={fields.type}>
          <Select
            options={organizationTypes.map((type) => ({
              value: type,
              label: t(`organizationTypes.${type}`),
            }))}
          />
        </RequiredItem>
        <RequiredItem name="city" label={t('organizations.fields.city')} schema={fields.city}>
          <CityInput />
        </RequiredItem>
        <Form.Item name="sectors" label={t('organizations.fields.sectors')}>
          {sectorsInput}
        </Form.Item>
        <Form.Item
          name="allianceMember"
          label={t('organizations.fields.allianceMember')}
          valuePropName="checked"
        >
          <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
        </Form.Item>
        {member && (
          <Form.Item name="allianceJoinedAt" label={t('organizations.fields.allianceJoinedAt')}>
            <DateInput />
          </Form.Item>
        )}
        <Form.Item name="description" label={t('organizations.fields.description')}>
          <Input.TextArea rows={4} showCount maxLength={DESCRIPTION_MAX} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
