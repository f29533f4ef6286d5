import { Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CityInput } from '../../../components/city-input';
import { RequiredItem } from '../../../components/required-item';
import { organizationRefSchema } from '../api/register';

/**
 * An enterprise account posts needs for a company: universities, institutes, associations and
 * government offices take part through their experts and the bureau, not as enterprises.
 */
const enterpriseOrganizationTypes = ['enterprise', 'platform'] as const;

/** Name, type and city of the organization an enterprise account joins or creates. */
export function OrganizationFields() {
  const { t } = useTranslation();
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }}>
      <Typography.Title level={5} component="legend" style={{ marginTop: 0 }}>
        {t('auth.register.organization')}
      </Typography.Title>
      <RequiredItem
        label={t('auth.fields.organizationName')}
        name={['organization', 'name']}
        schema={organizationRefSchema.shape.name}
        extra={t('auth.register.organizationHint')}
      >
        <Input autoComplete="organization" placeholder={t('auth.placeholders.organizationName')} />
      </RequiredItem>
      <RequiredItem
        label={t('auth.fields.organizationType')}
        name={['organization', 'type']}
        schema={organizationRefSchema.shape.type}
      >
        <Select
          options={enterpriseOrganizationTypes.map((type) => ({
            value: type,
            label: t(`organizationTypes.${type}`),
          }))}
        />
      </RequiredItem>
      <RequiredItem
        label={t('auth.fields.city')}
        name={['organization', 'city']}
        schema={organizationRefSchema.shape.city}
      >
        <CityInput />
      </RequiredItem>
    </fieldset>
  );
}
