/** CSV for Excel users: RFC 4180 quoting, CRLF line ends, formulas defused. */

/**
 * Excel runs cells that start with = + - @ as formulas; users write much of what is exported, so
 * such text is prefixed with `'` (the expert import removes it again). Numbers stay as they are.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@]/.test(value) && !/^[+-]?\d[\d .-]*$/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const csvLine = (values: string[]) => `${values.map(csvField).join(',')}\r\n`;
