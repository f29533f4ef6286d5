import { Schema, model } from 'mongoose';

/** The read model's series: what it counts, each record under the Beijing day it is counted on. */
export const seriesNames = [
  'experts',
  'needs',
  'invitations',
  'collaborations',
  'completions',
] as const;
export type SeriesName = (typeof seriesNames)[number];

/**
 * One series' records of one Beijing day (`_id` `invitations:2026-03-01`): each record's own
 * contribution (`facts`, by the record's id), so that an update replaces a contribution rather
 * than adding to a count, and their sum by cell (`summary`, JSON), which is all the figures read.
 * `v` numbers the writes, so that a write based on an older read fails and is retried.
 */
export interface StatsDayRecord {
  _id: string;
  series: SeriesName;
  day: string;
  v: number;
  facts: Record<string, unknown>;
  /** how many records the day holds */
  n: number;
  summary: string;
}

const statsDaySchema = new Schema<StatsDayRecord>(
  {
    _id: { type: String },
    series: { type: String, enum: seriesNames, required: true },
    day: { type: String, required: true },
    v: { type: Number, required: true },
    facts: { type: Schema.Types.Mixed, default: {} },
    n: { type: Number, required: true },
    summary: { type: String, required: true },
  },
  { versionKey: false, minimize: false },
);

// The embedded server uses only unique indexes, and only for exactly their keys: without it each
// conditional write (by id and version) would scan the days.
statsDaySchema.index({ _id: 1, v: 1 }, { unique: true });

export const StatsDayModel = model<StatsDayRecord>('StatsDay', statsDaySchema, 'stats_days');

/**
 * Which version of the read model the days hold (another version, or none, is rebuilt), and what
 * they hold: the records of each series (the sum of the days' `n`) and the day and month
 * documents, kept with each write of a day, so that a start compares them with the collections'
 * counts instead of reading every day.
 */
export interface StatsModelState {
  _id: 'read-model';
  version: number;
  builtAt: Date;
  records: Record<SeriesName, number>;
  documents: { days: number; months: number };
}

const stateSchema = new Schema<StatsModelState>(
  {
    _id: { type: String },
    version: { type: Number, required: true },
    builtAt: { type: Date, required: true },
    records: Object.fromEntries(
      seriesNames.map((series) => [series, { type: Number, required: true }]),
    ),
    documents: {
      days: { type: Number, required: true },
      months: { type: Number, required: true },
    },
  },
  { versionKey: false },
);

export const StatsStateModel = model<StatsModelState>('StatsState', stateSchema, 'stats_state');

/**
 * One series' days of one month (`_id` `needs:2026-03`), summed: what the figures read for whole
 * months (`summary`, JSON, the days' cells added up), and for each cell its count on each day of
 * the month (`daily`, JSON), for trends by week. Kept from the month's days after each change.
 */
export interface StatsMonthRecord {
  _id: string;
  series: SeriesName;
  month: string;
  v: number;
  summary: string;
  daily: string;
}

const statsMonthSchema = new Schema<StatsMonthRecord>(
  {
    _id: { type: String },
    series: { type: String, enum: seriesNames, required: true },
    month: { type: String, required: true },
    v: { type: Number, required: true },
    summary: { type: String, required: true },
    daily: { type: String, required: true },
  },
  { versionKey: false },
);
statsMonthSchema.index({ _id: 1, v: 1 }, { unique: true });

export const StatsMonthModel = model<StatsMonthRecord>(
  'StatsMonth',
  statsMonthSchema,
  'stats_months',
);
