import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Steps, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { useMe } from '../api/me';
import { SignOutButton } from './sign-out-button';

const steps = ['submitted', 'review', 'open'] as const;

/** What happens while a request to join waits, a way to check on it, and sign-out. */
export function MembershipPending() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const nextId = useId();

  const refresh = async () => {
    const result = await me.refetch();
    if (result.isError) void message.error(errorMessage(t, result.error));
    else if (result.data?.membership === 'pending')
      void message.info(t('membership.pending.stillPending'));
  };

  return (
    <Flex vertical gap={16}>
      <section aria-labelledby={nextId}>
        <Typography.Title level={2} id={nextId} style={{ marginTop: 0, fontSize: 20 }}>
          {t('membership.pending.next')}
        </Typography.Title>
        <Steps
          orientation="vertical"
          size="small"
          current={1}
          items={steps.map((step) => ({
            title: t(`membership.pending.steps.${step}.title`),
            content: t(`membership.pending.steps.${step}.content`),
          }))}
        />
      </section>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('membership.pending.rejectedHint')}
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        <Button
          type="primary"
          icon={<ReloadOutlined aria-hidden />}
          loading={me.isFetching}
          onClick={() => void refresh()}
        >
          {t('membership.pending.refresh')}
        </Button>
        <SignOutButton />
      </Flex>
    </Flex>
  );
}
