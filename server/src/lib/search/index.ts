import { EmbeddedSearchEngine } from './embedded';
import { MeilisearchEngine } from './meilisearch';
import type { SearchEngine } from './port';

export { analyze, isLatinWord, normalize, type Analysis } from './analyzer';
export { EmbeddedSearchEngine } from './embedded';
export { MeilisearchEngine, type MeilisearchConfig } from './meilisearch';
export * from './port';

export interface SearchConfig {
  meiliUrl?: string;
  meiliKey?: string;
  /** prepended to the Meilisearch index names */
  meiliIndexPrefix?: string;
}

/** Meilisearch when a URL is configured, else the in-process engine. Call `init()` next. */
export function createSearchEngine(config: SearchConfig): SearchEngine {
  if (config.meiliUrl) {
    const prefix = config.meiliIndexPrefix ?? '';
    return new MeilisearchEngine({
      host: config.meiliUrl,
      apiKey: config.meiliKey,
      indexUid: `${prefix}experts`,
      needsIndexUid: `${prefix}needs`,
    });
  }
  return new EmbeddedSearchEngine();
}
