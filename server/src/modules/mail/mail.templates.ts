import type { Lang } from '../../lib/language';

/** What each template needs to be written. */
export interface TemplateData {
  'expert-claim-code': { code: string; minutes: number };
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
};

export function render<T extends TemplateName>(
  template: T,
  language: Lang,
  data: TemplateData[T],
): RenderedMail {
  const write = templates[template][language] as (data: TemplateData[T]) => RenderedMail;
  return write(data);
}
