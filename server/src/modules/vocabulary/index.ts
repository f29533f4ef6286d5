export {
  rebuildVocabulary,
  refreshVocabulary,
  relearnVocabularyIfStale,
  startVocabulary,
  vocabularyJobs,
} from './vocabulary.service';
