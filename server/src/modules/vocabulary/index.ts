export { rebuildVocabulary, refreshVocabulary, startVocabulary } from './vocabulary.service';
