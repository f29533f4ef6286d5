import { findPhoneNumbersInText } from 'libphonenumber-js/max';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

/** Keeps a phone number's first three characters, so that the text still reads as a number. */
const maskPhone = (phone: string) => phone.slice(0, 3) + phone.slice(3).replace(/\d/g, '*');

/**
 * The text with its phone numbers (Chinese mobiles and landlines, international ones) and email
 * addresses masked, and whether anything was. libphonenumber's full metadata tells numbers from
 * dates and amounts.
 */
export function maskContacts(text: string): { text: string; masked: boolean } {
  let masked = false;
  let out = '';
  let from = 0;
  for (const found of findPhoneNumbersInText(text, 'CN')) {
    out += text.slice(from, found.startsAt) + maskPhone(text.slice(found.startsAt, found.endsAt));
    from = found.endsAt;
    masked = true;
  }
  out += text.slice(from);
  const result = out.replace(EMAIL, () => {
    masked = true;
    return '***@***';
  });
  return { text: result, masked };
}
