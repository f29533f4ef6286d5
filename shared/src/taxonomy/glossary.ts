/**
 * The problem glossary: for each skill, the everyday problems an enterprise writes when it needs
 * it ("设备突然停机", "机器趴窝" for 预测性维护). Product data beside the taxonomy, read by the
 * server's skill vocabulary only (a subpath of its own, so the client bundle never carries it).
 */
import glossaryJson from './glossary.json' with { type: 'json' };

/** skill id → the problems, each a short sentence or a word */
export const problemGlossary: Readonly<Record<string, readonly string[]>> = glossaryJson.skills;

/** What any need says beside its problem ("请专家指导", "领导很着急"): no skill's words. */
export const genericPhrases: readonly string[] = glossaryJson.generic;
