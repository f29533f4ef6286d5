import { StopOutlined } from '@ant-design/icons';
import type { NeedDto } from '@qs/shared';
import { App, Button, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors } from '../../../lib/form';
import { useUpdateNeed } from '../api/update-need';
import type { AvoidanceInputs } from './need-form';

interface AvoidanceValues {
  avoidOrganizations: string[];
  avoidExperts: string[];
}

/** The pickers' values of a need's lists: platform organizations by id, others by name. */
export function avoidanceValues(need: NeedDto, organizationPrefix: string) {
  const organizations = (need.avoidOrganizations ?? []).map((o) =>
    o.id
      ? { value: `${organizationPrefix}${o.id}`, label: o.name }
      : { value: o.name, label: o.name },
  );
  const experts = (need.avoidExperts ?? []).map((e) => ({ value: e.id, label: e.name }));
  return { organizations, experts };
}

/**
 * The owner edits a need's avoidance lists after posting it: the organizations and experts to
 * avoid (回避单位、回避专家); matches, draws and invitations follow at once.
 */
export function AvoidanceDialog({
  need,
  avoidance,
  initial,
}: {
  need: NeedDto;
  avoidance: AvoidanceInputs;
  initial: AvoidanceValues;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<AvoidanceValues>();
  const update = useUpdateNeed(need.id);

  const onFinish = (values: AvoidanceValues) =>
    update.mutate(
      {
        avoidOrganizations: (values.avoidOrganizations ?? []).map(avoidance.organizationOf),
        avoidExperts: values.avoidExperts ?? [],
      },
      {
        onSuccess: () => {
          void message.success(t('avoidance.saved'));
          setOpen(false);
        },
        onError: (failure) => {
          if (!applyFieldErrors(form, failure, ['avoidOrganizations', 'avoidExperts']))
            void message.error(errorMessage(t, failure));
        },
      },
    );

  return (
    <>
      <Button icon={<StopOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('avoidance.edit')}
      </Button>
      <Modal
        open={open}
        title={t('avoidance.title')}
        okText={t('avoidance.save')}
        confirmLoading={update.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('avoidance.hint')}</Typography.Paragraph>
        <Form
          form={form}
          name="avoidance"
          layout="vertical"
          initialValues={initial}
          onFinish={onFinish}
          preserve={false}
        >
          <Form.Item name="avoidOrganizations" label={t('avoidance.organizations')}>
            {avoidance.organizationsInput}
          </Form.Item>
          <Form.Item name="avoidExperts" label={t('avoidance.experts')}>
            {avoidance.expertsInput}
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
