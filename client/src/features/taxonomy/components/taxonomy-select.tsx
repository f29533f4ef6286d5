import { normalizeTerm, termName, type Taxonomy } from '@qs/shared';
import { Select } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useTaxonomyLabels, type TermLanguage } from '../../../lib/taxonomy-labels';
import { useTaxonomy } from '../api/get-taxonomy';

export type TaxonomyKind = 'skill' | 'sector';

interface TermOption {
  value: string;
  label: string;
  /** Every way the term is written, normalized: what the search matches. */
  terms: string[];
}

interface GroupOption {
  label: string;
  title: string;
  options: TermOption[];
}

interface Term {
  id: string;
  zh: string;
  en: string;
  aliases: string[];
}

function toOption(term: Term, language: TermLanguage): TermOption {
  return {
    value: term.id,
    label: termName(term, language),
    terms: [term.id, term.zh, term.en, ...term.aliases].map(normalizeTerm),
  };
}

function buildOptions(
  data: Taxonomy,
  kind: TaxonomyKind,
  language: TermLanguage,
): (TermOption | GroupOption)[] {
  if (kind === 'sector') return data.sectors.map((sector) => toOption(sector, language));
  return Object.entries(data.categories).map(([category, names]) => ({
    label: termName(names, language),
    title: termName(names, language),
    options: data.skills
      .filter((skill) => skill.category === category)
      .map((skill) => toOption(skill, language)),
  }));
}

function matches(input: string, option: TermOption | GroupOption | undefined): boolean {
  if (!option || !('terms' in option)) return false;
  const query = normalizeTerm(input);
  return option.terms.some((term) => term.includes(query));
}

interface CommonProps {
  kind: TaxonomyKind;
  id?: string;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  'aria-label'?: string;
  /** At most this many terms (multiple mode). */
  maxCount?: number;
  style?: CSSProperties;
}

interface MultipleProps extends CommonProps {
  multiple: true;
  value?: string[];
  onChange?: (value: string[]) => void;
}

interface SingleProps extends CommonProps {
  multiple?: false;
  value?: string;
  onChange?: (value: string | undefined) => void;
}

export type TaxonomySelectProps = MultipleProps | SingleProps;

/**
 * Picks skills (grouped by category) or sectors. Typing finds a term by its Chinese or English
 * name, its id or any alias (`TSN`, `MEC`, `卡奥斯`…); names show in the user's language.
 * Works as an antd form control (value / onChange / id).
 */
export function TaxonomySelect(props: TaxonomySelectProps) {
  const { t } = useTranslation();
  const { data } = useTaxonomy();
  const { language } = useTaxonomyLabels();
  const options = useMemo(
    () => (data ? buildOptions(data, props.kind, language) : []),
    [data, props.kind, language],
  );
  const placeholder =
    props.placeholder ??
    t(props.kind === 'skill' ? 'taxonomy.skillPlaceholder' : 'taxonomy.sectorPlaceholder');
  const common = {
    id: props.id,
    options,
    placeholder,
    disabled: props.disabled,
    allowClear: props.allowClear ?? true,
    'aria-label': props['aria-label'],
    style: { width: '100%', ...props.style },
    showSearch: { filterOption: matches },
    notFoundContent: t('taxonomy.noMatch'),
  };

  if (props.multiple) {
    return (
      <Select<string[], TermOption | GroupOption>
        {...common}
        mode="multiple"
        maxCount={props.maxCount}
        value={props.value}
        onChange={(value) => props.onChange?.(value)}
      />
    );
  }
  return (
    <Select<string | undefined, TermOption | GroupOption>
      {...common}
      value={props.value}
      onChange={(value) => props.onChange?.(value)}
    />
  );
}
