import { describe, expect, it } from 'vitest';
import { agreedCertainty } from './agreement';
import type { NeedSkills } from './matching.service';

const inferred = (certainty: number): NeedSkills => ({
  skills: ['predictive-maintenance'],
  source: 'suggested',
  weights: new Map([['predictive-maintenance', certainty]]),
  inferred: [{ skill: 'predictive-maintenance', confidence: certainty, words: ['停机'] }],
  certainty,
});

/** Ten experts the need's words find best, the first `sharing` of whom have the inferred skill. */
function textBest(sharing: number) {
  const docs = Array.from({ length: 12 }, (_, i) => ({
    id: `e${i}`,
    skills: i < sharing ? ['predictive-maintenance', 'mes'] : ['erp'],
  }));
  return { docs, textRanks: new Map(docs.map((doc, rank) => [doc.id, rank])) };
}

describe('agreedCertainty', () => {
  it('when the experts the need’s words find best share the inferred skill, then the inference is trusted more', () => {
    const { docs, textRanks } = textBest(6);
    expect(agreedCertainty(inferred(0.3), docs, textRanks)).toBeCloseTo(0.3 * 1.21);
  });

  it('when none of them has it, then the inference is trusted less and the text weighs more', () => {
    const { docs, textRanks } = textBest(0);
    expect(agreedCertainty(inferred(0.3), docs, textRanks)).toBeCloseTo(0.3 * 0.85);
  });

  it('when a quarter of them have it, then its certainty stays as inferred, and never passes 1', () => {
    const quarter = textBest(0);
    const docs = quarter.docs.map((doc, i) =>
      i < 10 && i % 4 === 0 ? { ...doc, skills: ['predictive-maintenance'] } : doc,
    );
    const ranks = new Map(docs.slice(0, 8).map((doc, rank) => [doc.id, rank]));
    expect(agreedCertainty(inferred(0.4), docs, ranks)).toBeCloseTo(0.4);
    const all = textBest(12);
    expect(agreedCertainty(inferred(0.9), all.docs, all.textRanks)).toBe(1);
  });

  it('when skills are required or named, or no text search ran, then certainty is left as it is', () => {
    const { docs, textRanks } = textBest(0);
    expect(agreedCertainty({ ...inferred(1), inferred: [] }, docs, textRanks)).toBe(1);
    expect(agreedCertainty(inferred(0.3), docs, undefined)).toBe(0.3);
  });
});
