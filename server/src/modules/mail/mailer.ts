import nodemailer from 'nodemailer';
import type { MailDelivery } from '@qs/shared';
import type { Lang } from '../../lib/language';
import type { Logger } from '../../lib/logger';
import { render, type TemplateData, type TemplateName } from './mail.templates';
import { Outbox } from './outbox';

/** Names the template of each mail, so that the outbox can list mails by kind. */
export const TEMPLATE_HEADER = 'X-QS-Template';

export interface OutgoingMail<T extends TemplateName> {
  to: string;
  language: Lang;
  template: T;
  data: TemplateData[T];
}

export interface Mailer {
  readonly delivery: MailDelivery;
  /** Where the embedded delivery writes; read by the admin's outbox page. */
  readonly outbox: Outbox;
  /** Resolves with the message's id once the SMTP server accepted it or the file is written. */
  send<T extends TemplateName>(mail: OutgoingMail<T>): Promise<{ id: string }>;
  close(): void;
}

export interface MailerOptions {
  /** SMTP when set; else `.eml` files in `outboxDir`. */
  smtpUrl: string | undefined;
  from: string;
  outboxDir: string;
  logger: Logger;
}

export function createMailer(options: MailerOptions): Mailer {
  const { logger } = options;
  const outbox = new Outbox(options.outboxDir);
  const smtp = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true });

  const compose = <T extends TemplateName>(mail: OutgoingMail<T>) => ({
    from: options.from,
    to: mail.to,
    ...render(mail.template, mail.language, mail.data),
    headers: { [TEMPLATE_HEADER]: mail.template },
  });
  // Recipient, template and id only: the body may hold a one-time code.
  const logged = <T extends TemplateName>(mail: OutgoingMail<T>, id: string) => ({
    mail: { id, template: mail.template, to: mail.to },
  });

  return {
    delivery: smtp ? 'smtp' : 'outbox',
    outbox,
    async send(mail) {
      if (smtp) {
        const info = await smtp.sendMail(compose(mail));
        logger.info(logged(mail, info.messageId), 'mail sent');
        return { id: info.messageId };
      }
      const info = await files.sendMail(compose(mail));
      const id = await outbox.write(info.message as Buffer);
      logger.info(logged(mail, id), 'mail written to the outbox');
      return { id };
    },
    close() {
      smtp?.close();
    },
  };
}
