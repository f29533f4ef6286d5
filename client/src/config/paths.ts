/** Every route path of the app; pages and links read them from here. */

// Only same-origin absolute paths are followed after sign-in, never `//host` or `https://…`.
export function safeRedirectTarget(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  return value;
}

function withRedirect(path: string, redirectTo?: string | null): string {
  const target = safeRedirectTarget(redirectTo);
  return target ? `${path}?redirectTo=${encodeURIComponent(target)}` : path;
}

const appRoot = '/app';

function appPath<const P extends string>(path: P) {
  return { path, getHref: () => `${appRoot}/${path}` } as const;
}

/** A page of one record, e.g. `experts/:expertId` or `organizations/:organizationId/credit`. */
function recordPath<const P extends string>(path: P) {
  return {
    path,
    getHref: (id: string) => `${appRoot}/${path.replace(/:\w+/, () => encodeURIComponent(id))}`,
  } as const;
}

export const paths = {
  home: { path: '/', getHref: () => '/' },
  auth: {
    login: {
      path: '/login',
      getHref: (redirectTo?: string | null) => withRedirect('/login', redirectTo),
    },
    register: {
      path: '/register',
      getHref: (redirectTo?: string | null) => withRedirect('/register', redirectTo),
    },
    resetPassword: { path: '/reset-password', getHref: () => '/reset-password' },
  },
  app: {
    root: { path: appRoot, getHref: () => appRoot },
    dashboard: { path: '', getHref: () => appRoot },
    needs: appPath('needs'),
    needNew: appPath('needs/new'),
    needCatalogue: appPath('needs/catalogue'),
    openNeeds: appPath('needs/open'),
    needDetail: recordPath('needs/:needId'),
    experts: appPath('experts'),
    expertDetail: recordPath('experts/:expertId'),
    invitations: appPath('invitations'),
    invitationDetail: recordPath('invitations/:invitationId'),
    collaborations: appPath('collaborations'),
    collaborationDetail: recordPath('collaborations/:collaborationId'),
    messages: appPath('messages'),
    messageDetail: recordPath('messages/:conversationId'),
    /** The conversation an accepted invitation opened, found by the messages page. */
    messagesOfInvitation: {
      getHref: (invitationId: string) =>
        `${appRoot}/messages?invitationId=${encodeURIComponent(invitationId)}`,
    },
    profile: appPath('profile'),
    expertReviews: appPath('expert-reviews'),
    import: appPath('import'),
    stats: appPath('stats'),
    organizations: appPath('organizations'),
    members: appPath('members'),
    membershipRequests: appPath('membership-requests'),
    users: appPath('users'),
    outbox: appPath('outbox'),
    credit: appPath('credit'),
    organizationCredit: recordPath('organizations/:organizationId/credit'),
  },
} as const;
