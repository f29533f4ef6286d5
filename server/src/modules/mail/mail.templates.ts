import type { Lang } from '../../lib/language';

/** What each template needs to be written. */
export interface TemplateData {
  'expert-claim-code': { code: string; minutes: number };
  /** `expiresAt` as Beijing shows it (`2026-03-14 18:30`) */
  'invitation-reminder': { organizationName: string; needTitle: string; expiresAt: string };
  'agreement-reminder': { needTitle: string; otherParty: string; days: number };
  /** `freezesOn`: the Beijing day the profile freezes (or froze) unless confirmed */
  'profile-confirmation': { name: string; frozen: boolean; freezesOn: string };
  /** `startsAt` as Beijing shows it; `place` an address or a link */
  'meeting-reminder': { needTitle: string; otherParty: string; startsAt: string; place: string };
  'password-reset': { name: string; link: string; hours: number };
}
export type TemplateName = keyof TemplateData;

export interface RenderedMail {
  subject: string;
  text: string;
}

type Templates = {
  [T in TemplateName]: Record<Lang, (data: TemplateData[T]) => RenderedMail>;
};

const signature = {
  zh: '青深工业互联网人才联盟 · 专家协作平台',
  en: 'Qingdao–Shenzhen Industrial Internet Talent Alliance · Expert platform',
};

// Codes stay out of subjects: mail servers and clients show and log subjects widely.
const templates: Templates = {
  'expert-claim-code': {
    zh: ({ code, minutes }) => ({
      subject: '认领专家库档案的验证码',
      text: [
        '您好：',
        '',
        '有人在专家协作平台上申请认领专家库中以本邮箱为联系邮箱的专家档案。',
        '',
        `验证码：${code}`,
        '',
        `验证码 ${minutes} 分钟内有效，仅可使用一次。如果这不是您本人的操作，请忽略本邮件，档案不会有任何变化。`,
        '',
        signature.zh,
      ].join('\n'),
    }),
    en: ({ code, minutes }) => ({
      subject: 'Your code to claim your expert profile',
      text: [
        'Hello,',
        '',
        'Someone asked on the expert platform to claim the expert profile whose contact email is this address.',
        '',
        `Code: ${code}`,
        '',
        `The code is valid for ${minutes} minutes and works once. If this was not you, ignore this mail: the profile stays as it is.`,
        '',
        signature.en,
      ].join('\n'),
    }),
  },
  'invitation-reminder': {
    zh: ({ organizationName, needTitle, expiresAt }) => ({
      subject: `邀请提醒：${needTitle}`,
      text: [
        '您好：',
        '',
        `${organizationName} 邀请您参与需求“${needTitle}”，您尚未答复。`,
        '',
        `邀请将于 ${expiresAt}（北京时间）过期，请登录专家协作平台接受或婉拒。`,
        '',
        signature.zh,
      ].join('\n'),
    }),
    en: ({ organizationName, needTitle, expiresAt }) => ({
      subject: `Reminder: invitation to “${needTitle}”`,
      text: [
        'Hello,',
        '',
        `${organizationName} invited you to the need “${needTitle}”, and you have not answered yet.`,
        '',
        `The invitation expires at ${expiresAt} (Beijing time). Sign in to the expert platform to accept or decline it.`,
        '',
        signature.en,
      ].join('\n'),
    }),
  },
  'agreement-reminder': {
    zh: ({ needTitle, otherParty, days }) => ({
      subject: `协议提醒：${needTitle}`,
      text: [
        '您好：',
        '',
        `您与 ${otherParty} 就需求“${needTitle}”的合作已开始 ${days} 天，尚未签署合作协议。`,
        '',
        '请登录专家协作平台，与对方确认并记录协议。',
        '',
        signature.zh,
      ].join('\n'),
    }),
    en: ({ needTitle, otherParty, days }) => ({
      subject: `Reminder: no agreement yet for “${needTitle}”`,
      text: [
        'Hello,',
        '',
        `Your collaboration with ${otherParty} on the need “${needTitle}” started ${days} days ago and has no signed agreement yet.`,
        '',
        'Sign in to the expert platform to agree on it with the other side and record the agreement.',
        '',
        signature.en,
      ].join('\n'),
    }),
  },
  'profile-confirmation': {
    zh: ({ name, frozen, freezesOn }) => ({
      subject: frozen ? '您的专家档案已冻结，请确认' : '请确认您的专家档案是否仍然准确',
      text: [
        `${name}，您好：`,
        '',
        frozen
          ? `您的专家档案已超过两年未确认，自 ${freezesOn} 起已冻结：企业、匹配和抽取都看不到您。`
          : `专家库每年请专家确认一次档案。您的档案一年多未确认，如 ${freezesOn} 前仍未确认将被冻结。`,
        '',
        '请登录专家协作平台，在“我的档案”中核对信息后点击“确认档案无误”，或修改后保存。',
        '',
        signature.zh,
      ].join('\n'),
    }),
    en: ({ name, frozen, freezesOn }) => ({
      subject: frozen
        ? 'Your expert profile is frozen: please confirm it'
        : 'Please confirm that your expert profile is current',
      text: [
        `Hello ${name},`,
        '',
        frozen
          ? `Your expert profile has not been confirmed for two years and has been frozen since ${freezesOn}: enterprises, matching and draws do not see it.`
          : `The expert pool asks every expert to confirm their profile once a year. Yours was last confirmed over a year ago and freezes on ${freezesOn} unless confirmed.`,
        '',
        'Sign in to the expert platform, check your profile and confirm it, or update and save it.',
        '',
        signature.en,
      ].join('\n'),
    }),
  },
  'meeting-reminder': {
    zh: ({ needTitle, otherParty, startsAt, place }) => ({
      subject: `会面提醒：${needTitle}`,
      text: [
        '您好：',
        '',
        `您与 ${otherParty} 就需求“${needTitle}”的会面将于 ${startsAt}（北京时间）开始。`,
        '',
        `地点：${place}`,
        '',
        signature.zh,
      ].join('\n'),
    }),
    en: ({ needTitle, otherParty, startsAt, place }) => ({
      subject: `Reminder: meeting on “${needTitle}”`,
      text: [
        'Hello,',
        '',
        `Your meeting with ${otherParty} on the need “${needTitle}” starts at ${startsAt} (Beijing time).`,
        '',
        `Where: ${place}`,
        '',
        signature.en,
      ].join('\n'),
    }),
  },
  'password-reset': {
    zh: ({ name, link, hours }) => ({
      subject: '设置新密码',
      text: [
        `${name}，您好：`,
        '',
        '平台管理员为您的账号发起了密码重置，您原有的登录已退出。请打开下面的链接设置新密码：',
        '',
        link,
        '',
        `链接 ${hours} 小时内有效，仅可使用一次。如果您没有向管理员申请，请联系平台管理员。`,
        '',
        signature.zh,
      ].join('\n'),
    }),
    en: ({ name, link, hours }) => ({
      subject: 'Set a new password',
      text: [
        `Hello ${name},`,
        '',
        'The platform administrator started a password reset for your account, and you were signed out. Open this link to set a new password:',
        '',
        link,
        '',
        `The link is valid for ${hours} hours and works once. If you did not ask the administrator for this, contact them.`,
        '',
        signature.en,
      ].join('\n'),
    }),
  },
};

export function render<T extends TemplateName>(
  template: T,
  language: Lang,
  data: TemplateData[T],
): RenderedMail {
  const write = templates[template][language] as (data: TemplateData[T]) => RenderedMail;
  return write(data);
}
