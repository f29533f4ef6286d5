import type { ExpertDoc } from '../../server/src/lib/search';

/** An indexed expert for the engine tests: plain defaults, the case's own fields on top. */
export function expertDoc(overrides: Partial<ExpertDoc> & Pick<ExpertDoc, 'id'>): ExpertDoc {
  return {
    name: '专家',
    title: '高级工程师',
    organization: '青岛某研究院',
    city: '青岛',
    pool: 'qingdao',
    skills: [],
    sectors: [],
    bio: '',
    yearsOfExperience: 10,
    availability: 'available',
    verified: true,
    rating: 4,
    ratingCount: 3,
    invitations: 10,
    responseRate: 0.9,
    activeCollaborations: 0,
    updatedAt: 1_700_000_000_000,
    confirmedAt: 1_700_000_000_000,
    engagementYear: 0,
    engagements: 0,
    sample: false,
    ...overrides,
  };
}
