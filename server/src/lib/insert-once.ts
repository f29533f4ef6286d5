import type { Model, QueryFilter } from 'mongoose';

export function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: number }).code === 11000;
}

/**
 * Inserts `doc` unless a record with the same unique key exists. Without transactions the unique
 * index is the arbiter: concurrent calls converge on one record, and only one of them sees
 * `created: true`.
 */
export async function insertOnce<T>(
  model: Model<T>,
  key: QueryFilter<T>,
  doc: Partial<T>,
): Promise<{ record: T; created: boolean }> {
  try {
    const created = await model.create(doc);
    return { record: created.toObject() as T, created: true };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const existing = await model.findOne(key).lean<T>();
    if (!existing) throw err;
    return { record: existing, created: false };
  }
}
