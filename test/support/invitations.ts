import { io as connect, type Socket } from 'socket.io-client';
import type { UserDto } from '@qs/shared';
import { enterpriseRegistration, needInput, registeredClient, verifiedExpert } from './factories';
import type { TestClient } from './platform';

/** Test arrangements for the enterprise–expert loop, shared by the modules' tests. */

export interface Party {
  client: TestClient;
  user: UserDto;
}

export interface EnterpriseParty extends Party {
  organizationName: string;
}

export interface ExpertParty extends Party {
  expertId: string;
}

export async function enterprise(url: string, city = '青岛'): Promise<EnterpriseParty> {
  const body = enterpriseRegistration();
  const organizationName = `${body.organization.name}-${city}`;
  const registered = await registeredClient(url, {
    ...body,
    organization: { ...body.organization, name: organizationName, city },
  });
  return { ...registered, organizationName };
}

export async function expert(
  url: string,
  bureau: TestClient,
  profile: Record<string, unknown> = {},
): Promise<ExpertParty> {
  const verified = await verifiedExpert(url, bureau, profile);
  return { client: verified.client, user: verified.user, expertId: verified.expert.id };
}

export async function openNeed(owner: TestClient, overrides: Record<string, unknown> = {}) {
  const res = await owner.post('/needs', needInput(overrides));
  if (res.status !== 201) throw new Error(`need failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.need.id as string;
}

export function invite(owner: TestClient, needId: string, expertId: string, extra: object = {}) {
  return owner.post(`/needs/${needId}/invitations`, {
    expertId,
    message: '诚邀您参与我司的数字化转型诊断',
    ...extra,
  });
}

/** A pending invitation from a new need of `owner` to `invited`; returns its id. */
export async function pendingInvitation(owner: TestClient, invited: ExpertParty): Promise<string> {
  const res = await invite(owner, await openNeed(owner), invited.expertId);
  if (res.status !== 201)
    throw new Error(`invite failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.invitation.id as string;
}

/** An accepted invitation and the collaboration it started. */
export async function acceptedInvitation(owner: TestClient, invited: ExpertParty) {
  const invitationId = await pendingInvitation(owner, invited);
  const res = await invited.client.post(`/invitations/${invitationId}/accept`);
  if (res.status !== 200)
    throw new Error(`accept failed: ${res.status} ${JSON.stringify(res.body)}`);
  return {
    invitationId,
    conversationId: res.body.conversationId as string,
    collaborationId: res.body.collaborationId as string,
  };
}

/** A Socket.io connection of a signed-in client, resolved once connected. */
export async function connectedSocket(
  url: string,
  party: Party,
  headers: Record<string, string> = {},
): Promise<Socket> {
  const socket = connect(url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { ...headers, cookie: party.client.sessionCookie() },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

/** The next `event` on the socket whose payload passes `match`. */
export function nextEvent<T>(
  socket: Socket,
  event: string,
  match: (payload: T) => boolean = () => true,
  timeoutMs = 5_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}
