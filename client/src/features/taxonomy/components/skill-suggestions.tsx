import { BulbOutlined, PlusOutlined } from '@ant-design/icons';
import { Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';
import { useSuggestTerms } from '../api/suggest-terms';

const SUGGEST_DELAY_MS = 400;

interface SkillSuggestionsProps {
  /** The text being typed (title and description). */
  text: string;
  /** Skills already chosen: they are not suggested again. */
  selected: readonly string[];
  onAdd: (skill: string) => void;
}

/**
 * Live skill suggestions for a text being typed: the skills the server finds named in it (by
 * name or alias), then those its words point to, each with the words it was inferred from, as
 * chips that add the skill when clicked. The enterprise decides: nothing is added unasked.
 */
export function SkillSuggestions({ text, selected, onAdd }: SkillSuggestionsProps) {
  const { t } = useTranslation();
  const labels = useTaxonomyLabels();
  const debounced = useDebouncedValue(text.trim(), SUGGEST_DELAY_MS);
  const suggestion = useSuggestTerms(debounced);
  const words = new Map(
    (suggestion.data?.inferred ?? []).map((inferred) => [inferred.skill, inferred.words] as const),
  );
  const suggested = [
    ...(suggestion.data?.skills ?? []),
    ...(suggestion.data?.inferred ?? []).map((inferred) => inferred.skill),
  ];
  const skills = suggested.filter((skill) => !selected.includes(skill));
  const because = (skill: string) => {
    const found = words.get(skill);
    return found?.length ? found.join(t('common.listSeparator')) : undefined;
  };

  return (
    <section aria-label={t('taxonomy.suggestions.label')} aria-live="polite">
      <Flex align="center" gap={8} wrap style={{ minHeight: 32 }}>
        <Typography.Text type="secondary">
          <BulbOutlined aria-hidden /> {t('taxonomy.suggestions.title')}
        </Typography.Text>
        {suggestion.isFetching && <Spin size="small" />}
        {skills.map((skill) => (
          <Tag
            key={skill}
            color="processing"
            icon={<PlusOutlined aria-hidden />}
            role="button"
            tabIndex={0}
            aria-label={
              because(skill)
                ? t('taxonomy.suggestions.addInferred', {
                    skill: labels.skill(skill),
                    words: because(skill),
                  })
                : t('taxonomy.suggestions.add', { skill: labels.skill(skill) })
            }
            // A chip read by meaning quotes a whole clause: it wraps rather than widen a phone's page.
            style={{
              cursor: 'pointer',
              marginInlineEnd: 0,
              maxWidth: '100%',
              whiteSpace: 'normal',
            }}
            onClick={() => onAdd(skill)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onAdd(skill);
              }
            }}
          >
            {labels.skill(skill)}
            {because(skill) && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('taxonomy.suggestions.from', { words: because(skill) })}
              </Typography.Text>
            )}
          </Tag>
        ))}
        {!suggestion.isFetching && skills.length === 0 && (
          <Typography.Text type="secondary">
            {!debounced
              ? t('taxonomy.suggestions.hint')
              : suggested.length > 0
                ? t('taxonomy.suggestions.allAdded')
                : t('taxonomy.suggestions.none')}
          </Typography.Text>
        )}
      </Flex>
    </section>
  );
}
