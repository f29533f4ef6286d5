import { Types, type AnyBulkWriteOperation } from 'mongoose';
import { poolOfCity, type ImportChange, type ImportSummary } from '@qs/shared';
import { recordAudit } from '../../lib/audit';
import { ExpertModel, type ExpertRecord } from './expert.model';
import { importFields, mapHeader, type ImportField } from './import-columns';
import { readSpreadsheet, type Sheet, type SheetRow } from './import-file';
import {
  fieldError,
  missingToCreate,
  parseRow,
  type FieldError,
  type ImportedExpert,
} from './import-row';
import { domainEvents } from '../../lib/events';
import { reviewedProfile } from './review-diff';
import type { Lang } from '../../lib/i18n';

type RejectedRow = ImportSummary['rejected'][number];

export interface ImportOptions {
  /** Recorded on each created expert and in the audit log. */
  fileName: string;
  /** Absent when the command line imports. */
  actorId?: string;
  /** Experts written so far (created or updated) out of those the file changes. */
  onProgress?: (done: number, total: number) => void;
  /** The language of the rejections and warnings. */
  lang: Lang;
  /** Whether created experts start verified (the importer chose so, audited) or wait for review. */
  verified: boolean;
  /** Tell what would be created, updated and rejected, and write nothing. */
  dryRun?: boolean;
}

interface ValidRow {
  row: number;
  values: ImportedExpert;
}

const WRITE_CHUNK = 1000;

/**
 * Creates or updates experts from a .csv or .xlsx file. Rows are matched by email, else phone, so
 * the same file twice changes nothing; without transactions, an interrupted import is simply run again.
 */
export async function importExperts(
  buffer: Buffer,
  options: ImportOptions,
): Promise<ImportSummary> {
  const sheet = await readSpreadsheet(buffer, options.fileName);
  const { summary, operations, run } = await planImport(sheet, options);
  if (options.dryRun) return summary;
  await writeInChunks(operations, options.onProgress);
  await recordAudit({
    ...(options.actorId ? { actorId: new Types.ObjectId(options.actorId) } : {}),
    action: 'experts.imported',
    targetType: 'expert-import',
    targetId: run.id,
    note: options.fileName,
    data: {
      ...run.counts,
      rows: summary.rows,
      rejected: summary.rejected.length,
      verified: options.verified,
    },
  });
  domainEvents.emit('experts.imported', {
    created: run.counts.created,
    updated: run.counts.updated,
  });
  return summary;
}

/** What a file would do, row by row, read against the stored experts; nothing is written. */
export async function planImport(sheet: Sheet, options: ImportOptions) {
  const { columns, warnings } = mapHeader(sheet.header, options.lang);
  const { valid, rejected } = validateRows(sheet.rows, columns, options.lang);
  const run = new ImportRun(options, await lookup(valid));
  const operations = valid.flatMap(({ row, values }) => run.plan(row, values) ?? []);
  const summary: ImportSummary = {
    rows: sheet.rows.length,
    ...run.counts,
    rejected: [...rejected, ...run.rejected].sort((a, b) => a.row - b.row),
    warnings,
    dryRun: options.dryRun === true,
    verified: options.verified,
    ...(options.dryRun ? { changes: run.changes } : {}),
  };
  return { summary, operations, run };
}

/** Unordered bulk writes, so one failing document does not hold back the others of its chunk. */
async function writeInChunks(
  operations: AnyBulkWriteOperation<ExpertRecord>[],
  onProgress: ImportOptions['onProgress'],
): Promise<void> {
  onProgress?.(0, operations.length);
  for (let start = 0; start < operations.length; start += WRITE_CHUNK) {
    const chunk = operations.slice(start, start + WRITE_CHUNK);
    await ExpertModel.bulkWrite(chunk, { ordered: false });
    onProgress?.(start + chunk.length, operations.length);
  }
}

/** Field checks, then within-file duplicates by the same keys the database match uses. */
function validateRows(rows: SheetRow[], columns: Map<ImportField, number>, lang: Lang) {
  const valid: ValidRow[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new SeenKeys(lang);
  for (const { row, cells } of rows) {
    const result = parseRow(cells, columns, lang);
    const duplicate = 'values' in result ? seen.duplicate(result.values) : undefined;
    if ('errors' in result) rejected.push({ row, errors: result.errors });
    else if (duplicate) rejected.push({ row, errors: [duplicate] });
    else {
      seen.add(row, result.values);
      valid.push({ row, values: result.values });
    }
  }
  return { valid, rejected };
}

/**
 * Mirrors `matchOf`: the same email is the same expert; the same phone is too, unless both rows
 * have (different) emails — colleagues may share an office phone.
 */
class SeenKeys {
  private readonly email = new Map<string, number>();
  private readonly phone = new Map<string, number>();
  private readonly phoneWithoutEmail = new Map<string, number>();

  constructor(private readonly lang: Lang) {}

  duplicate(values: ImportedExpert): FieldError | undefined {
    const byEmail = values.email !== undefined ? this.email.get(values.email) : undefined;
    if (byEmail) return fieldError(this.lang, 'email', 'duplicate_of_row', { row: byEmail });
    if (values.phone === undefined) return undefined;
    const byPhone = (values.email === undefined ? this.phone : this.phoneWithoutEmail).get(
      values.phone,
    );
    return byPhone
      ? fieldError(this.lang, 'phone', 'duplicate_of_row', { row: byPhone })
      : undefined;
  }

  add(row: number, values: ImportedExpert): void {
    if (values.email !== undefined && !this.email.has(values.email))
      this.email.set(values.email, row);
    if (values.phone === undefined) return;
    if (!this.phone.has(values.phone)) this.phone.set(values.phone, row);
    if (values.email === undefined && !this.phoneWithoutEmail.has(values.phone))
      this.phoneWithoutEmail.set(values.phone, row);
  }
}

type Existing = Pick<ExpertRecord, '_id' | 'contact'> & Partial<ExpertRecord>;

const profileFields = importFields.filter(
  (field): field is Exclude<ImportField, 'email' | 'phone'> =>
    field !== 'email' && field !== 'phone',
);
const lookupProjection = Object.fromEntries(
  [...profileFields, 'contact'].map((field) => [field, 1]),
);

/** One import: its counts, and which stored experts its rows already claimed. */
class ImportRun {
  readonly id = new Types.ObjectId();
  readonly counts = { created: 0, updated: 0, unchanged: 0 };
  readonly rejected: RejectedRow[] = [];
  /** What each accepted row creates or updates, in row order. */
  readonly changes: ImportChange[] = [];
  private readonly claimed = new Map<string, number>();
  private readonly actorId: Types.ObjectId | undefined;

  constructor(
    private readonly options: ImportOptions,
    private readonly existing: ExistingIndex,
  ) {
    this.actorId = options.actorId ? new Types.ObjectId(options.actorId) : undefined;
  }

  /** The write a row needs, if any: an insert, an update of what differs, or nothing. */
  plan(row: number, values: ImportedExpert): AnyBulkWriteOperation<ExpertRecord> | undefined {
    const match = matchOf(values, this.existing);
    if (!match) return this.create(row, values);
    const id = match._id.toString();
    const claimedBy = this.claimed.get(id);
    if (claimedBy) {
      const field = values.email !== undefined ? 'email' : 'phone';
      const lang = this.options.lang;
      this.reject(row, [fieldError(lang, field, 'same_expert_as_row', { row: claimedBy })]);
      return undefined;
    }
    this.claimed.set(id, row);
    const set = changes(match, values);
    if (Object.keys(set).length === 0) {
      this.counts.unchanged++;
      return undefined;
    }
    this.counts.updated++;
    this.changes.push({ row, action: 'update', name: values.name, fields: changedFields(set) });
    return { updateOne: { filter: { _id: match._id }, update: { $set: set } } };
  }

  private create(
    row: number,
    values: ImportedExpert,
  ): AnyBulkWriteOperation<ExpertRecord> | undefined {
    const missing = missingToCreate(values, this.options.lang);
    if (missing.length > 0) {
      this.reject(row, missing);
      return undefined;
    }
    this.counts.created++;
    this.changes.push({ row, action: 'create', name: values.name });
    const now = new Date();
    const { email, phone, ...profile } = values;
    const fields = {
      ...profile,
      pool: values.pool ?? poolOfCity(values.city),
      contact: { ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
    };
    const document = {
      ...fields,
      verification: {
        status: this.options.verified ? 'verified' : 'pending',
        ...(this.options.verified ? { verifiedProfile: reviewedProfile(fields) } : {}),
        at: now,
        history: [{ decision: 'imported', by: this.actorId, note: this.options.fileName, at: now }],
      },
      source: 'import',
    };
    // Mongoose casts and fills the defaults; the driver's type wants the finished document.
    return { insertOne: { document: document as unknown as ExpertRecord } };
  }

  private reject(row: number, errors: FieldError[]): void {
    this.rejected.push({ row, errors });
  }
}

interface ExistingIndex {
  byEmail: Map<string, Existing>;
  byPhone: Map<string, Existing[]>;
}

// Up to this many rows, one `$in` query; past it, one pass over the collection.
const IN_QUERY_MAX_ROWS = 200;

/**
 * The stored experts the rows may match, read once before any write. A server without secondary
 * indexes (mongo-java-server) compares every document with every `$in` value, so a large file reads
 * the collection once instead: linear in the number of experts on any server.
 */
async function lookup(rows: ValidRow[]): Promise<ExistingIndex> {
  const emails = new Set(rows.flatMap(({ values }) => values.email ?? []));
  const phones = new Set(rows.flatMap(({ values }) => values.phone ?? []));
  const filter =
    rows.length <= IN_QUERY_MAX_ROWS
      ? {
          $or: [
            { 'contact.email': { $in: [...emails] } },
            { 'contact.phone': { $in: [...phones] } },
          ],
        }
      : {};
  const index: ExistingIndex = { byEmail: new Map(), byPhone: new Map() };
  const cursor = ExpertModel.find(filter, lookupProjection)
    .sort({ _id: 1 })
    .lean<Existing[]>()
    .cursor({ batchSize: 1000 });
  for await (const expert of cursor) {
    const { email, phone } = expert.contact ?? {};
    if (email && emails.has(email) && !index.byEmail.has(email)) index.byEmail.set(email, expert);
    if (phone && phones.has(phone))
      index.byPhone.set(phone, [...(index.byPhone.get(phone) ?? []), expert]);
  }
  return index;
}

/** By email; else by phone, but never an expert whose email says it is someone else. */
function matchOf(values: ImportedExpert, index: ExistingIndex): Existing | undefined {
  const byEmail = values.email !== undefined ? index.byEmail.get(values.email) : undefined;
  if (byEmail || values.phone === undefined) return byEmail;
  return index.byPhone
    .get(values.phone)
    ?.find((expert) => values.email === undefined || !expert.contact?.email);
}

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.join('\u0000') === b.join('\u0000') : a === b;

/** The import fields a `$set` changes: `contact.email` is the column `email`. */
const changedFields = (set: Record<string, unknown>) =>
  Object.keys(set).map((path) => path.replace(/^contact\./, ''));

/** The `$set` of what the row says differently; blank cells were left out, so they erase nothing. */
function changes(expert: Existing, values: ImportedExpert): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const field of profileFields) {
    const value = values[field];
    if (value !== undefined && !same(expert[field], value)) set[field] = value;
  }
  if (values.email !== undefined && values.email !== expert.contact?.email)
    set['contact.email'] = values.email;
  if (values.phone !== undefined && values.phone !== expert.contact?.phone)
    set['contact.phone'] = values.phone;
  return set;
}
