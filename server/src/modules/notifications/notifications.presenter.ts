import type { NotificationData, NotificationDto, NotificationType } from '@qs/shared';
import type { NotificationRecord } from './notification.model';

type Render = (param: (key: string) => string) => { title: string; body: string };

/** Chinese texts for clients that do not translate `type` and `data` themselves. */
const texts: Record<NotificationType, Render> = {
  'invitation.new': (p) => ({
    title: '新的匹配邀请',
    body: `${p('organizationName')} 邀请您参与需求“${p('needTitle')}”`,
  }),
  'invitation.accepted': (p) => ({
    title: '专家已接受邀请',
    body: `${p('expertName')} 接受了需求“${p('needTitle')}”的邀请`,
  }),
  'invitation.declined': (p) => ({
    title: '专家已婉拒邀请',
    body: `${p('expertName')} 婉拒了需求“${p('needTitle')}”的邀请`,
  }),
  'invitation.expired': (p) => ({
    title: '邀请已过期',
    body: `发给 ${p('expertName')} 的需求“${p('needTitle')}”邀请已过期`,
  }),
  'invitation.withdrawn': (p) => ({
    title: '邀请已撤回',
    body: `${p('organizationName')} 撤回了需求“${p('needTitle')}”的邀请`,
  }),
  'invitation.reminder': (p) => ({
    title: '邀请即将过期',
    body: `${p('organizationName')} 邀请您参与需求“${p('needTitle')}”，将于 ${p('expiresAt')}（北京时间）过期，请尽快答复`,
  }),
  'collaboration.agreed': (p) => ({
    title: '合作协议已签署',
    body: `需求“${p('needTitle')}”的合作已签署协议`,
  }),
  'collaboration.completed': (p) => ({
    title: '合作已完成',
    body: `需求“${p('needTitle')}”的合作已完成，欢迎评价`,
  }),
  'collaboration.cancelled': (p) => ({
    title: '合作已取消',
    body: `需求“${p('needTitle')}”的合作已取消`,
  }),
  'collaboration.rated': (p) => ({
    title: '收到合作评价',
    body: `需求“${p('needTitle')}”的合作收到 ${p('score')} 星评价`,
  }),
  'collaboration.agreement-reminder': (p) => ({
    title: '合作尚未签署协议',
    body: `需求“${p('needTitle')}”的合作已开始 ${p('days')} 天，尚未签署协议`,
  }),
  'profile.confirmation-reminder': (p) => ({
    title: '请确认专家档案',
    body:
      p('freshness') === 'frozen'
        ? `您的专家档案超过两年未确认，已冻结，确认后即恢复`
        : `您的专家档案一年多未确认，请在 ${p('freezesOn')} 前确认，否则将被冻结`,
  }),
  'membership.requested': (p) => ({
    title: '新的加入申请',
    body: `${p('userName')} 申请加入 ${p('organizationName')}，请审核`,
  }),
  'membership.approved': (p) => ({
    title: '加入申请已通过',
    body: `您已成为 ${p('organizationName')} 的成员`,
  }),
  'membership.rejected': (p) => ({
    title: '加入申请未通过',
    body: `您加入 ${p('organizationName')} 的申请未获通过`,
  }),
  'membership.removed': (p) => ({
    title: '已移出单位',
    body: `您已被移出 ${p('organizationName')}`,
  }),
  'membership.role-changed': (p) => ({
    title: '单位角色已变更',
    body: `您在 ${p('organizationName')} 的角色已变更为${p('orgRole') === 'owner' ? '管理员' : '成员'}`,
  }),
  'extraction.exhausted': (p) => ({
    title: '抽取备选专家已用完',
    body: `需求“${p('needTitle')}”的抽取尚有 ${p('openSeats')} 个席位空缺，备选专家已用完，可追加抽取`,
  }),
  'invitation.question': (p) => ({
    title: '专家提出了问题',
    body: `${p('expertName')} 就需求“${p('needTitle')}”的邀请提出了问题`,
  }),
  'invitation.answer': (p) => ({
    title: '企业回答了您的问题',
    body: `${p('organizationName')} 回答了您关于需求“${p('needTitle')}”的问题`,
  }),
  'meeting.proposed': (p) => ({
    title: '新的会面邀约',
    body: `需求“${p('needTitle')}”的合作方提议了会面时间，请选择`,
  }),
  'meeting.scheduled': (p) => ({
    title: '会面时间已确定',
    body: `需求“${p('needTitle')}”的会面定于 ${p('startsAt')}（北京时间）`,
  }),
  'meeting.rescheduled': (p) => ({
    title: '会面已改期',
    body: `需求“${p('needTitle')}”的会面提出了新的时间，请重新选择`,
  }),
  'meeting.cancelled': (p) => ({
    title: '会面已取消',
    body: `需求“${p('needTitle')}”的会面已取消`,
  }),
  'meeting.reminder': (p) => ({
    title: '会面提醒',
    body: `需求“${p('needTitle')}”的会面将于 ${p('startsAt')}（北京时间）开始`,
  }),
  'need.closed': (p) => ({
    title: '需求已关闭',
    body: `${p('organizationName')} 已关闭需求“${p('needTitle')}”，感谢您的关注${p('message') ? `。企业留言：${p('message')}` : ''}`,
  }),
  'credit.suspended': (p) => ({
    title: '已被暂停',
    body: `${p('subjectName')} 已被暂停至 ${p('until')}（北京时间），原因：${p('reason')}。可在信用记录中申诉`,
  }),
  'credit.lifted': (p) => ({
    title: '暂停已解除',
    body: `${p('subjectName')} 的暂停已解除：${p('reason')}`,
  }),
  'credit.appealed': (p) => ({
    title: '新的暂停申诉',
    body: `${p('subjectName')} 对暂停提出申诉，请处理`,
  }),
  'need.interest': (p) => ({
    title: '有专家对需求感兴趣',
    body: `${p('expertName')} 对需求“${p('needTitle')}”表示感兴趣，可在匹配页查看并邀请`,
  }),
  'credit.appeal-answered': (p) => ({
    title: '申诉已答复',
    body: `${p('subjectName')} 的申诉${p('outcome') === 'upheld' ? '成立，暂停已解除' : '未获支持'}：${p('note')}`,
  }),
};

function render(type: NotificationType, data: NotificationData) {
  return texts[type]((key) => String(data[key] ?? ''));
}

export function presentNotification(record: NotificationRecord): NotificationDto {
  return {
    id: record._id.toString(),
    type: record.type,
    ...render(record.type, record.data),
    data: record.data,
    ...(record.readAt ? { readAt: record.readAt.toISOString() } : {}),
    createdAt: record.createdAt.toISOString(),
  };
}
