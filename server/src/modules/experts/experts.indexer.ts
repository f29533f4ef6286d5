import type { ExpertDoc, SearchEngine } from '../../lib/search';
import { OutboxIndexer, type IndexerOptions } from '../../lib/search-indexer';
import type { Logger } from '../../lib/logger';
import { formerOrganizationTerms, organizationKeyOf } from './avoidance';
import { ExpertModel, type ExpertRecord } from './expert.model';

export function toExpertDoc(expert: ExpertRecord): ExpertDoc {
  return {
    id: expert._id.toString(),
    name: expert.name,
    title: expert.title,
    organization: expert.organization,
    ...(expert.organizationId ? { organizationId: expert.organizationId.toString() } : {}),
    organizationKey: organizationKeyOf(expert.organization),
    formerOrganizations: formerOrganizationTerms(expert.formerOrganizations ?? []),
    city: expert.city,
    pool: expert.pool ?? 'other',
    skills: expert.skills,
    sectors: expert.sectors,
    bio: expert.bio,
    yearsOfExperience: expert.yearsOfExperience,
    availability: expert.availability,
    verified: expert.verification.status === 'verified',
    rating: expert.rating.average,
    ratingCount: expert.rating.count,
    invitations: expert.stats.invitations,
    responseRate: expert.stats.responseRate,
    activeCollaborations: expert.activeCollaborations,
    updatedAt: expert.updatedAt.getTime(),
    confirmedAt: (expert.confirmedAt ?? expert.createdAt).getTime(),
    engagementYear: expert.engagements?.year ?? 0,
    engagements: expert.engagements?.count ?? 0,
    sample: expert.source === 'seed',
  };
}

/** Applies the experts' outbox to the search engine's expert index. */
export class ExpertIndexer extends OutboxIndexer<ExpertRecord, ExpertDoc> {
  constructor(engine: SearchEngine, logger: Logger, options: IndexerOptions = {}) {
    super(
      {
        index: 'experts',
        model: ExpertModel,
        toDoc: toExpertDoc,
        upsert: (docs) => engine.upsertExperts(docs),
        remove: (ids) => engine.deleteExperts(ids),
        clear: () => engine.clear('experts'),
        shared: engine.persistent,
        ...options,
      },
      logger,
    );
  }
}
