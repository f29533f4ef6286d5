import { taxonomy } from '@qs/shared';
import { csvLine, guardFormula } from '../../lib/csv';
import { ExpertModel, type ExpertRecord } from './expert.model';
import {
  availabilityLabel,
  exportHeader,
  importFields,
  poolLabel,
  verificationHeader,
  verificationLabel,
  type ImportField,
} from './import-columns';

const skillNames = new Map(taxonomy.skills.map((s) => [s.id, s.zh]));
const sectorNames = new Map(taxonomy.sectors.map((s) => [s.id, s.zh]));
const names = (ids: string[], byId: Map<string, string>) =>
  ids.map((id) => byId.get(id) ?? id).join('；');

/** The cells of one expert, in the import's vocabulary, so the file can be imported back. */
export const cellOf: { [F in ImportField]: (expert: ExpertRecord) => string } = {
  name: (e) => e.name,
  title: (e) => e.title ?? '',
  organization: (e) => e.organization ?? '',
  city: (e) => e.city ?? '',
  pool: (e) => poolLabel(e.pool),
  skills: (e) => names(e.skills ?? [], skillNames),
  sectors: (e) => names(e.sectors ?? [], sectorNames),
  yearsOfExperience: (e) => String(e.yearsOfExperience ?? 0),
  email: (e) => e.contact?.email ?? '',
  phone: (e) => e.contact?.phone ?? '',
  bio: (e) => e.bio ?? '',
  availability: (e) => availabilityLabel(e.availability),
};

/**
 * Every expert as CSV lines: UTF-8 with a BOM and CRLF so Excel opens the Chinese text correctly,
 * read through a cursor so the whole collection is never in memory.
 */
export async function* exportExpertsCsv(): AsyncGenerator<string> {
  yield `\uFEFF${csvLine([...importFields.map(exportHeader), verificationHeader])}`;
  const cursor = ExpertModel.find()
    .sort({ _id: 1 })
    .lean<ExpertRecord[]>()
    .cursor({ batchSize: 500 });
  for await (const expert of cursor) {
    const cells = importFields.map((field) => guardFormula(cellOf[field](expert)));
    yield csvLine([...cells, verificationLabel(expert.verification.status)]);
  }
}
