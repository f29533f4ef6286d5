import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  IdcardOutlined,
  InboxOutlined,
  MailOutlined,
  MessageOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Role } from '@qs/shared';
import type { ComponentType } from 'react';
import { paths } from './paths';

export const sectionKeys = [
  'dashboard',
  'needs',
  'experts',
  'invitations',
  'collaborations',
  'messages',
  'profile',
  'expertReviews',
  'import',
  'stats',
  'organizations',
  'users',
  'outbox',
] as const;
export type SectionKey = (typeof sectionKeys)[number];

export interface Section {
  href: string;
  icon: ComponentType;
}

export const sections: Record<SectionKey, Section> = {
  dashboard: { href: paths.app.dashboard.getHref(), icon: DashboardOutlined },
  needs: { href: paths.app.needs.getHref(), icon: FileSearchOutlined },
  experts: { href: paths.app.experts.getHref(), icon: TeamOutlined },
  invitations: { href: paths.app.invitations.getHref(), icon: MailOutlined },
  collaborations: {
    href: paths.app.collaborations.getHref(),
    icon: AppstoreOutlined,
  },
  messages: { href: paths.app.messages.getHref(), icon: MessageOutlined },
  profile: { href: paths.app.profile.getHref(), icon: IdcardOutlined },
  expertReviews: {
    href: paths.app.expertReviews.getHref(),
    icon: AuditOutlined,
  },
  import: { href: paths.app.import.getHref(), icon: CloudUploadOutlined },
  stats: { href: paths.app.stats.getHref(), icon: BarChartOutlined },
  organizations: {
    href: paths.app.organizations.getHref(),
    icon: BankOutlined,
  },
  users: { href: paths.app.users.getHref(), icon: UserOutlined },
  outbox: { href: paths.app.outbox.getHref(), icon: InboxOutlined },
};

/** The side navigation of each role, in display order; it also decides who may open a section. */
export const navigationByRole: Record<Role, readonly SectionKey[]> = {
  enterprise: ['dashboard', 'needs', 'experts', 'invitations', 'collaborations', 'messages'],
  expert: ['dashboard', 'profile', 'invitations', 'collaborations', 'messages'],
  bureau: ['dashboard', 'expertReviews', 'experts', 'import', 'stats', 'organizations'],
  admin: ['dashboard', 'users', 'organizations', 'experts', 'import', 'stats', 'outbox'],
};

/**
 * Sections a role may open without seeing them in its navigation: staff follow collaborations
 * (read-only) through direct links.
 */
const reachableByRole: Record<Role, readonly SectionKey[]> = {
  enterprise: [],
  expert: [],
  bureau: ['collaborations'],
  admin: ['collaborations'],
};

export function canOpenSection(role: Role, section: SectionKey): boolean {
  return navigationByRole[role].includes(section) || reachableByRole[role].includes(section);
}
