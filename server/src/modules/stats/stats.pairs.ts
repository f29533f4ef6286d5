import { poolOfCity, type StatsPairs, type StatsPairsQuery } from '@qs/shared';
import { collaborationFacts } from '../collaborations';
import { expertNames } from '../experts';
import { invitationFacts } from '../invitation-store';
import { needTitles, placesOfNeeds } from '../needs';
import { organizationNames } from '../organizations';
import { placesOf } from './stats.service';
import { answeringNeeds, rangeOf, scopeOf } from './stats.scope';

/**
 * The invitations of the scope whose expert's pool is not the pool of the need's city, newest
 * first, a page at a time: which organization, which expert, which need, how it went, when.
 * Names only; contact data stays with the parties.
 */
export async function crossCityPairs(query: StatsPairsQuery): Promise<StatsPairs> {
  const scope = await scopeOf(query);
  const invitations = answeringNeeds(scope, await invitationFacts(rangeOf(scope)));
  const places = await placesOf(invitations);
  const pairs = invitations
    .filter((invitation) => poolOfCity(places.city(invitation)) !== places.pool(invitation))
    .sort(
      (a, b) =>
        b.createdAt.getTime() - a.createdAt.getTime() ||
        b._id.toString().localeCompare(a._id.toString()),
    );
  const page = pairs.slice((query.page - 1) * query.limit, query.page * query.limit);
  const needIds = page.map((pair) => pair.needId);
  const [titles, needPlaces, organizations, experts, collaborations] = await Promise.all([
    needTitles(needIds),
    placesOfNeeds(needIds),
    organizationNames(page.map((pair) => pair.organizationId.toString())),
    expertNames(page.map((pair) => pair.expertId)),
    // A collaboration starts after its invitation, maybe after the range ends.
    page.length ? collaborationFacts(scope.from ? { from: scope.from } : {}) : Promise.resolve([]),
  ]);
  const collaborationOf = new Map(
    collaborations.map((collaboration) => [collaboration.invitationId.toString(), collaboration]),
  );
  return {
    items: page.map((pair) => {
      const needId = pair.needId.toString();
      const collaboration = collaborationOf.get(pair._id.toString());
      return {
        invitationId: pair._id.toString(),
        need: {
          id: needId,
          title: titles.get(needId) ?? '',
          city: needPlaces.get(needId)?.city ?? '',
          sector: needPlaces.get(needId)?.sector ?? '',
        },
        organization: {
          id: pair.organizationId.toString(),
          name: organizations.get(pair.organizationId.toString()) ?? '',
        },
        expert: {
          id: pair.expertId.toString(),
          name: experts.get(pair.expertId.toString()) ?? '',
          pool: places.pool(pair),
        },
        invitationStatus: pair.status,
        ...(collaboration ? { collaborationStatus: collaboration.status } : {}),
        invitedAt: pair.createdAt.toISOString(),
      };
    }),
    total: pairs.length,
    page: query.page,
    limit: query.limit,
  };
}
