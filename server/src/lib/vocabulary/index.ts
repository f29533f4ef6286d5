export { currentVocabulary, useVocabulary } from './current';
export { inferSkills } from './infer';
export { learnVocabulary, type Glossary, type LearningDoc } from './learn';
export { Vocabulary, type InferredSkill, type Pointer } from './vocabulary';
export { loadSpecificity } from './specificity';
