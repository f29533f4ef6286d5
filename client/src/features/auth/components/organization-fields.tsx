import { Form, Input, Select, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { zodRule } from '../../../lib/form';
import { organizationRefSchema, organizationTypes } from '../api/register';

const cityKeys = ['qingdao', 'shenzhen'] as const;

/** Name, type and city of the organization an enterprise account joins or creates. */
export function OrganizationFields() {
  const { t } = useTranslation();
  const cityListId = useId();
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
          options={organizationTypes.map((type) => ({
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
        <Input
          autoComplete="address-level2"
          list={cityListId}
          placeholder={t('auth.placeholders.city')}
        />
      </Form.Item>
      <datalist id={cityListId}>
        {cityKeys.map((city) => (
          <option key={city} value={t(`cities.${city}`)} />
        ))}
      </datalist>
    </fieldset>
  );
}
