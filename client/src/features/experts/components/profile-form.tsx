import { availabilities, contactSchema, phoneSchema, pools, type ExpertDto } from '@qs/shared';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Typography,
  type GetProps,
} from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { CityInput } from '../../../components/city-input';
import { RequiredItem } from '../../../components/required-item';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors, maxOf, optionalZodRule } from '../../../lib/form';
import {
  collaborationModes,
  expertProfileInputSchema,
  useUpdateMyProfile,
  type ExpertProfileBody,
} from '../api/update-my-profile';

/**
 * Checkboxes that Form.Item may mark required: it sets `aria-required` on its control, which a
 * role="group" may not carry; the label's mark and the rule's message tell it instead.
 */
function RequiredCheckboxGroup({
  'aria-required': _required,
  ...props
}: GetProps<typeof Checkbox.Group> & { 'aria-required'?: boolean | 'true' | 'false' }) {
  return <Checkbox.Group {...props} />;
}

const fields = expertProfileInputSchema.shape;
const SKILLS_MAX = maxOf(fields.skills);
const SECTORS_MAX = maxOf(fields.sectors);
const BIO_MAX = maxOf(fields.bio);

interface ProfileFormValues {
  name: string;
  title: string;
  organization: string;
  city: string;
  pool?: ExpertProfileBody['pool'];
  skills: string[];
  sectors: string[];
  bio: string;
  yearsOfExperience: number | null;
  availability: ExpertProfileBody['availability'];
  collaborationModes: NonNullable<ExpertProfileBody['collaborationModes']>;
  contact: { phone?: string; email?: string };
  formerOrganizations: { name: string; leftYear: number | null }[];
}

/** The fields the server's errors may name: the body's, and the contact's own. */
const serverFields = [...Object.keys(fields), 'contact.phone', 'contact.email'];

function toValues(expert: ExpertDto): ProfileFormValues {
  return {
    name: expert.name,
    title: expert.title,
    organization: expert.organization,
    city: expert.city,
    pool: expert.pool,
    skills: expert.skills,
    sectors: expert.sectors,
    bio: expert.bio,
    yearsOfExperience: expert.yearsOfExperience,
    availability: expert.availability,
    collaborationModes: expert.collaborationModes.length ? expert.collaborationModes : ['remote'],
    contact: { phone: expert.contact?.phone ?? '', email: expert.contact?.email ?? '' },
    formerOrganizations: expert.formerOrganizations ?? [],
  };
}

const blankToUndefined = (value: string | undefined) => value?.trim() || undefined;

function toBody(values: ProfileFormValues): ExpertProfileBody {
  return {
    name: values.name,
    title: values.title ?? '',
    organization: values.organization,
    city: values.city,
    pool: values.pool ?? 'other',
    skills: values.skills ?? [],
    sectors: values.sectors ?? [],
    bio: values.bio ?? '',
    yearsOfExperience: values.yearsOfExperience ?? 0,
    availability: values.availability,
    collaborationModes: values.collaborationModes,
    contact: {
      phone: blankToUndefined(values.contact?.phone),
      email: blankToUndefined(values.contact?.email),
    },
    formerOrganizations: (values.formerOrganizations ?? []).map((o) => ({
      name: o.name,
      leftYear: o.leftYear ?? new Date().getFullYear(),
    })),
  };
}

const sameSet = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((item) => b.includes(item));

interface ProfileFormProps {
  expert: ExpertDto;
  /** The skill picker (multiple); the form gives it value, onChange and id. */
  skillsInput: ReactElement;
  /** The sector picker (multiple). */
  sectorsInput: ReactElement;
}

/** The expert's own profile; saving submits it to the bureau when it needs verification. */
export function ProfileForm({ expert, skillsInput, sectorsInput }: ProfileFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileFormValues>();
  const update = useUpdateMyProfile();
  const status = expert.verification.status;
  const skills = Form.useWatch('skills', form);
  const organization = Form.useWatch('organization', form);
  const goesBackToReview =
    status === 'verified' &&
    skills !== undefined &&
    (!sameSet(skills, expert.skills) || (organization ?? '').trim() !== expert.organization.trim());
  const submits = status === 'incomplete' || status === 'rejected';

  const onFinish = (values: ProfileFormValues) => {
    update.mutate(toBody(values), {
      onSuccess: (saved) => {
        form.resetFields();
        void message.success(
          saved.verification.status === 'pending' && status !== 'pending'
            ? t('profile.submitted')
            : t('profile.saved'),
        );
      },
      onError: (failure) => {
        // The server does not say why the email is taken; neither do we, but we say what helps.
        if (isApiError(failure) && failure.status === 409)
          form.setFields([
            { name: ['contact', 'email'], errors: [t('profile.contactEmailUnavailable')] },
          ]);
        else if (!applyFieldErrors(form, failure, serverFields))
          void message.error(errorMessage(t, failure));
      },
    });
  };

  return (
    <Form
      form={form}
      name="expert-profile"
      layout="vertical"
      initialValues={toValues(expert)}
      onFinish={onFinish}
      scrollToFirstError
      noValidate
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('profile.sections.basic')}>
            <RequiredItem name="name" label={t('experts.fields.name')} schema={fields.name}>
              <Input autoComplete="name" />
            </RequiredItem>
            <Form.Item
              name="title"
              label={t('experts.fields.title')}
              rules={[optionalZodRule(fields.title, t)]}
            >
              <Input placeholder={t('profile.placeholders.title')} />
            </Form.Item>
            <RequiredItem
              name="organization"
              label={t('experts.fields.organization')}
              schema={fields.organization}
              extra={t('profile.reviewHintShort')}
            >
              <Input autoComplete="organization" />
            </RequiredItem>
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <RequiredItem name="city" label={t('experts.fields.city')} schema={fields.city}>
                  <CityInput />
                </RequiredItem>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="yearsOfExperience" label={t('experts.fields.yearsOfExperience')}>
                  <InputNumber min={0} max={70} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="pool"
              label={t('experts.fields.pool')}
              required
              rules={[{ required: true, message: t('validation.required') }]}
              extra={t('profile.poolHint')}
            >
              <Radio.Group
                optionType="button"
                options={pools.map((pool) => ({ value: pool, label: t(`enums.pool.${pool}`) }))}
              />
            </Form.Item>
            <Form.Item name="bio" label={t('experts.fields.bio')}>
              <Input.TextArea
                rows={5}
                showCount
                maxLength={BIO_MAX}
                placeholder={t('profile.placeholders.bio')}
              />
            </Form.Item>
          </Card>
          <Card title={t('avoidance.formerTitle')} style={{ marginTop: 16 }}>
            <Typography.Paragraph type="secondary">
              {t('avoidance.formerHint')}
            </Typography.Paragraph>
            <Form.List name="formerOrganizations">
              {(rows, { add, remove }) => (
                <Flex vertical gap={8}>
                  {rows.map((row, index) => (
                    <Flex key={row.key} gap={8} align="flex-start" wrap>
                      <Form.Item
                        name={[row.name, 'name']}
                        rules={[
                          { required: true, whitespace: true, message: t('credit.required') },
                        ]}
                        style={{ flex: '1 1 200px', marginBottom: 0 }}
                      >
                        <Input
                          maxLength={200}
                          aria-label={`${t('avoidance.formerName')} ${index + 1}`}
                          placeholder={t('avoidance.formerName')}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[row.name, 'leftYear']}
                        rules={[{ required: true, message: t('credit.required') }]}
                        style={{ marginBottom: 0 }}
                      >
                        <InputNumber
                          min={1950}
                          max={new Date().getFullYear()}
                          aria-label={`${t('avoidance.formerYear')} ${index + 1}`}
                          placeholder={t('avoidance.formerYear')}
                        />
                      </Form.Item>
                      <Button onClick={() => remove(row.name)}>
                        {t('avoidance.formerRemove')}
                      </Button>
                    </Flex>
                  ))}
                  <Button
                    type="dashed"
                    onClick={() => add({ name: '', leftYear: new Date().getFullYear() })}
                  >
                    {t('avoidance.formerAdd')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('profile.sections.expertise')} style={{ marginBottom: 16 }}>
            <Form.Item
              name="skills"
              label={t('experts.fields.skills')}
              required
              extra={t('profile.skillsHint', { max: SKILLS_MAX })}
              rules={[
                { required: true, type: 'array', min: 1, message: t('profile.skillsRequired') },
              ]}
            >
              {skillsInput}
            </Form.Item>
            <Form.Item
              name="sectors"
              label={t('experts.fields.sectors')}
              extra={t('profile.sectorsHint', { max: SECTORS_MAX })}
            >
              {sectorsInput}
            </Form.Item>
          </Card>
          <Card title={t('profile.sections.collaboration')} style={{ marginBottom: 16 }}>
            <Form.Item name="availability" label={t('experts.fields.availability')}>
              <Radio.Group
                options={availabilities.map((value) => ({
                  value,
                  label: t(`enums.availability.${value}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="collaborationModes"
              label={t('experts.fields.collaborationModes')}
              rules={[
                { required: true, type: 'array', min: 1, message: t('profile.modesRequired') },
              ]}
            >
              <RequiredCheckboxGroup
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                options={collaborationModes.map((mode) => ({
                  value: mode,
                  label: (
                    <span>
                      {t(`enums.collaborationMode.${mode}`)}
                      <Typography.Text type="secondary">
                        {' — '}
                        {t(`profile.modeHints.${mode}`)}
                      </Typography.Text>
                    </span>
                  ),
                }))}
              />
            </Form.Item>
          </Card>
          <Card title={t('profile.sections.contact')}>
            <Typography.Paragraph type="secondary">{t('profile.contactHint')}</Typography.Paragraph>
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item
                  name={['contact', 'phone']}
                  label={t('experts.fields.phone')}
                  rules={[optionalZodRule(phoneSchema, t)]}
                >
                  <Input type="tel" autoComplete="tel" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name={['contact', 'email']}
                  label={t('experts.fields.email')}
                  rules={[optionalZodRule(contactSchema.shape.email.unwrap(), t)]}
                >
                  <Input type="email" autoComplete="email" />
                </Form.Item>
              </Col>
            </Row>
          </Card>
        </Col>
      </Row>
      {goesBackToReview && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('profile.backToReview')}
          style={{ marginTop: 16 }}
        />
      )}
      <Form.Item style={{ marginTop: 16, marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" size="large" loading={update.isPending}>
          {submits ? t('profile.submit') : t('profile.save')}
        </Button>
      </Form.Item>
    </Form>
  );
}
