import type { MessageDto } from '@qs/shared';
import { describe, expect, it } from 'vitest';
import { addMessage, chronological, lastReadByOthers, type MessagePages } from './merge';

const message = (id: string, senderId = 'me', clientId = `c-${id}`): MessageDto => ({
  id,
  conversationId: 'conv',
  senderId,
  body: `body ${id}`,
  clientId,
  createdAt: '2026-11-28T00:00:00.000Z',
});

const history = (...pages: MessageDto[][]): MessagePages => ({
  pages: pages.map((items) => ({ items, limit: 50, hasMore: false })),
  pageParams: pages.map(() => undefined),
});

describe('message history', () => {
  it('when a new message arrives, then it goes on top of the first page', () => {
    const next = addMessage(history([message('02'), message('01')]), message('03', 'other'));
    expect(next.pages[0]?.items.map((m) => m.id)).toEqual(['03', '02', '01']);
  });

  it('when the same message arrives twice, by id or by clientId, then it is kept once', () => {
    const start = history([message('02'), message('01')]);
    expect(addMessage(start, message('02'))).toBe(start);
    expect(addMessage(start, message('09', 'me', 'c-02'))).toBe(start);
  });

  it('when pages overlap, then the chat shows each message once, oldest first', () => {
    const pages = history([message('04'), message('03')], [message('03'), message('01')]);
    expect(chronological(pages).map((m) => m.id)).toEqual(['01', '03', '04']);
  });

  it('when the other side has read up to a message, then my latest message up to it is marked', () => {
    const messages = [message('01'), message('02', 'other'), message('03'), message('04')];
    expect(lastReadByOthers(messages, [{ userId: 'other', messageId: '03' }], 'me')).toBe('03');
    expect(lastReadByOthers(messages, [{ userId: 'me', messageId: '04' }], 'me')).toBeUndefined();
  });
});
