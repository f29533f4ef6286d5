import { taxonomy as taxonomyJson } from '@qs/shared';

export type ConceptKind = 'skill' | 'sector';

/** A skill or sector with every way it is written. */
export interface Concept {
  kind: ConceptKind;
  id: string;
  zh: string;
  en: string;
  /** zh, en and aliases as written in the taxonomy */
  terms: string[];
}

interface TaxonomyEntry {
  id: string;
  zh: string;
  en: string;
  aliases: string[];
}

function toConcept(kind: ConceptKind, entry: TaxonomyEntry): Concept {
  return {
    kind,
    id: entry.id,
    zh: entry.zh,
    en: entry.en,
    terms: [...new Set([entry.zh, entry.en, ...entry.aliases])],
  };
}

export const concepts: readonly Concept[] = [
  ...taxonomyJson.skills.map((entry) => toConcept('skill', entry)),
  ...taxonomyJson.sectors.map((entry) => toConcept('sector', entry)),
];

const byKey = new Map(concepts.map((concept) => [`${concept.kind}:${concept.id}`, concept]));

export function findConcept(kind: ConceptKind, id: string): Concept | undefined {
  return byKey.get(`${kind}:${id}`);
}
