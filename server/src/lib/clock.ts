/**
 * The platform's clock: what records are stamped with and what deadlines are measured against.
 * One per process, like the database connection; tests set it to move time instead of waiting.
 */
let current: () => Date = () => new Date();

export function now(): Date {
  return current();
}

export function setClock(clock: () => Date): void {
  current = clock;
}
