import { CopyOutlined } from '@ant-design/icons';
import { can, type NeedDto } from '@qs/shared';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../../components/ui/page-header';
import { paths } from '../../../../config/paths';
import { useUser } from '../../../../features/auth';
import { Catalogue, InterestButton } from '../../../../features/needs';
import { TaxonomySelect } from '../../../../features/taxonomy';

/** What a reader does with a scenario: an expert says they are interested, an enterprise starts a similar need. */
function ScenarioActions({ need }: { need: NeedDto }) {
  const { t } = useTranslation();
  const user = useUser();
  if (user.role === 'expert')
    return need.status === 'open' ? (
      <InterestButton needId={need.id} needTitle={need.title} />
    ) : null;
  if (!can(user, 'needs:create', undefined)) return null;
  return (
    <Link to={`${paths.app.needNew.getHref()}?from=${encodeURIComponent(need.id)}`}>
      <Button icon={<CopyOutlined aria-hidden />}>{t('needs.catalogue.similar')}</Button>
    </Link>
  );
}

export function CatalogueRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('needs.catalogue.title')}
        description={t('needs.catalogue.description')}
      />
      <Catalogue
        renderActions={(need) => <ScenarioActions need={need} />}
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
