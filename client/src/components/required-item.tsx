import { Form, type FormItemProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { zodRule } from '../lib/form';

/** A form field that must be filled in, checked by its shared schema as the server will check it. */
export function RequiredItem({
  schema,
  ...props
}: Omit<FormItemProps, 'required' | 'rules'> & { schema: z.ZodType }) {
  const { t } = useTranslation();
  return <Form.Item {...props} required rules={[zodRule(schema, t)]} />;
}
