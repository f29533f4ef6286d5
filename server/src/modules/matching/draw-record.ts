import type { DrawMemberRole, DrawMemberState, DrawReason, DrawTrailKind, Role } from '@qs/shared';
import PDFDocument from 'pdfkit';
import type { Lang } from '../../lib/i18n';
import { label } from '../../lib/i18n/labels';
import { beijingDateTime } from '../../lib/time';
import { cjkFont } from '../../lib/pdf/cjk-font';
import { findUserById } from '../auth';
import { expertNames, findExperts } from '../experts';
import type { NeedRecord } from '../needs';
import { findOrganization, organizationNames } from '../organizations';
import { FORMER_ORGANIZATION_YEARS } from './avoidance';
import { membersOf } from './extraction.service';
import type { ExtractionRecord } from './extraction.model';

/** What the record of a draw says, gathered before it is laid out. */
interface DrawRecordData {
  id: string;
  need: { title: string; organization: string };
  at: Date;
  operator: { name: string; role?: Role };
  seed: number;
  count: number;
  candidates: number;
  pools: string[];
  avoidOrganizations: string[];
  avoidExperts: string[];
  skipped?: { atCapacity: number; rotation: number };
  rotationOverride?: string;
  members: {
    name: string;
    title: string;
    organization: string;
    pool?: string;
    role: DrawMemberRole;
    state: DrawMemberState;
    invite: boolean;
  }[];
  trail: {
    at: Date;
    kind: DrawTrailKind;
    name: string;
    replaced: string;
    reason?: DrawReason;
    count: number;
  }[];
}

export async function drawRecordData(
  need: NeedRecord,
  record: ExtractionRecord,
): Promise<DrawRecordData> {
  const members = membersOf(record);
  const listed = need.avoidOrganizations ?? [];
  const [experts, operator, organization, listedNames, avoided, trailNames] = await Promise.all([
    findExperts(members.map((m) => m.expertId)),
    findUserById(record.requestedBy.toString()),
    findOrganization(need.organizationId),
    organizationNames(
      listed.flatMap((o) => (o.organizationId ? [o.organizationId.toString()] : [])),
    ),
    expertNames(need.avoidExperts ?? []),
    expertNames(
      (record.trail ?? []).flatMap((t) => [t.expertId, t.replacedExpertId].filter((id) => !!id)),
    ),
  ]);
  const byId = new Map(experts.map((e) => [e._id.toString(), e]));
  return {
    id: record._id.toString(),
    need: { title: need.title, organization: organization?.name ?? '' },
    at: record.at,
    operator: {
      name: operator?.name ?? '',
      ...(record.operatorRole ? { role: record.operatorRole } : {}),
    },
    seed: record.seed,
    count: record.count,
    candidates: record.candidateIds.length,
    pools: record.pools,
    avoidOrganizations: listed.map(
      (o) => (o.organizationId && listedNames.get(o.organizationId.toString())) || o.name,
    ),
    avoidExperts: (need.avoidExperts ?? []).map((id) => avoided.get(id.toString()) ?? ''),
    ...(record.skipped ? { skipped: record.skipped } : {}),
    ...(record.rotationOverride ? { rotationOverride: record.rotationOverride } : {}),
    members: members.flatMap((m) => {
      const expert = byId.get(m.expertId.toString());
      if (!expert) return [];
      return [
        {
          name: expert.name,
          title: expert.title,
          organization: expert.organization,
          ...(expert.pool ? { pool: expert.pool } : {}),
          role: m.role,
          state: m.state,
          invite: record.invite ?? false,
        },
      ];
    }),
    trail: (record.trail ?? []).map((t) => ({
      at: t.at,
      kind: t.kind,
      name: (t.expertId && trailNames.get(t.expertId.toString())) || '',
      replaced: (t.replacedExpertId && trailNames.get(t.replacedExpertId.toString())) || '',
      ...(t.reason ? { reason: t.reason } : {}),
      count: t.count ?? 0,
    })),
  };
}

interface Texts {
  title: string;
  subtitle: string;
  need: string;
  organization: string;
  at: string;
  operator: string;
  seed: string;
  drawn: (count: number, candidates: number) => string;
  pools: string;
  allPools: string;
  rules: string;
  ruleOwn: (organization: string) => string;
  ruleListedOrganizations: (names: string) => string;
  ruleListedExperts: (names: string) => string;
  ruleFormer: string;
  ruleSuspended: string;
  ruleCapacity: (count: number) => string;
  ruleRotation: (count: number) => string;
  ruleRotationOverride: (reason: string) => string;
  experts: string;
  none: string;
  trail: string;
  roles: Record<DrawMemberRole, string>;
  states: Record<DrawMemberState, string>;
  reasons: Record<DrawReason, string>;
  kinds: Record<
    DrawTrailKind,
    (e: { name: string; replaced: string; reason: string; count: number }) => string
  >;
  operatorRoles: Record<Role, string>;
  separator: string;
  field: (name: string, value: string) => string;
  /** a name with what it is, e.g. an operator's role or a member's standing */
  nameWith: (name: string, what: string) => string;
  replay: (id: string) => string;
}

const texts: Record<Lang, Texts> = {
  zh: {
    title: '专家随机抽取记录',
    subtitle: '青深工业互联网人才联盟 · 专家协作平台',
    need: '需求',
    organization: '需求单位',
    at: '抽取时间（北京时间）',
    operator: '操作人',
    seed: '随机种子',
    drawn: (count, candidates) => `${candidates} 位符合条件的专家中抽取 ${count} 位`,
    pools: '专家库',
    allPools: '对需求单位开放的全部专家库',
    rules: '适用的回避与轮换规则',
    ruleOwn: (o) => `需求单位本单位（${o}）的专家回避`,
    ruleListedOrganizations: (n) => `需求指定回避的单位：${n}`,
    ruleListedExperts: (n) => `需求指定回避的专家：${n}`,
    ruleFormer: `离开上述单位未满 ${FORMER_ORGANIZATION_YEARS} 年的专家回避`,
    ruleSuspended: '被暂停的专家、未认证或暂不可约的专家不参与抽取',
    ruleCapacity: (n) => `达到工作量上限而未参与抽取的专家：${n} 位`,
    ruleRotation: (n) => `轮换期内（近期已与该单位合作）而未参与抽取的专家：${n} 位`,
    ruleRotationOverride: (r) => `人社局本次取消轮换限制，理由：${r}`,
    experts: '抽取结果',
    none: '无',
    trail: '递补与变动记录',
    roles: { drawn: '抽中', reserve: '备选', 'top-up': '追加' },
    states: {
      waiting: '待命',
      inviting: '邀请中',
      invited: '已邀请',
      accepted: '已接受',
      declined: '已拒绝',
      expired: '已过期',
      withdrawn: '已撤回',
      skipped: '已跳过',
    },
    reasons: {
      declined: '拒绝邀请',
      expired: '逾期未答复',
      withdrawn: '邀请被撤回',
      not_verified: '未通过认证',
      unavailable: '暂不可约',
      pool_not_visible: '所在专家库不可见',
      same_organization: '本单位专家回避',
      excluded: '不再符合回避规则',
      not_invitable: '无法发出邀请',
      need_closed: '需求已关闭',
    },
    kinds: {
      drawn: (e) => `抽取 ${e.count} 位专家（含备选）`,
      invited: (e) => `已邀请 ${e.name}`,
      ended: (e) => `${e.name} 离开席位：${e.reason}`,
      replaced: (e) => `${e.name} 递补 ${e.replaced}（${e.reason}）`,
      skipped: (e) => `跳过 ${e.name}：${e.reason}`,
      exhausted: (e) => `备选专家已用完，尚有 ${e.count} 个席位空缺`,
      'topped-up': (e) => `追加抽取 ${e.count} 位专家`,
    },
    operatorRoles: { admin: '管理员', bureau: '人社局', enterprise: '需求单位', expert: '专家' },
    separator: '、',
    field: (name, value) => `${name}：${value}`,
    nameWith: (name, role) => `${name}（${role}）`,
    replay: (id) => `抽取编号 ${id}：平台按记录的候选名单与随机种子可复现本次抽取。`,
  },
  en: {
    title: 'Record of a random draw of experts',
    subtitle: 'Qingdao–Shenzhen Industrial Internet Talent Alliance · expert platform',
    need: 'Need',
    organization: 'Requesting organization',
    at: 'Drawn at (Beijing time)',
    operator: 'Operator',
    seed: 'Seed',
    drawn: (count, candidates) => `${count} drawn from ${candidates} qualified experts`,
    pools: 'Pools',
    allPools: 'every pool open to the organization',
    rules: 'Avoidance and rotation rules applied',
    ruleOwn: (o) => `Experts of the requesting organization (${o}) avoided`,
    ruleListedOrganizations: (n) => `Organizations the need avoids: ${n}`,
    ruleListedExperts: (n) => `Experts the need avoids: ${n}`,
    ruleFormer: `Experts who left those organizations less than ${FORMER_ORGANIZATION_YEARS} years ago avoided`,
    ruleSuspended: 'Suspended, unverified and unavailable experts not drawn',
    ruleCapacity: (n) => `Experts at a load cap, not drawn: ${n}`,
    ruleRotation: (n) => `Experts in rotation with the organization, not drawn: ${n}`,
    ruleRotationOverride: (r) => `Rotation overridden by the bureau for this draw: ${r}`,
    experts: 'Drawn experts',
    none: 'none',
    trail: 'Replacements and changes',
    roles: { drawn: 'Drawn', reserve: 'Reserve', 'top-up': 'Top-up' },
    states: {
      waiting: 'Waiting',
      inviting: 'Inviting',
      invited: 'Invited',
      accepted: 'Accepted',
      declined: 'Declined',
      expired: 'Expired',
      withdrawn: 'Withdrawn',
      skipped: 'Skipped',
    },
    reasons: {
      declined: 'declined',
      expired: 'let the invitation expire',
      withdrawn: 'invitation withdrawn',
      not_verified: 'not verified',
      unavailable: 'unavailable',
      pool_not_visible: 'pool not visible',
      same_organization: 'works at the organization',
      excluded: 'no longer qualifies',
      not_invitable: 'could not be invited',
      need_closed: 'need closed',
    },
    kinds: {
      drawn: (e) => `Drew ${e.count} experts (reserves included)`,
      invited: (e) => `Invited ${e.name}`,
      ended: (e) => `${e.name} left the seat: ${e.reason}`,
      replaced: (e) => `${e.name} replaces ${e.replaced} (${e.reason})`,
      skipped: (e) => `Passed over ${e.name}: ${e.reason}`,
      exhausted: (e) => `Reserves used up, ${e.count} seats open`,
      'topped-up': (e) => `Topped up with ${e.count} experts`,
    },
    operatorRoles: {
      admin: 'admin',
      bureau: 'HR bureau',
      enterprise: 'organization',
      expert: 'expert',
    },
    separator: ', ',
    field: (name, value) => `${name}: ${value}`,
    nameWith: (name, role) => `${name} (${role})`,
    replay: (id) =>
      `Draw ${id}: the platform replays this draw from its recorded candidates and seed.`,
  },
};

/** The draw's record laid out on A4 pages in the reader's language, as PDF bytes. */
export async function renderDrawRecord(data: DrawRecordData, lang: Lang): Promise<Buffer> {
  const t = texts[lang];
  const font = await cjkFont();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${t.title} — ${data.need.title}`, Subject: data.need.title },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('cjk', font);
  doc.font('cjk');

  doc.fontSize(18).text(t.title, { align: 'center' });
  doc.fontSize(9).fillColor('#555555').text(t.subtitle, { align: 'center' }).fillColor('black');
  doc.moveDown();

  const field = (name: string, value: string) => doc.fontSize(10.5).text(t.field(name, value));
  field(t.need, data.need.title);
  field(t.organization, data.need.organization);
  field(t.at, beijingDateTime(data.at));
  const { name, role } = data.operator;
  field(t.operator, role ? t.nameWith(name, t.operatorRoles[role]) : name);
  field(t.seed, String(data.seed));
  field(
    t.pools,
    data.pools.length
      ? data.pools.map((p) => label(lang, 'pool', p)).join(t.separator)
      : t.allPools,
  );
  doc.text(t.drawn(data.count, data.candidates));
  doc.moveDown();

  const heading = (text: string) => doc.fontSize(13).text(text).moveDown(0.3).fontSize(10);
  heading(t.rules);
  const list = (names: string[]) => names.filter(Boolean).join(t.separator) || t.none;
  const rules = [
    t.ruleOwn(data.need.organization),
    t.ruleListedOrganizations(list(data.avoidOrganizations)),
    t.ruleListedExperts(list(data.avoidExperts)),
    t.ruleFormer,
    t.ruleSuspended,
    ...(data.skipped
      ? [t.ruleCapacity(data.skipped.atCapacity), t.ruleRotation(data.skipped.rotation)]
      : []),
    ...(data.rotationOverride ? [t.ruleRotationOverride(data.rotationOverride)] : []),
  ];
  doc.list(rules, { bulletRadius: 1.5, paragraphGap: 2 });
  doc.moveDown();

  heading(t.experts);
  // One entry per expert rather than pdfkit's table, which took half a second to measure its cells.
  if (data.members.length === 0) doc.text(t.none);
  data.members.forEach((m, i) => {
    const standing = m.invite ? `${t.roles[m.role]} / ${t.states[m.state]}` : t.roles[m.role];
    doc.fontSize(10.5).text(`${i + 1}. ${t.nameWith(m.name, standing)}`);
    const details = [m.title, m.organization, m.pool ? label(lang, 'pool', m.pool) : '']
      .filter(Boolean)
      .join(' · ');
    doc.fontSize(9).fillColor('#444444').text(details, { indent: 14 }).fillColor('black');
    doc.moveDown(0.2);
  });
  doc.moveDown();

  heading(t.trail);
  if (data.trail.length === 0) doc.text(t.none);
  for (const entry of data.trail) {
    const line = t.kinds[entry.kind]({
      name: entry.name,
      replaced: entry.replaced,
      reason: entry.reason ? t.reasons[entry.reason] : '',
      count: entry.count,
    });
    doc.text(`${beijingDateTime(entry.at)}  ${line}`);
  }
  doc.moveDown();
  doc.fontSize(8.5).fillColor('#555555').text(t.replay(data.id));
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
