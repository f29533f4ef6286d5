import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BulbOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  IdcardOutlined,
  InboxOutlined,
  MailOutlined,
  MessageOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { ownsOrganization, type Role, type UserDto } from '@qs/shared';
import type { ComponentType } from 'react';
import { paths } from './paths';

export const sectionKeys = [
  'dashboard',
  'needs',
  'experts',
  'invitations',
  'collaborations',
  'messages',
  'members',
  'profile',
  'expertReviews',
  'membershipRequests',
  'import',
  'stats',
  'organizations',
  'users',
  'outbox',
  'credit',
  'catalogue',
  'openNeeds',
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
  members: { href: paths.app.members.getHref(), icon: UsergroupAddOutlined },
  profile: { href: paths.app.profile.getHref(), icon: IdcardOutlined },
  expertReviews: {
    href: paths.app.expertReviews.getHref(),
    icon: AuditOutlined,
  },
  membershipRequests: {
    href: paths.app.membershipRequests.getHref(),
    icon: SolutionOutlined,
  },
  import: { href: paths.app.import.getHref(), icon: CloudUploadOutlined },
  stats: { href: paths.app.stats.getHref(), icon: BarChartOutlined },
  organizations: {
    href: paths.app.organizations.getHref(),
    icon: BankOutlined,
  },
  users: { href: paths.app.users.getHref(), icon: UserOutlined },
  outbox: { href: paths.app.outbox.getHref(), icon: InboxOutlined },
  credit: { href: paths.app.credit.getHref(), icon: SafetyCertificateOutlined },
  catalogue: { href: paths.app.needCatalogue.getHref(), icon: ReadOutlined },
  openNeeds: { href: paths.app.openNeeds.getHref(), icon: BulbOutlined },
};

/** Whom the navigation is for: the account, and for enterprise accounts its membership. */
export type Viewer = Pick<UserDto, 'id' | 'role' | 'organizationId' | 'membership' | 'orgRole'>;

/** An enterprise account uses the app only once it is an active member of an organization. */
export function awaitsMembership(viewer: Viewer): boolean {
  return viewer.role === 'enterprise' && viewer.membership !== 'active';
}

/** The side navigation of each role, in display order; it also decides who may open a section. */
const navigationByRole: Record<Role, readonly SectionKey[]> = {
  enterprise: [
    'dashboard',
    'needs',
    'catalogue',
    'experts',
    'invitations',
    'collaborations',
    'messages',
    'credit',
  ],
  expert: [
    'dashboard',
    'openNeeds',
    'catalogue',
    'profile',
    'invitations',
    'collaborations',
    'messages',
  ],
  bureau: [
    'dashboard',
    'expertReviews',
    'membershipRequests',
    'experts',
    'import',
    'stats',
    'organizations',
    'credit',
    'catalogue',
  ],
  admin: [
    'dashboard',
    'users',
    'organizations',
    'membershipRequests',
    'experts',
    'import',
    'stats',
    'outbox',
    'credit',
    'catalogue',
  ],
};

/** The sections in the viewer's navigation: none while waiting for a membership. */
export function navigationOf(viewer: Viewer): readonly SectionKey[] {
  if (awaitsMembership(viewer)) return [];
  const owner =
    viewer.organizationId !== undefined && ownsOrganization(viewer, viewer.organizationId);
  return owner ? [...navigationByRole[viewer.role], 'members'] : navigationByRole[viewer.role];
}

/**
 * Sections a role may open without seeing them in its navigation: staff follow collaborations
 * (read-only) through direct links.
 */
const reachableByRole: Record<Role, readonly SectionKey[]> = {
  enterprise: [],
  // The expert's credit record opens from the profile page: the phone's five tabs stay as they are.
  // A need's page opens from the open needs and the catalogue.
  expert: ['credit', 'needs'],
  bureau: ['collaborations'],
  admin: ['collaborations'],
};

export function canOpenSection(viewer: Viewer, section: SectionKey): boolean {
  return navigationOf(viewer).includes(section) || reachableByRole[viewer.role].includes(section);
}

/** A phone's tab bar holds this many places; past it, the last tab opens the others. */
export const PHONE_TABS = 5;

/**
 * Roles whose daily places all stay tabs even when they have more: the expert's five
 * (工作台/邀请/合作/消息/我的), with 更多 beside them for browsing needs and scenarios.
 */
const keepsAllTabs: Record<Role, boolean> = {
  enterprise: false,
  expert: true,
  bureau: false,
  admin: false,
};

/** What each role reaches first on a phone, in tab order. */
const phoneTabsByRole: Record<Role, readonly SectionKey[]> = {
  enterprise: ['dashboard', 'needs', 'invitations', 'messages'],
  expert: ['dashboard', 'invitations', 'collaborations', 'messages', 'profile'],
  bureau: ['dashboard', 'expertReviews', 'experts', 'stats'],
  admin: ['dashboard', 'users', 'experts', 'stats'],
};

/** The viewer's navigation on a phone: the tabs, and the sections behind "more" (maybe none). */
export function phoneNavigationOf(viewer: Viewer): {
  tabs: SectionKey[];
  more: SectionKey[];
} {
  const sections = navigationOf(viewer);
  if (sections.length <= PHONE_TABS) {
    const order = phoneTabsByRole[viewer.role];
    const rank = (key: SectionKey) => (order.includes(key) ? order.indexOf(key) : order.length);
    return { tabs: [...sections].sort((a, b) => rank(a) - rank(b)), more: [] };
  }
  const tabs = phoneTabsByRole[viewer.role]
    .filter((key) => sections.includes(key))
    .slice(0, keepsAllTabs[viewer.role] ? PHONE_TABS : PHONE_TABS - 1);
  return { tabs, more: sections.filter((key) => !tabs.includes(key)) };
}
