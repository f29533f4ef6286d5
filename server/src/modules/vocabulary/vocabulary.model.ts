import { Schema, model } from 'mongoose';

/**
 * The last vocabulary learned, so that every process (and `npm run reindex`) shares one: parallel
 * arrays of terms, the skill each points to and its weight.
 */
export interface VocabularyRecord {
  _id: string;
  builtAt: Date;
  buildMs: number;
  documents: number;
  /** the experts' and needs' version when learning began (counts, last change): later writes are not in it */
  corpusVersion: string;
  terms: string[];
  skills: string[];
  weights: number[];
}

const vocabularySchema = new Schema<VocabularyRecord>(
  {
    _id: { type: String, required: true },
    builtAt: { type: Date, required: true },
    buildMs: { type: Number, required: true },
    documents: { type: Number, required: true },
    corpusVersion: { type: String, default: '' },
    terms: { type: [String], default: [] },
    skills: { type: [String], default: [] },
    weights: { type: [Number], default: [] },
  },
  { versionKey: false },
);

export const VocabularyModel = model<VocabularyRecord>('Vocabulary', vocabularySchema);
