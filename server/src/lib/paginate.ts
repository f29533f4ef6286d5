import type { Model, QueryFilter, SortOrder } from 'mongoose';

export interface PageRequest {
  page: number;
  limit: number;
}

/** One page of plain records and the total, the shape every list of the API is built from. */
export async function findPage<T>(
  model: Model<T>,
  filter: QueryFilter<T>,
  sort: Record<string, SortOrder>,
  { page, limit }: PageRequest,
): Promise<{ records: T[]; total: number }> {
  const [records, total] = await Promise.all([
    model
      .find(filter)
      .sort(sort)
      .skip((page - 1) * limit)
      .limit(limit)
      .lean<T[]>(),
    model.countDocuments(filter),
  ]);
  return { records, total };
}
