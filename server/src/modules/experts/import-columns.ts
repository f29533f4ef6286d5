import {
  importFields,
  isImportField,
  type Availability,
  type ImportField,
  type Pool,
  type VerificationStatus,
} from '@qs/shared';
import { ValidationError, detail } from '../../lib/errors';
import { translate, type Lang } from '../../lib/i18n';

export { importFields, type ImportField };

/** Chinese header first (the one an export writes), then other names people use for it. */
const headerNames: Record<ImportField, string[]> = {
  name: ['姓名', '名字'],
  title: ['职称', '职务'],
  organization: ['单位', '工作单位', '所在单位'],
  city: ['城市', '所在城市'],
  pool: ['专家库'],
  skills: ['技能', '专业技能'],
  sectors: ['行业', '所属行业'],
  yearsOfExperience: ['从业年限', '工作年限'],
  email: ['邮箱', '电子邮箱', '电子邮件'],
  phone: ['电话', '手机', '手机号', '联系电话'],
  bio: ['简介', '个人简介'],
  availability: ['状态', '可约状态'],
};

/** Written by an export, read back without a warning, never imported. */
export const verificationColumn = { en: 'verification', zh: '审核状态' };
/** Written by an error report: the file comes back with the reason of each rejected row. */
export const reasonColumn = {
  en: translate('en', 'label.reason'),
  zh: translate('zh', 'label.reason'),
};

/** `姓名/name`: readable in Excel, and either half maps the column on import. */
export function exportHeader(field: ImportField): string {
  return `${headerNames[field][0]}/${field}`;
}
export const verificationHeader = `${verificationColumn.zh}/${verificationColumn.en}`;

/** A field's column name as a clerk reads it: 姓名 in Chinese, name in English. */
export const fieldLabel = (field: string, lang: Lang) =>
  lang === 'zh' && isImportField(field) ? (headerNames[field][0] ?? field) : field;

/** Case, width, spaces, underscores and a trailing "required" star do not matter. */
function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_*]+/g, '');
}

const headerIndex = new Map<string, ImportField | 'ignored'>([
  ...importFields.flatMap((field) =>
    [field, ...headerNames[field]].map((name) => [normalizeHeader(name), field] as const),
  ),
  [normalizeHeader(verificationColumn.en), 'ignored'],
  [normalizeHeader(verificationColumn.zh), 'ignored'],
  [normalizeHeader(reasonColumn.en), 'ignored'],
  [normalizeHeader(reasonColumn.zh), 'ignored'],
]);

function fieldOfHeader(header: string): ImportField | 'ignored' | undefined {
  const whole = headerIndex.get(normalizeHeader(header));
  if (whole) return whole;
  // "姓名/name", "姓名(name)": either half may name the column.
  for (const part of header.split(/[/|()（）]/)) {
    const field = headerIndex.get(normalizeHeader(part));
    if (field) return field;
  }
  return undefined;
}

export interface ColumnMap {
  /** Column index of each field the file has. */
  columns: Map<ImportField, number>;
  warnings: string[];
}

/** Maps the header row to fields; a file without names or match keys cannot be imported. */
export function mapHeader(header: string[], lang: Lang): ColumnMap {
  const columns = new Map<ImportField, number>();
  const warnings: string[] = [];
  header.forEach((raw, index) => {
    const label = raw.trim();
    if (!label) return;
    const field = fieldOfHeader(label);
    if (!field) warnings.push(translate(lang, 'unknown_column', { label }));
    else if (field === 'ignored') return;
    else if (columns.has(field))
      warnings.push(translate(lang, 'repeated_column', { label, field }));
    else columns.set(field, index);
  });
  if (!columns.has('name')) {
    throw new ValidationError({
      key: 'missing_name_header',
      details: [detail('name', 'missing_name_header')],
    });
  }
  if (!columns.has('email') && !columns.has('phone')) {
    throw new ValidationError({
      key: 'missing_contact_header',
      details: [detail('email', 'missing_contact_header')],
    });
  }
  return { columns, warnings };
}

/** A value's accepted spellings; the first Chinese one is what an export writes. */
const poolTerms: Record<Pool, string[]> = {
  qingdao: ['青岛', '青岛市'],
  shenzhen: ['深圳', '深圳市'],
  other: ['其他', '其它'],
};

const availabilityTerms: Record<Availability, string[]> = {
  available: ['可约', '可用', '空闲'],
  limited: ['有限', '忙碌', '时间有限'],
  unavailable: ['暂不可约', '不可用', '不可约'],
};

const verificationLabels: Record<VerificationStatus, string> = {
  incomplete: '未完善',
  pending: '待审核',
  verified: '已认证',
  rejected: '未通过',
};

function termLookup<T extends string>(terms: Record<T, string[]>): (raw: string) => T | undefined {
  const index = new Map<string, T>();
  for (const [id, names] of Object.entries(terms) as Array<[T, string[]]>) {
    for (const name of [id, ...names]) index.set(normalizeHeader(name), id);
  }
  return (raw) => index.get(normalizeHeader(raw));
}

export const resolvePool = termLookup(poolTerms);
export const resolveAvailability = termLookup(availabilityTerms);

export const poolLabel = (pool: Pool | undefined) => (pool ? (poolTerms[pool][0] ?? pool) : '');
export const availabilityLabel = (value: Availability) => availabilityTerms[value][0] ?? value;
export const verificationLabel = (status: VerificationStatus) => verificationLabels[status];

export const poolHint = { zh: '青岛/深圳/其他', en: 'qingdao, shenzhen or other' };
export const availabilityHint = {
  zh: '可约/有限/暂不可约',
  en: 'available, limited or unavailable',
};
