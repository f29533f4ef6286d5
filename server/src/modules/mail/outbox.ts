import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { outboxIdSchema } from '@qs/shared';
import type { PageRequest } from '../../lib/paginate';

const EXTENSION = '.eml';

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * The embedded delivery: one `.eml` file per mail in one folder, named by the time it was written
 * so that names sort oldest first.
 */
export class Outbox {
  constructor(readonly dir: string) {}

  async write(message: Buffer): Promise<string> {
    const id = `${String(Date.now()).padStart(13, '0')}-${randomBytes(6).toString('hex')}`;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const file = this.file(id);
    // Written aside, then renamed: a reader never sees half a message.
    await writeFile(`${file}.tmp`, message, { mode: 0o600 });
    await rename(`${file}.tmp`, file);
    return id;
  }

  /** One page of mails, newest first. */
  async list({ page, limit }: PageRequest): Promise<{ mails: OutboxMail[]; total: number }> {
    const ids = await this.ids();
    const start = (page - 1) * limit;
    const mails = await Promise.all(
      ids.slice(start, start + limit).map(async (id) => ({ id, parsed: await this.parse(id) })),
    );
    return { mails, total: ids.length };
  }

  async read(id: string): Promise<OutboxMail | undefined> {
    try {
      return { id, parsed: await this.parse(id) };
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  private async ids(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if (isMissing(err)) return [];
      throw err;
    }
    return names
      .filter((name) => name.endsWith(EXTENSION))
      .map((name) => name.slice(0, -EXTENSION.length))
      .filter((id) => outboxIdSchema.safeParse(id).success)
      .sort()
      .reverse();
  }

  private async parse(id: string): Promise<ParsedMail> {
    return simpleParser(await readFile(this.file(id)));
  }

  private file(id: string): string {
    return path.join(this.dir, `${id}${EXTENSION}`);
  }
}

export interface OutboxMail {
  id: string;
  parsed: ParsedMail;
}
