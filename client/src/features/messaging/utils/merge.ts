import type { MessageDto } from '@qs/shared';

/** Pages of history as the server gives them: each newest first, later pages older. */
export interface MessagePages {
  pages: { items: MessageDto[]; limit: number; hasMore: boolean }[];
  pageParams: unknown[];
}

/**
 * Adds a message that arrived live (or was just acknowledged) to the cached history: on top of
 * the first page, unless it is already there by id or by the sender's clientId.
 */
export function addMessage(history: MessagePages, message: MessageDto): MessagePages {
  const known = history.pages.some((page) =>
    page.items.some(
      (item) =>
        item.id === message.id ||
        (item.senderId === message.senderId && item.clientId === message.clientId),
    ),
  );
  if (known || history.pages.length === 0) return history;
  const [first, ...rest] = history.pages;
  const items = [message, ...(first?.items ?? [])].sort((a, b) => b.id.localeCompare(a.id));
  return { ...history, pages: [{ ...(first as MessagePages['pages'][number]), items }, ...rest] };
}

/** The whole history oldest first, as a chat shows it. */
export function chronological(history: MessagePages | undefined): MessageDto[] {
  if (!history) return [];
  const seen = new Set<string>();
  const all: MessageDto[] = [];
  for (const page of history.pages) {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      all.push(item);
    }
  }
  return all.sort((a, b) => a.id.localeCompare(b.id));
}

/** The newest message of mine that `others` have read: where the "read" mark goes. */
export function lastReadByOthers(
  messages: MessageDto[],
  reads: { userId: string; messageId: string }[],
  me: string,
): string | undefined {
  const marks = reads.filter((read) => read.userId !== me).map((read) => read.messageId);
  if (marks.length === 0) return undefined;
  const furthest = marks.sort().at(-1) as string;
  return messages.filter((m) => m.senderId === me && m.id <= furthest).at(-1)?.id;
}
