export { createMailer, type Mailer, type MailerOptions, type OutgoingMail } from './mailer';
export { registerMailRoutes } from './mail.routes';
export type { TemplateData, TemplateName } from './mail.templates';
