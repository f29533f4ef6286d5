import type { ExpertDto } from '@qs/shared';
import { Alert, App, Button, Card, Flex, Form, Grid, Input, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors, zodRule } from '../../../lib/form';
import {
  claimExpertSchema,
  confirmExpertClaimSchema,
  useConfirmClaim,
  useRequestClaim,
} from '../api/claim-profile';

interface ClaimProfileCardProps {
  /** After the claimed profile became the account's. */
  onClaimed: (expert: ExpertDto) => void;
}

/**
 * Claims a profile the bureau imported: a code goes to its contact email, and typing it back
 * proves the email is the expert's. The server never says whether such a profile exists, so
 * neither does this card.
 */
export function ClaimProfileCard({ onClaimed }: ClaimProfileCardProps) {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string>();

  return (
    <Card title={t('profile.claim.title')}>
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('profile.claim.intro')}
        </Typography.Paragraph>
        <Steps
          size="small"
          current={sentTo === undefined ? 0 : 1}
          items={[{ title: t('profile.claim.stepEmail') }, { title: t('profile.claim.stepCode') }]}
        />
        {sentTo === undefined ? (
          <EmailStep onSent={setSentTo} />
        ) : (
          <CodeStep sentTo={sentTo} onRestart={() => setSentTo(undefined)} onClaimed={onClaimed} />
        )}
      </Flex>
    </Card>
  );
}

function EmailStep({ onSent }: { onSent: (email: string) => void }) {
  const { t } = useTranslation();
  const phone = !Grid.useBreakpoint().sm;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ email: string }>();
  const request = useRequestClaim();

  const onFinish = ({ email }: { email: string }) =>
    request.mutate(
      { email: email.trim() },
      {
        onSuccess: () => onSent(email.trim()),
        onError: (failure) => {
          if (!applyFieldErrors(form, failure, ['email']))
            void message.error(errorMessage(t, failure));
        },
      },
    );

  return (
    <Form
      form={form}
      name="claim-email"
      layout={phone ? 'vertical' : 'inline'}
      onFinish={onFinish}
      noValidate
    >
      <Form.Item
        name="email"
        label={t('profile.claim.email')}
        rules={[zodRule(claimExpertSchema.shape.email, t)]}
      >
        <Input type="email" autoComplete="email" style={{ width: phone ? '100%' : 280 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={request.isPending}>
          {t('profile.claim.send')}
        </Button>
      </Form.Item>
    </Form>
  );
}

interface CodeStepProps {
  sentTo: string;
  onRestart: () => void;
  onClaimed: (expert: ExpertDto) => void;
}

function CodeStep({ sentTo, onRestart, onClaimed }: CodeStepProps) {
  const { t } = useTranslation();
  const phone = !Grid.useBreakpoint().sm;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string }>();
  const [taken, setTaken] = useState(false);
  const confirm = useConfirmClaim();

  const onFinish = ({ code }: { code: string }) =>
    confirm.mutate(
      { code: code.trim() },
      {
        onSuccess: (expert) => {
          void message.success(t('profile.claim.claimed', { name: expert.name }));
          onClaimed(expert);
        },
        onError: (failure) => {
          // Wrong, expired and used-up codes get one answer from the server, and from us.
          if (isApiError(failure) && failure.status === 400)
            form.setFields([{ name: 'code', errors: [t('profile.claim.wrongCode')] }]);
          else if (isApiError(failure) && failure.status === 409) setTaken(true);
          else void message.error(errorMessage(t, failure));
        },
      },
    );

  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon title={t('profile.claim.sent', { email: sentTo })} />
      {taken && <Alert type="warning" showIcon role="alert" title={t('profile.claim.taken')} />}
      <Form
        form={form}
        name="claim-code"
        layout={phone ? 'vertical' : 'inline'}
        onFinish={onFinish}
        noValidate
      >
        <Form.Item
          name="code"
          label={t('profile.claim.code')}
          rules={[zodRule(confirmExpertClaimSchema.shape.code, t)]}
        >
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            placeholder={t('profile.claim.codePlaceholder')}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={confirm.isPending}>
            {t('profile.claim.confirm')}
          </Button>
        </Form.Item>
        <Form.Item>
          <Button type="link" onClick={onRestart}>
            {t('profile.claim.restart')}
          </Button>
        </Form.Item>
      </Form>
    </Flex>
  );
}
