export {
  rebuildVocabulary,
  refreshVocabulary,
  startVocabulary,
  vocabularyJobs,
} from './vocabulary.service';
