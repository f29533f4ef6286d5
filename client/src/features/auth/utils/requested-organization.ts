import type { UserDto } from '@qs/shared';

/*
 * A pending member may not read its organization (403 membership_pending) and `me` carries only
 * its id: the name this browser sent with the request is kept so the waiting page can show it.
 */
const storageKey = (userId: string) => `qs.requestedOrganization.${userId}`;

export function rememberRequestedOrganization(user: UserDto, name: string): void {
  try {
    if (user.membership === 'pending') localStorage.setItem(storageKey(user.id), name);
    else localStorage.removeItem(storageKey(user.id));
  } catch {
    // Storage may be unavailable (private mode): the page then names no organization.
  }
}

export function requestedOrganizationName(userId: string): string | null {
  try {
    return localStorage.getItem(storageKey(userId));
  } catch {
    return null;
  }
}
