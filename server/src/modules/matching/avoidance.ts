import { TZDate } from '@date-fns/tz';
import type { ConflictKind } from '@qs/shared';
import type { ExpertDoc, SearchFilters } from '../../lib/search';
import { now as clockNow } from '../../lib/clock';
import { PLATFORM_ZONE } from '../../lib/time';
import { formerOrganizationTerm, organizationKeyOf, type ExpertRecord } from '../experts';
import { suspendedExperts } from '../credit';
import type { NeedRecord } from '../needs';
import { organizationNames } from '../organizations';

/** What of a need decides who may take part in it. */
export type NeedRules = Pick<NeedRecord, 'organizationId' | 'avoidOrganizations' | 'avoidExperts'>;

/** A former organization is avoided in the year the expert left it and the two after. */
export const FORMER_ORGANIZATION_YEARS = 3;

/** One organization whose experts (present, and former within the years) a need avoids. */
interface AvoidedOrganization {
  id?: string;
  key: string;
  name: string;
  /** the need's own organization, rather than one on its avoidance list */
  own: boolean;
}

/** Why an expert conflicts, before it is put in words. */
export interface ConflictFinding {
  kind: ConflictKind;
  organization?: string;
  leftYear?: number;
  until?: Date;
}

/** What the rules compare of an expert, whether read from the index or from the database. */
export interface Candidate {
  id: string;
  organizationId?: string;
  organizationKey: string;
  former: { key: string; leftYear: number; name?: string }[];
}

export function candidateOfRecord(expert: ExpertRecord): Candidate {
  return {
    id: expert._id.toString(),
    ...(expert.organizationId ? { organizationId: expert.organizationId.toString() } : {}),
    organizationKey: organizationKeyOf(expert.organization),
    former: (expert.formerOrganizations ?? []).map((o) => ({
      key: organizationKeyOf(o.name),
      leftYear: o.leftYear,
      name: o.name,
    })),
  };
}

export function candidateOfDoc(doc: ExpertDoc): Candidate {
  return {
    id: doc.id,
    ...(doc.organizationId ? { organizationId: doc.organizationId } : {}),
    organizationKey: doc.organizationKey ?? organizationKeyOf(doc.organization),
    former: (doc.formerOrganizations ?? []).map((term) => {
      const cut = term.lastIndexOf('|');
      return { key: term.slice(0, cut), leftYear: Number(term.slice(cut + 1)) };
    }),
  };
}

/** The conflict rules of one need at one moment: who it avoids and who is suspended. */
export interface Avoidance {
  /** engine filters that leave the avoided out of retrieval */
  filters: Pick<
    SearchFilters,
    | 'excludeIds'
    | 'excludeOrganizationIds'
    | 'excludeOrganizationKeys'
    | 'excludeFormerOrganizations'
  >;
  /** every reason the candidate may not be matched, drawn or invited; none means free */
  conflictsOf(candidate: Candidate): ConflictFinding[];
}

const beijingYear = (at: Date) => new TZDate(at.getTime(), PLATFORM_ZONE).getFullYear();

/**
 * The one predicate of conflicts of interest (回避) and suspensions: the need's own organization
 * and those on its avoidance list (by id or by normalized name), the experts it names, experts who
 * left one of those organizations within three years, and suspended experts.
 */
export async function avoidanceFor(need: NeedRecord): Promise<Avoidance> {
  const [avoidance] = await avoidancesFor([need]);
  return avoidance as Avoidance;
}

/** `avoidanceFor` of many needs at once (an expert browsing open needs): three queries in all. */
export async function avoidancesFor(needs: NeedRules[]): Promise<Avoidance[]> {
  const [names, suspended] = await Promise.all([
    organizationNames(
      needs.flatMap((need) => [
        need.organizationId.toString(),
        ...(need.avoidOrganizations ?? []).flatMap((o) =>
          o.organizationId ? [o.organizationId.toString()] : [],
        ),
      ]),
    ),
    suspendedExperts(),
  ]);
  const year = beijingYear(clockNow());
  return needs.map((need) => avoidanceOf(need, names, suspended, year));
}

function avoidanceOf(
  need: NeedRules,
  names: Map<string, string>,
  suspended: Map<string, Date>,
  year: number,
): Avoidance {
  const ownName = names.get(need.organizationId.toString());
  const organizations: AvoidedOrganization[] = [
    {
      id: need.organizationId.toString(),
      key: ownName ? organizationKeyOf(ownName) : '',
      name: ownName ?? '',
      own: true,
    },
    ...(need.avoidOrganizations ?? []).map((o) => {
      const id = o.organizationId?.toString();
      // The platform's organization is compared by its current name, which may have changed.
      const name = (id && names.get(id)) || o.name;
      return { ...(id ? { id } : {}), key: organizationKeyOf(name), name, own: false };
    }),
  ];
  const avoidedExperts = new Set((need.avoidExperts ?? []).map(String));
  const formerYears = Array.from({ length: FORMER_ORGANIZATION_YEARS }, (_, i) => year - i);
  const keyed = organizations.filter((o) => o.key);
  return {
    filters: {
      excludeIds: [...avoidedExperts, ...suspended.keys()],
      excludeOrganizationIds: organizations.flatMap((o) => (o.id ? [o.id] : [])),
      excludeOrganizationKeys: keyed.map((o) => o.key),
      excludeFormerOrganizations: keyed.flatMap((o) =>
        formerYears.map((y) => formerOrganizationTerm(o.key, y)),
      ),
    },
    conflictsOf(candidate) {
      const findings: ConflictFinding[] = [];
      const until = suspended.get(candidate.id);
      if (until) findings.push({ kind: 'suspended', until });
      if (avoidedExperts.has(candidate.id)) findings.push({ kind: 'avoided_expert' });
      for (const o of organizations) {
        const worksThere =
          (o.id !== undefined && candidate.organizationId === o.id) ||
          (o.key !== '' && candidate.organizationKey === o.key);
        if (worksThere)
          findings.push({
            kind: o.own ? 'own_organization' : 'avoided_organization',
            organization: o.name,
          });
        for (const former of candidate.former) {
          if (
            o.key !== '' &&
            former.key === o.key &&
            former.leftYear > year - FORMER_ORGANIZATION_YEARS
          )
            findings.push({
              kind: 'former_organization',
              organization: o.name,
              leftYear: former.leftYear,
            });
        }
      }
      return findings;
    },
  };
}
