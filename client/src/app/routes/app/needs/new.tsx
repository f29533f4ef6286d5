import { idSchema } from '@qs/shared';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../../components/ui/page-header';
import { paths } from '../../../../config/paths';
import { useUser } from '../../../../features/auth';
import { NeedForm, useNeed } from '../../../../features/needs';
import { ExpertPicker } from '../../../../features/experts';
import {
  OrganizationPicker,
  organizationOfValue,
  useOrganization,
} from '../../../../features/organizations';
import { SkillSuggestions, TaxonomySelect } from '../../../../features/taxonomy';

/** `?from=<need>`: a catalogue scenario the new need starts from (类似需求). */
function useTemplate() {
  const [params] = useSearchParams();
  const from = params.get('from') ?? '';
  const valid = idSchema.safeParse(from).success;
  const template = useNeed(from, valid);
  return valid ? template.data : undefined;
}

export function NewNeedRoute() {
  const { t } = useTranslation();
  const user = useUser();
  const organization = useOrganization(user.organizationId);
  const template = useTemplate();
  return (
    <>
      <PageHeader
        title={t('needs.form.title')}
        description={t('needs.form.description')}
        backTo={{ href: paths.app.needs.getHref(), label: t('needs.mine.title') }}
      />
      {template && (
        <Alert
          type="info"
          showIcon
          title={t('needs.form.prefilled', { title: template.title })}
          style={{ marginBottom: 16 }}
        />
      )}
      <NeedForm
        template={template}
        defaultCity={organization.data?.city}
        sectorInput={<TaxonomySelect kind="sector" />}
        skillsInput={<TaxonomySelect kind="skill" multiple maxCount={20} />}
        avoidance={{
          organizationsInput: (
            <OrganizationPicker placeholder={t('avoidance.organizationsPlaceholder')} />
          ),
          expertsInput: <ExpertPicker placeholder={t('avoidance.expertsPlaceholder')} />,
          organizationOf: organizationOfValue,
        }}
        renderSuggestions={(text, selected, add) => (
          <SkillSuggestions text={text} selected={selected} onAdd={add} />
        )}
      />
    </>
  );
}
