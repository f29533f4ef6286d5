import { collaborationModes, type NeedDto, type NeedKind } from '@qs/shared';
import {
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { useEffect, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { CityInput } from '../../../components/city-input';
import { RequiredItem } from '../../../components/required-item';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors, maxOf } from '../../../lib/form';
import {
  createNeedSchema,
  needKinds,
  useCreateNeed,
  type CreateNeedBody,
} from '../api/create-need';
import { DateInput } from '../../../components/ui/date-input';

const fields = createNeedSchema.shape;
const DESCRIPTION_MAX = maxOf(fields.description);
const SKILLS_MAX = maxOf(fields.requiredSkills);
const ANY_MODE = 'any' as const;

interface NeedFormValues {
  kind: NeedKind;
  sector?: string;
  city: string;
  title: string;
  description: string;
  requiredSkills: string[];
  budget?: { min?: number | null; max?: number | null };
  deadline?: string;
  collaborationMode: CreateNeedBody['collaborationMode'] | typeof ANY_MODE;
  avoidOrganizations?: string[];
  avoidExperts?: string[];
}

/** The fields the server's errors may name: the body's, and the budget's bounds. */
const serverFields = [...Object.keys(fields), 'budget.min', 'budget.max'];

const toYuan = (tenThousands: number) => Math.round(tenThousands * 10_000);

/** The avoidance pickers: organizations and experts, and how an organization's value reads. */
export interface AvoidanceInputs {
  organizationsInput: ReactElement;
  expertsInput: ReactElement;
  organizationOf: (value: string) => { id?: string; name: string };
}

function toBody(values: NeedFormValues, avoidance?: AvoidanceInputs): CreateNeedBody {
  const { min, max } = values.budget ?? {};
  const hasBudget = typeof min === 'number' || typeof max === 'number';
  return {
    kind: values.kind,
    sector: values.sector ?? '',
    city: values.city,
    title: values.title,
    description: values.description,
    ...(values.requiredSkills?.length ? { requiredSkills: values.requiredSkills } : {}),
    // The form asks in 万元; the API keeps yuan.
    ...(hasBudget ? { budget: { min: toYuan(min ?? 0), max: toYuan(max ?? min ?? 0) } } : {}),
    ...(values.deadline ? { deadline: values.deadline } : {}),
    ...(values.collaborationMode && values.collaborationMode !== ANY_MODE
      ? { collaborationMode: values.collaborationMode }
      : {}),
    ...(avoidance && values.avoidOrganizations?.length
      ? { avoidOrganizations: values.avoidOrganizations.map(avoidance.organizationOf) }
      : {}),
    ...(values.avoidExperts?.length ? { avoidExperts: values.avoidExperts } : {}),
  };
}

interface NeedFormProps {
  /** The sector picker (single). */
  sectorInput: ReactElement;
  /** The skill picker (multiple). */
  skillsInput: ReactElement;
  /** Live suggestions for the text typed so far; `add` puts a skill into the required ones. */
  renderSuggestions: (text: string, selected: string[], add: (skill: string) => void) => ReactNode;
  defaultCity?: string;
  avoidance?: AvoidanceInputs;
  /** A need to start from (a catalogue scenario): its text, sector and skills fill the form. */
  template?: NeedDto;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Posts a need; the skills named in its text are suggested while typing. */
export function NeedForm({
  sectorInput,
  skillsInput,
  renderSuggestions,
  defaultCity,
  avoidance,
  template,
}: NeedFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<NeedFormValues>();
  const create = useCreateNeed();
  const title = Form.useWatch('title', form) ?? '';
  const description = Form.useWatch('description', form) ?? '';
  const requiredSkills = Form.useWatch('requiredSkills', form) ?? [];

  // The organization's city arrives after the form: it fills the field unless the user did.
  useEffect(() => {
    if (defaultCity && !form.getFieldValue('city')) form.setFieldValue('city', defaultCity);
  }, [defaultCity, form]);

  // The template arrives after the form, like the city; it fills what the user has not touched.
  useEffect(() => {
    if (!template || form.isFieldsTouched(['title', 'description'])) return;
    form.setFieldsValue({
      title: template.title,
      description: template.description,
      sector: template.sector,
      requiredSkills: (template.requiredSkills.length
        ? template.requiredSkills
        : template.suggestedSkills
      ).slice(0, SKILLS_MAX),
    });
  }, [template, form]);

  const addSkill = (skill: string) => {
    const current: string[] = form.getFieldValue('requiredSkills') ?? [];
    if (current.includes(skill) || current.length >= SKILLS_MAX) return;
    form.setFieldValue('requiredSkills', [...current, skill]);
  };

  const onFinish = (values: NeedFormValues) => {
    create.mutate(toBody(values, avoidance), {
      onSuccess: ({ need }) => {
        void message.success(t('needs.form.posted'));
        void navigate(paths.app.needDetail.getHref(need.id));
      },
      onError: (failure) => {
        if (!applyFieldErrors(form, failure, serverFields))
          void message.error(errorMessage(t, failure));
      },
    });
  };

  return (
    <Form
      form={form}
      name="need"
      layout="vertical"
      initialValues={{
        kind: 'diagnosis',
        requiredSkills: [],
        collaborationMode: ANY_MODE,
      }}
      onFinish={onFinish}
      scrollToFirstError
      noValidate
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={t('needs.form.sections.what')}>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <RequiredItem name="kind" label={t('needs.fields.kind')} schema={fields.kind}>
                  <Select
                    options={needKinds.map((kind) => ({
                      value: kind,
                      label: t(`enums.needKind.${kind}`),
                    }))}
                  />
                </RequiredItem>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="sector"
                  label={t('needs.fields.sector')}
                  required
                  rules={[{ required: true, message: t('needs.form.sectorRequired') }]}
                >
                  {sectorInput}
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <RequiredItem name="city" label={t('needs.fields.city')} schema={fields.city}>
                  <CityInput />
                </RequiredItem>
              </Col>
            </Row>
            <RequiredItem name="title" label={t('needs.fields.title')} schema={fields.title}>
              <Input placeholder={t('needs.form.titlePlaceholder')} maxLength={200} />
            </RequiredItem>
            <RequiredItem
              name="description"
              label={t('needs.fields.description')}
              schema={fields.description}
              extra={t('needs.form.descriptionHint')}
            >
              <Input.TextArea
                rows={7}
                maxLength={DESCRIPTION_MAX}
                placeholder={t('needs.form.descriptionPlaceholder')}
              />
            </RequiredItem>
            {renderSuggestions(`${title}\n${description}`, requiredSkills, addSkill)}
            <Form.Item
              name="requiredSkills"
              label={t('needs.fields.requiredSkills')}
              extra={t('needs.form.skillsHint', { max: SKILLS_MAX })}
              style={{ marginTop: 12 }}
            >
              {skillsInput}
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('needs.form.sections.terms')}>
            <Form.Item label={t('needs.form.budgetLabel')} extra={t('needs.form.budgetHint')}>
              <Space.Compact block>
                <Form.Item name={['budget', 'min']} noStyle>
                  <InputNumber
                    min={0}
                    step={1}
                    precision={2}
                    style={{ width: '50%' }}
                    aria-label={t('needs.form.budgetMin')}
                    placeholder={t('needs.form.budgetMin')}
                  />
                </Form.Item>
                <Form.Item
                  name={['budget', 'max']}
                  noStyle
                  dependencies={[['budget', 'min']]}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: async (_rule, value: unknown) => {
                        const min: unknown = getFieldValue(['budget', 'min']);
                        if (typeof value === 'number' && typeof min === 'number' && value < min)
                          throw new Error(t('needs.form.budgetOrder'));
                      },
                    }),
                  ]}
                >
                  <InputNumber
                    min={0}
                    step={1}
                    precision={2}
                    style={{ width: '50%' }}
                    aria-label={t('needs.form.budgetMax')}
                    placeholder={t('needs.form.budgetMax')}
                  />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
            <Form.Item name="deadline" label={t('needs.fields.deadline')}>
              <DateInput min={today()} />
            </Form.Item>
            <Form.Item name="collaborationMode" label={t('needs.fields.collaborationMode')}>
              <Radio.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                options={([ANY_MODE, ...collaborationModes] as const).map((mode) => ({
                  value: mode,
                  label:
                    mode === ANY_MODE
                      ? t('needs.form.anyMode')
                      : t(`enums.collaborationMode.${mode}`),
                }))}
              />
            </Form.Item>
          </Card>
          {avoidance && (
            <Card title={t('avoidance.title')} style={{ marginTop: 16 }}>
              <Typography.Paragraph type="secondary">{t('avoidance.hint')}</Typography.Paragraph>
              <Form.Item name="avoidOrganizations" label={t('avoidance.organizations')}>
                {avoidance.organizationsInput}
              </Form.Item>
              <Form.Item name="avoidExperts" label={t('avoidance.experts')}>
                {avoidance.expertsInput}
              </Form.Item>
            </Card>
          )}
          <Flex justify="flex-end" gap={8} style={{ marginTop: 16 }}>
            <Button onClick={() => void navigate(paths.app.needs.getHref())}>
              {t('common.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('needs.form.submit')}
            </Button>
          </Flex>
        </Col>
      </Row>
    </Form>
  );
}
