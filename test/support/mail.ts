import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { until } from './wait';

export interface ReceivedMail {
  /** envelope recipients */
  to: string[];
  parsed: ParsedMail;
}

/** A real SMTP server on 127.0.0.1, port 0, keeping every message it receives. */
export interface Mailbox {
  url: string;
  received: ReceivedMail[];
  /** The mails received so far for `address`. */
  to(address: string): ReceivedMail[];
  /** Waits for the next mail to `address` after the `seen` first ones; throws after 10 s. */
  next(address: string, seen?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startMailbox(): Promise<Mailbox> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), parsed });
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  const to = (address: string) => received.filter((mail) => mail.to.includes(address));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to,
    async next(address, seen = 0) {
      if (!(await until(async () => to(address).length > seen, 10_000)))
        throw new Error(`no mail to ${address} arrived`);
      return to(address)[seen] as ReceivedMail;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
