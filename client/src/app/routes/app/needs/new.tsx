import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../components/ui/page-header';
import { paths } from '../../../../config/paths';
import { useUser } from '../../../../features/auth';
import { NeedForm } from '../../../../features/needs';
import { ExpertPicker } from '../../../../features/experts';
import {
  OrganizationPicker,
  organizationOfValue,
  useOrganization,
} from '../../../../features/organizations';
import { SkillSuggestions, TaxonomySelect } from '../../../../features/taxonomy';

export function NewNeedRoute() {
  const { t } = useTranslation();
  const user = useUser();
  const organization = useOrganization(user.organizationId);
  return (
    <>
      <PageHeader
        title={t('needs.form.title')}
        description={t('needs.form.description')}
        backTo={{ href: paths.app.needs.getHref(), label: t('needs.mine.title') }}
      />
      <NeedForm
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
