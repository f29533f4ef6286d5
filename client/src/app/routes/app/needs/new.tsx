import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../components/ui/page-header';
import { paths } from '../../../../config/paths';
import { useUser } from '../../../../features/auth/api/me';
import { NeedForm } from '../../../../features/needs/components/need-form';
import { useOrganization } from '../../../../features/organizations/api/get-organization';
import { SkillSuggestions } from '../../../../features/taxonomy/components/skill-suggestions';
import { TaxonomySelect } from '../../../../features/taxonomy/components/taxonomy-select';

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
        renderSuggestions={(text, selected, add) => (
          <SkillSuggestions text={text} selected={selected} onAdd={add} />
        )}
      />
    </>
  );
}
