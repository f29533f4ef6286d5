import type { NeedDoc, SearchEngine } from '../../lib/search';
import { OutboxIndexer, type IndexerOptions } from '../../lib/search-indexer';
import type { Logger } from '../../lib/logger';
import { NeedModel, type NeedRecord } from './need.model';

export function toNeedDoc(need: NeedRecord): NeedDoc {
  return {
    id: need._id.toString(),
    title: need.title,
    description: need.description,
    kind: need.kind,
    sector: need.sector,
    // What matching uses: the required skills, else those read from the text.
    skills: [...new Set([...need.requiredSkills, ...need.suggestedSkills])],
    city: need.city,
    status: need.status,
    organizationId: need.organizationId.toString(),
    ...(need.release ? { release: need.release } : {}),
    updatedAt: need.updatedAt.getTime(),
  };
}

/** Applies the needs' outbox to the search engine's need index. */
export class NeedIndexer extends OutboxIndexer<NeedRecord, NeedDoc> {
  constructor(engine: SearchEngine, logger: Logger, options: IndexerOptions = {}) {
    super(
      {
        index: 'needs',
        model: NeedModel,
        toDoc: toNeedDoc,
        upsert: (docs) => engine.upsertNeeds(docs),
        remove: (ids) => engine.deleteNeeds(ids),
        clear: () => engine.clear('needs'),
        shared: engine.persistent,
        ...options,
      },
      logger,
    );
  }
}
