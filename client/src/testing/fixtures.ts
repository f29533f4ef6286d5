import type { CollaborationDto, ExpertDto, InvitationDto, UserDto } from '@qs/shared';

const AT = '2025-03-01T02:00:00.000Z';

export const ids = {
  organization: '65f000000000000000000001',
  expert: '65f000000000000000000002',
  need: '65f000000000000000000003',
  invitation: '65f000000000000000000004',
  collaboration: '65f000000000000000000005',
  enterpriseUser: '65f000000000000000000006',
  expertUser: '65f000000000000000000007',
  bureauUser: '65f000000000000000000008',
};

export const bureauUser: UserDto = {
  id: ids.bureauUser,
  email: 'bureau@example.com',
  name: '人社局审核员',
  role: 'bureau',
  createdAt: AT,
};

export const enterpriseUser: UserDto = {
  id: ids.enterpriseUser,
  email: 'owner@haier.example.com',
  name: '李工',
  role: 'enterprise',
  organizationId: ids.organization,
  organizationName: '青岛海尔智能',
  membership: 'active',
  orgRole: 'owner',
  createdAt: AT,
};

export function anExpert(overrides: Partial<ExpertDto> = {}): ExpertDto {
  return {
    id: ids.expert,
    name: '张伟',
    title: '高级工程师',
    organization: '深圳智造研究院',
    city: '深圳',
    pool: 'shenzhen',
    skills: [],
    sectors: [],
    bio: '',
    yearsOfExperience: 12,
    availability: 'available',
    collaborationModes: ['remote'],
    contact: { email: 'zhangwei@example.com' },
    verification: { status: 'pending', at: AT },
    rating: { average: 0, count: 0 },
    responseRate: 0,
    activeCollaborations: 0,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

const parties = {
  needId: ids.need,
  needTitle: '产线边缘计算改造',
  organizationId: ids.organization,
  organizationName: '青岛海尔智能',
  expertId: ids.expert,
  expertName: '张伟',
};

export function aCollaboration(overrides: Partial<CollaborationDto> = {}): CollaborationDto {
  return {
    id: ids.collaboration,
    invitationId: ids.invitation,
    ...parties,
    status: 'active',
    history: [{ status: 'active', by: ids.expertUser, side: 'expert', at: AT }],
    ratings: {},
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function anInvitation(overrides: Partial<InvitationDto> = {}): InvitationDto {
  return {
    id: ids.invitation,
    ...parties,
    invitedBy: ids.enterpriseUser,
    message: '想请您评估产线改造方案。',
    status: 'pending',
    expiresAt: '2099-03-08T02:00:00.000Z',
    history: [{ status: 'pending', by: ids.enterpriseUser, at: AT }],
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}
