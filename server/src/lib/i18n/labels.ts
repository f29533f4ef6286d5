import type { Lang } from '../language';

/**
 * Names of the platform's values for reports a clerk reads (CSV, XLSX), in both languages; the
 * client's catalogue says the same on screen.
 */
const zh = {
  pool: { qingdao: '青岛专家库', shenzhen: '深圳专家库', other: '其他专家库' },
  availability: { available: '可合作', limited: '时间有限', unavailable: '暂不可约' },
  verification: { incomplete: '待完善', pending: '审核中', verified: '已认证', rejected: '未通过' },
  organizationType: {
    enterprise: '企业',
    university: '高校',
    institute: '科研院所',
    association: '协会',
    government: '政府机构',
    platform: '平台',
  },
  needKind: {
    diagnosis: '数字化转型诊断',
    scenario: '应用场景',
    project: '项目合作',
    consulting: '咨询',
    training: '培训',
  },
  needStatus: { open: '征集中', in_progress: '合作中', closed: '已关闭' },
  invitationStatus: {
    pending: '待回复',
    accepted: '已接受',
    declined: '已拒绝',
    expired: '已过期',
    withdrawn: '已撤回',
  },
  collaborationStatus: {
    active: '进行中',
    agreed: '已签约',
    completed: '已完成',
    cancelled: '已取消',
  },
  agreementKind: {
    'expert-cooperation': '专家合作协议',
    enablement: '赋能协议',
    framework: '框架协议',
  },
  funnelStage: {
    needs: '发布需求',
    matched: '已匹配',
    invited: '已邀请',
    accepted: '已接受',
    agreed: '已签约',
    completed: '已完成',
  },
  statsSection: {
    experts: '专家',
    organizations: '单位',
    needs: '需求',
    invitations: '邀请',
    collaborations: '合作',
    agreements: '签约协议',
    funnel: '需求转化漏斗',
    skillsGap: '技能供需缺口',
    crossCity: '跨城协作',
  },
  statsItem: {
    total: '总计',
    pool: '专家库',
    verification: '审核状态',
    type: '单位类型',
    kind: '类型',
    status: '状态',
    rates: '比率',
    crossCity: '跨城合作',
  },
  statsMetric: {
    total: '总数',
    verified: '已认证',
    allianceMembers: '联盟成员单位',
    acceptanceRate: '接受率',
    medianResponseHours: '响应时间中位数（小时）',
    crossCity: '跨城合作数',
    needs: '需求数',
    demand: '需求（征集中）',
    supply: '已认证专家',
    gap: '缺口',
    invitations: '邀请',
    collaborations: '合作',
  },
  statsHeader: { section: '分类', item: '项目', metric: '指标', value: '数值' },
} as const;

type Labels = { [G in keyof typeof zh]: Record<keyof (typeof zh)[G], string> };

const en: Labels = {
  pool: { qingdao: 'Qingdao pool', shenzhen: 'Shenzhen pool', other: 'Other pool' },
  availability: { available: 'Available', limited: 'Limited time', unavailable: 'Unavailable' },
  verification: {
    incomplete: 'Incomplete',
    pending: 'Under review',
    verified: 'Verified',
    rejected: 'Rejected',
  },
  organizationType: {
    enterprise: 'Enterprise',
    university: 'University',
    institute: 'Research institute',
    association: 'Association',
    government: 'Government',
    platform: 'Platform',
  },
  needKind: {
    diagnosis: 'Transformation diagnosis',
    scenario: 'Application scenario',
    project: 'Project',
    consulting: 'Consulting',
    training: 'Training',
  },
  needStatus: { open: 'Open', in_progress: 'In progress', closed: 'Closed' },
  invitationStatus: {
    pending: 'Awaiting reply',
    accepted: 'Accepted',
    declined: 'Declined',
    expired: 'Expired',
    withdrawn: 'Withdrawn',
  },
  collaborationStatus: {
    active: 'In progress',
    agreed: 'Agreement signed',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  agreementKind: {
    'expert-cooperation': 'Expert cooperation agreement',
    enablement: 'Enablement agreement',
    framework: 'Framework agreement',
  },
  funnelStage: {
    needs: 'Needs posted',
    matched: 'Matched',
    invited: 'Invited',
    accepted: 'Accepted',
    agreed: 'Agreed',
    completed: 'Completed',
  },
  statsSection: {
    experts: 'Experts',
    organizations: 'Organizations',
    needs: 'Needs',
    invitations: 'Invitations',
    collaborations: 'Collaborations',
    agreements: 'Agreements',
    funnel: 'Needs funnel',
    skillsGap: 'Skills gap',
    crossCity: 'Cross-city',
  },
  statsItem: {
    total: 'Total',
    pool: 'Pool',
    verification: 'Verification',
    type: 'Organization type',
    kind: 'Kind',
    status: 'Status',
    rates: 'Rates',
    crossCity: 'Cross-city collaborations',
  },
  statsMetric: {
    total: 'Total',
    verified: 'Verified',
    allianceMembers: 'Alliance members',
    acceptanceRate: 'Acceptance rate',
    medianResponseHours: 'Median response (hours)',
    crossCity: 'Cross-city collaborations',
    needs: 'Needs',
    demand: 'Demand (open needs)',
    supply: 'Verified experts',
    gap: 'Gap',
    invitations: 'Invitations',
    collaborations: 'Collaborations',
  },
  statsHeader: { section: 'Section', item: 'Item', metric: 'Metric', value: 'Value' },
};

export type LabelGroup = keyof typeof zh;

const tables: Record<Lang, Labels> = { zh, en };

/** A value's name in `lang`; a value the table does not know is shown as it is. */
export function label(lang: Lang, group: LabelGroup, value: string): string {
  const table = tables[lang][group] as Record<string, string>;
  return Object.hasOwn(table, value) ? (table[value] ?? value) : value;
}
