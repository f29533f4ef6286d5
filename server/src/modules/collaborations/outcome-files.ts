import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import mongoose, { type Types } from 'mongoose';
import { fileTypeFromBuffer } from 'file-type';
import { outcomeFileTypes } from '@qs/shared';
import type { OutcomeFileRecord } from './collaboration.model';

const BUCKET = 'outcomeFiles';

function database() {
  const db = mongoose.connection.db;
  if (!db) throw new Error('the database is not connected');
  return db;
}

/** The GridFS bucket of outcome files: `outcomeFiles.files` and `outcomeFiles.chunks`. */
function bucket() {
  return new mongoose.mongo.GridFSBucket(database(), { bucketName: BUCKET });
}

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
}

type OutcomeFileType = (typeof outcomeFileTypes)[number];

/** The 97–2003 Office formats share one container (CFB); only the name tells them apart. */
const compoundFileKinds: readonly string[] = ['doc', 'xls', 'ppt'];

const extensionOf = (name: string) => path.extname(name).slice(1).toLowerCase();

/**
 * The file's type as its magic bytes show it, when an outcome may attach that type; whatever the
 * name or the declared type say, content of another kind answers undefined.
 */
export async function outcomeFileType(file: UploadedFile): Promise<OutcomeFileType | undefined> {
  const found = await fileTypeFromBuffer(file.buffer);
  if (!found) return undefined;
  if (found.ext === 'cfb') {
    const named = extensionOf(file.originalname);
    if (!compoundFileKinds.includes(named)) return undefined;
    return outcomeFileTypes.find((type) => type.ext === named);
  }
  return outcomeFileTypes.find((type) => type.mime === found.mime);
}

/* eslint-disable no-control-regex -- control characters are what a stored name must not carry */
const UNSAFE_NAME = /[\u0000-\u001f\u007f-\u009f/\\]/g;
/* eslint-enable no-control-regex */

/** The uploader's name without any path or control characters, ending in the detected extension. */
function storedName(originalName: string, type: OutcomeFileType): string {
  const base = path.basename(originalName.replace(/\\/g, '/'), path.extname(originalName));
  const clean = base.replace(UNSAFE_NAME, '').trim().slice(0, 150) || 'outcome';
  return `${clean}.${type.ext}`;
}

/** Stores the file in GridFS, named after the collaboration it belongs to. */
export async function storeOutcomeFile(
  collaborationId: Types.ObjectId,
  file: UploadedFile,
  type: OutcomeFileType,
): Promise<OutcomeFileRecord> {
  const name = storedName(file.originalname, type);
  const upload = bucket().openUploadStream(name, {
    metadata: { collaborationId, contentType: type.mime },
  });
  await pipeline(Readable.from([file.buffer]), upload);
  return { id: upload.id, name, size: file.buffer.length, contentType: type.mime };
}

export function deleteOutcomeFile(id: Types.ObjectId): Promise<void> {
  return bucket().delete(id);
}

export function openOutcomeFile(id: Types.ObjectId): Readable {
  return bucket().openDownloadStream(id);
}

/** How old a file no collaboration records must be before it counts as left by a crash. */
const UNRECORDED_AFTER_MS = 60 * 60_000;
const SWEEP_BATCH = 200;

interface StoredFile {
  _id: Types.ObjectId;
  metadata?: { collaborationId?: Types.ObjectId };
}

/**
 * Deletes the files a crash left between storing them and recording the outcome: older than an
 * hour, yet not the outcome file of the collaboration they were stored for. A file found recorded
 * is marked so, and never looked at again. Returns how many files were deleted.
 */
export async function removeUnrecordedFiles(
  now: Date,
  stopping: AbortSignal,
  recordedFile: (collaborationId: Types.ObjectId) => Promise<Types.ObjectId | undefined>,
): Promise<number> {
  const files = bucket();
  const marks = database().collection<StoredFile>(`${BUCKET}.files`);
  const due = {
    uploadDate: { $lte: new Date(now.getTime() - UNRECORDED_AFTER_MS) },
    'metadata.recorded': { $ne: true },
  };
  let removed = 0;
  while (!stopping.aborted) {
    const batch = (await files.find(due).limit(SWEEP_BATCH).toArray()) as StoredFile[];
    for (const file of batch) {
      const owner = file.metadata?.collaborationId;
      const recorded = owner && (await recordedFile(owner));
      if (recorded?.equals(file._id)) {
        await marks.updateOne({ _id: file._id }, { $set: { 'metadata.recorded': true } });
      } else {
        await files.delete(file._id);
        removed++;
      }
    }
    if (batch.length < SWEEP_BATCH) break;
  }
  return removed;
}
