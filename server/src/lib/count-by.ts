import type { Model, PipelineStage, QueryFilter } from 'mongoose';

/** Counts of a collection's documents by the value of one field; for the owning module's statistics. */
export async function countBy<T>(
  model: Model<T>,
  field: string,
  match: QueryFilter<T> = {},
): Promise<Record<string, number>> {
  const pipeline: PipelineStage[] = [
    { $match: match as Record<string, unknown> },
    { $group: { _id: `$${field}`, count: { $sum: 1 } } },
  ];
  const rows = await model.aggregate<{ _id: unknown; count: number }>(pipeline);
  return Object.fromEntries(
    rows
      .filter((row) => row._id !== null && row._id !== undefined)
      .map((row) => [String(row._id), row.count]),
  );
}

/** A range of creation times, either end open. */
export interface CreatedRange {
  from?: Date;
  to?: Date;
}

/** The filter of records created within the range. */
export function createdWithin(range: CreatedRange) {
  if (!range.from && !range.to) return {};
  return {
    createdAt: {
      ...(range.from ? { $gte: range.from } : {}),
      ...(range.to ? { $lt: range.to } : {}),
    },
  };
}

/** What the statistics are narrowed to: created in the range, in a city, in a sector. */
export interface StatsScope extends CreatedRange {
  city?: string;
  sector?: string;
}

/**
 * The filter of a module's own records within the scope, by their `city` and by the field that
 * holds their sector (a need's `sector`, an expert's or organization's `sectors`).
 */
export function withinScope(scope: StatsScope, sectorField: 'sector' | 'sectors') {
  return {
    ...createdWithin(scope),
    ...(scope.city ? { city: scope.city } : {}),
    ...(scope.sector ? { [sectorField]: scope.sector } : {}),
  };
}
