import type { NeedSkills } from './matching.service';

/** The experts the need's own words find best, whose skills check the inference. */
const AGREEMENT_WINDOW = 10;
/**
 * Certainty × (FLOOR + share × GAIN): kept as it is when a quarter of those experts have the
 * skill, × 0.85 when none has it (their words may only miss the problem's other words; the
 * embedding model reads the need beside them), × 1.3 at three quarters.
 */
const FLOOR = 0.85;
const GAIN = 0.6;

/**
 * How far skills inferred without certainty are trusted, once the experts the need's words find
 * are known: an inference the best of them share (their bios tell the same problems) gains
 * certainty, one none of them has loses it, so that conflicting evidence backs off to the text.
 */
export function agreedCertainty(
  skills: NeedSkills,
  docs: ReadonlyArray<{ id: string; skills: readonly string[] }>,
  textRanks: ReadonlyMap<string, number> | undefined,
): number {
  const surest = skills.inferred[0];
  if (!textRanks || !surest || skills.certainty >= 1) return skills.certainty;
  const best = docs
    .filter((doc) => (textRanks.get(doc.id) ?? Infinity) < AGREEMENT_WINDOW)
    .map((doc) => doc.skills);
  if (best.length === 0) return skills.certainty;
  const share = best.filter((own) => own.includes(surest.skill)).length / best.length;
  return Math.min(1, skills.certainty * (FLOOR + share * GAIN));
}
