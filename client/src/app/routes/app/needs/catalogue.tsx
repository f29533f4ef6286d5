import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../components/ui/page-header';
import { paths } from '../../../../config/paths';
import { Catalogue } from '../../../../features/needs';
import { TaxonomySelect } from '../../../../features/taxonomy';

export function CatalogueRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('needs.catalogue.title')}
        description={t('needs.catalogue.description')}
        backTo={{ href: paths.app.needs.getHref(), label: t('needs.mine.title') }}
      />
      <Catalogue
        renderSectorFilter={({ value, onChange }) => (
          <TaxonomySelect
            kind="sector"
            value={value}
            onChange={onChange}
            aria-label={t('needs.fields.sector')}
            placeholder={t('needs.catalogue.anySector')}
          />
        )}
        renderSkillFilter={({ value, onChange }) => (
          <TaxonomySelect
            kind="skill"
            value={value}
            onChange={onChange}
            aria-label={t('needs.catalogue.skill')}
            placeholder={t('needs.catalogue.anySkill')}
          />
        )}
      />
    </>
  );
}
