import {
  cityLabel,
  skillName,
  taxonomy,
  type CapacityLimit,
  type InferredSkill,
  type MatchExplanation,
  type Pool,
  type PoolRulesDto,
} from '@qs/shared';
import { translate, type MessageKey, type MessageParams } from '../../lib/i18n';
import type { Lang } from '../../lib/language';

const sectorNames = new Map(taxonomy.sectors.map((s) => [s.id, s]));

/** Skills listed after a colon are names on their own ("Predictive maintenance, OPC UA"). */
function names(ids: string[], lang: Lang): string {
  const list = ids.map((id) => skillName(id, lang));
  return list.join(lang === 'zh' ? '、' : ', ');
}

const poolNames: Record<Pool, Record<Lang, string>> = {
  qingdao: { zh: '青岛专家库', en: 'Qingdao pool' },
  shenzhen: { zh: '深圳专家库', en: 'Shenzhen pool' },
  other: { zh: '其他专家库', en: 'other pool' },
};

interface ReasonInput {
  matched: string[];
  missing: string[];
  sector: string;
  sectorMatch: boolean;
  pool?: Pool;
  city: string;
  rating: { average: number; count: number };
  activeCollaborations: number;
  talentEnclave: boolean;
  /** skills inferred from the need's words rather than named */
  inferred?: InferredSkill[];
  lang: Lang;
  /** the load cap the expert has reached (pool rules) */
  atCapacity?: CapacityLimit;
  rules?: Pick<PoolRulesDto, 'maxActiveCollaborations' | 'maxEngagementsPerYear'>;
}

/** Why an expert at a load cap is listed last and cannot be invited, in the caller's language. */
function capacityReason(
  limit: CapacityLimit,
  rules: Pick<PoolRulesDto, 'maxActiveCollaborations' | 'maxEngagementsPerYear'>,
  lang: Lang,
): string {
  const { key, params } = capacityMessage(limit, rules);
  return translate(lang, key, params);
}

/** The same reason as a catalogue message, for an error the caller reads in its language. */
export function capacityMessage(
  limit: CapacityLimit,
  rules: Pick<PoolRulesDto, 'maxActiveCollaborations' | 'maxEngagementsPerYear'>,
): { key: MessageKey; params: MessageParams } {
  return limit === 'active-collaborations'
    ? { key: 'at_capacity_collaborations', params: { limit: rules.maxActiveCollaborations } }
    : { key: 'at_capacity_engagements', params: { limit: rules.maxEngagementsPerYear } };
}

/** "预测性维护（停机、故障）": the inferred skill and the need's own words behind it. */
function inferredNames(inferred: InferredSkill[], lang: Lang): string {
  return inferred
    .map(({ skill, words }) => {
      const name = skillName(skill, lang);
      if (!words.length) return name;
      return lang === 'zh' ? `${name}（${words.join('、')}）` : `${name} (${words.join(', ')})`;
    })
    .join(lang === 'zh' ? '；' : '; ');
}

/** Plain-language reasons, each one a fact from the profile that the score used. */
export function reasons(input: ReasonInput): MatchExplanation['reasons'] {
  const { lang } = input;
  const total = input.matched.length + input.missing.length;
  const out: string[] = [];
  if (input.matched.length) {
    out.push(
      lang === 'zh'
        ? `具备所需技能：${names(input.matched, lang)}（${input.matched.length}/${total}）`
        : `Has the required skills: ${names(input.matched, lang)} (${input.matched.length}/${total})`,
    );
  }
  if (input.missing.length) {
    out.push(
      lang === 'zh'
        ? `尚缺：${names(input.missing, lang)}`
        : `Missing: ${names(input.missing, lang)}`,
    );
  }
  if (input.inferred?.length) {
    out.push(
      lang === 'zh'
        ? `由需求描述推断：${inferredNames(input.inferred, lang)}`
        : `Inferred from your description: ${inferredNames(input.inferred, lang)}`,
    );
  }
  // Inside a sentence ("Works in home appliances"): the name as stored.
  const sector = sectorNames.get(input.sector)?.[lang] ?? input.sector;
  if (input.sectorMatch) out.push(lang === 'zh' ? `熟悉${sector}行业` : `Works in ${sector}`);
  if (input.pool) {
    const city = input.city && cityLabel(input.city, lang);
    const where = `${poolNames[input.pool][lang]}${city ? (lang === 'zh' ? `·${city}` : `, ${city}`) : ''}`;
    out.push(
      input.talentEnclave
        ? lang === 'zh'
          ? `${where}，可按“人才飞地”模式合作`
          : `${where}; works as a "talent enclave" expert`
        : where,
    );
  }
  if (input.rating.count > 0) {
    out.push(
      lang === 'zh'
        ? `评分 ${input.rating.average.toFixed(1)}（${input.rating.count} 次评价）`
        : `Rated ${input.rating.average.toFixed(1)} (${input.rating.count} ratings)`,
    );
  }
  out.push(
    input.activeCollaborations === 0
      ? lang === 'zh'
        ? '当前无进行中的合作，可尽快投入'
        : 'No ongoing collaborations: available soon'
      : lang === 'zh'
        ? `当前有 ${input.activeCollaborations} 项进行中的合作`
        : `${input.activeCollaborations} ongoing collaboration(s)`,
  );
  if (input.atCapacity && input.rules)
    out.unshift(capacityReason(input.atCapacity, input.rules, lang));
  return out;
}
