export { ExtractionDialog } from './components/extraction-dialog';
export { MatchList } from './components/match-list';
export { applyExtraction, extractionsKeyPrefix } from './api/get-extractions';
export { matchesKey } from './api/get-matches';
export { ConflictCheck } from './components/conflict-check';
