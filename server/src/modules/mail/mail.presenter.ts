import type { AddressObject, HeaderValue, ListHeaders, StructuredHeader } from 'mailparser';
import type { OutboxMailDto, OutboxMailSummaryDto } from '@qs/shared';
import { TEMPLATE_HEADER } from './mailer';
import type { OutboxMail } from './outbox';

const isAddress = (value: AddressObject | StructuredHeader | ListHeaders): value is AddressObject =>
  Array.isArray(value.value);
const isStructured = (value: StructuredHeader | ListHeaders): value is StructuredHeader =>
  typeof value.value === 'string';

/** A parsed header as one line of text again, decoded. */
function headerText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(headerText).join(', ');
  if (isAddress(value)) return value.text;
  if (isStructured(value)) {
    const params = Object.entries(value.params).map(([key, param]) => `${key}=${param}`);
    return [value.value, ...params].join('; ');
  }
  return Object.entries(value)
    .map(([key, entry]) => `${key}: ${entry.url ?? entry.mail ?? entry.id ?? entry.name ?? ''}`)
    .join(', ');
}

function addresses(value: OutboxMail['parsed']['to']): string[] {
  const objects = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return objects.flatMap((each) => each.value.flatMap((address) => address.address ?? []));
}

export function presentOutboxSummary({ id, parsed }: OutboxMail): OutboxMailSummaryDto {
  const template = parsed.headers.get(TEMPLATE_HEADER.toLowerCase());
  return {
    id,
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    ...(typeof template === 'string' ? { template } : {}),
    // The file name starts with the time it was written, should the Date header be missing.
    date: (parsed.date ?? new Date(Number(id.slice(0, 13)))).toISOString(),
  };
}

export function presentOutboxMail(mail: OutboxMail): OutboxMailDto {
  const { parsed } = mail;
  return {
    ...presentOutboxSummary(mail),
    from: parsed.from?.text ?? '',
    headers: [...parsed.headers].map(([name, value]) => ({ name, value: headerText(value) })),
    text: parsed.text ?? '',
  };
}
