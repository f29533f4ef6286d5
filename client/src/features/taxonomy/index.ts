export { SkillSuggestions } from './components/skill-suggestions';
export { TaxonomySelect } from './components/taxonomy-select';
