import { CheckOutlined, StarOutlined } from '@ant-design/icons';
import { INTEREST_MESSAGE_MAX } from '@qs/shared';
import { App, Button, Flex, Form, Input, Modal, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors } from '../../../lib/form';
import { useExpressInterest, useMyInterests, useWithdrawInterest } from '../api/interests';

interface InterestButtonProps {
  needId: string;
  needTitle: string;
  /**
   * Whether the expert already expressed interest, when the page knows it (需求广场 lists each
   * need with it); otherwise the button asks for the expert's own interests.
   */
  interested?: boolean;
}

/**
 * An expert's "感兴趣" on an open need, with an optional message to the enterprise; once sent it
 * reads "已感兴趣" (a state, not a greyed-out button) and may be withdrawn.
 */
export function InterestButton({ needId, needTitle, interested }: InterestButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ message?: string }>();
  const [open, setOpen] = useState(false);
  const mine = useMyInterests(interested === undefined);
  const express = useExpressInterest();
  const withdraw = useWithdrawInterest();
  const interest = interested ?? mine.data?.some((item) => item.needId === needId);

  if (interest)
    return (
      <Flex gap={4} align="center" wrap>
        <Tag
          color="success"
          icon={<CheckOutlined aria-hidden />}
          style={{ marginInlineEnd: 0, paddingBlock: 4 }}
        >
          {t('interests.done')}
        </Tag>
        <Popconfirm
          title={t('interests.withdrawConfirm')}
          okText={t('interests.withdraw')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            withdraw.mutate(needId, {
              onSuccess: () => void message.success(t('interests.withdrawn')),
              onError: (failure) => void message.error(errorMessage(t, failure)),
            })
          }
        >
          <Button type="link" loading={withdraw.isPending}>
            {t('interests.withdraw')}
          </Button>
        </Popconfirm>
      </Flex>
    );

  const onFinish = (values: { message?: string }) => {
    const text = values.message?.trim();
    express.mutate(
      { needId, ...(text ? { message: text } : {}) },
      {
        onSuccess: () => {
          setOpen(false);
          form.resetFields();
          void message.success(t('interests.expressed'));
        },
        onError: (failure) => {
          if (!applyFieldErrors(form, failure, ['message']))
            void message.error(errorMessage(t, failure));
        },
      },
    );
  };

  return (
    <>
      <Button
        type="primary"
        ghost
        icon={<StarOutlined aria-hidden />}
        // Spinning rather than greyed out while the expert's interests load: it is not refused.
        loading={interested === undefined && mine.isPending}
        onClick={() => setOpen(true)}
      >
        {t('interests.button')}
      </Button>
      <Modal
        open={open}
        title={t('interests.dialogTitle')}
        okText={t('interests.submit')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        confirmLoading={express.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph strong>{needTitle}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('interests.dialogIntro')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={onFinish} name={`interest-${needId}`}>
          <Form.Item name="message" label={t('interests.messageLabel')}>
            <Input.TextArea
              rows={3}
              maxLength={INTEREST_MESSAGE_MAX}
              showCount
              placeholder={t('interests.messagePlaceholder')}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
