import { Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CityInput } from '../../../components/city-input';
import { zodRule } from '../../../lib/form';
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
      <Form.Item
        label={t('auth.fields.organizationName')}
        name={['organization', 'name']}
        required
        rules={[zodRule(organizationRefSchema.shape.name, t)]}
        extra={t('auth.register.organizationHint')}
      >
        <Input autoComplete="organization" placeholder={t('auth.placeholders.organizationName')} />
      </Form.Item>
      <Form.Item
        label={t('auth.fields.organizationType')}
        name={['organization', 'type']}
        required
        rules={[zodRule(organizationRefSchema.shape.type, t)]}
      >
        <Select
          options={enterpriseOrganizationTypes.map((type) => ({
            value: type,
            label: t(`organizationTypes.${type}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('auth.fields.city')}
        name={['organization', 'city']}
        required
        rules={[zodRule(organizationRefSchema.shape.city, t)]}
      >
        <CityInput />
      </Form.Item>
    </fieldset>
  );
}
