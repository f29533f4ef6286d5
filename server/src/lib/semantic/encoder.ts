import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import type * as OrtModule from 'onnxruntime-node';
import { EMBEDDING_MODEL_FILES } from '../../paths';

/** Needs and problems are short; longer texts are cut (a Chinese character is about one token). */
const MAX_CHARS = 126;
const BATCH = 16;
/** Texts batched together are at most this many times as long as the batch's shortest. */
const SAME_LENGTH = 1.3;

type Ort = typeof OrtModule;

/**
 * Sentence vectors from bge-small-zh-v1.5 (ONNX, on the CPU): the [CLS] state, L2-normalized, so
 * that a dot product is the cosine similarity. One thread, so the web server keeps the other core.
 */
export class SentenceEncoder {
  private constructor(
    private readonly ort: Ort,
    private readonly session: OrtModule.InferenceSession,
    private readonly tokenizer: Tokenizer,
    readonly dimensions: number,
  ) {}

  static async load(dir: string): Promise<SentenceEncoder> {
    // The native runtime loads only on a platform that reads needs with the model.
    const ort = await import('onnxruntime-node');
    const tokenizer = new Tokenizer(
      JSON.parse(readFileSync(path.join(dir, EMBEDDING_MODEL_FILES.tokenizer), 'utf8')),
      { do_lower_case: true },
    );
    const session = await ort.InferenceSession.create(path.join(dir, EMBEDDING_MODEL_FILES.model), {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
    });
    const probe = new SentenceEncoder(ort, session, tokenizer, 0);
    const [vector] = await probe.encode(['维']);
    return new SentenceEncoder(ort, session, tokenizer, vector?.length ?? 0);
  }

  async encode(texts: readonly string[]): Promise<Float32Array[]> {
    const ids = texts.map((text) => this.tokenizer.encode(text.slice(0, MAX_CHARS)).ids);
    // A batch is as long as its longest text: texts of like length go together, so that a need's
    // short clauses are not padded to the length of the whole need.
    const order = ids.map((_, i) => i).sort((a, b) => ids[a]!.length - ids[b]!.length);
    const out = new Array<Float32Array>(texts.length);
    let start = 0;
    while (start < order.length) {
      const shortest = ids[order[start]!]!.length;
      let end = start + 1;
      while (
        end < order.length &&
        end - start < BATCH &&
        ids[order[end]!]!.length <= shortest * SAME_LENGTH
      ) {
        end += 1;
      }
      const batch = order.slice(start, end);
      const vectors = await this.batch(batch.map((i) => ids[i]!));
      batch.forEach((i, j) => (out[i] = vectors[j]!));
      start = end;
    }
    return out;
  }

  private async batch(ids: ReadonlyArray<readonly number[]>): Promise<Float32Array[]> {
    const width = Math.max(1, ...ids.map((row) => row.length));
    const size = ids.length * width;
    const inputIds = new BigInt64Array(size);
    const mask = new BigInt64Array(size);
    ids.forEach((row, i) =>
      row.forEach((id, j) => {
        inputIds[i * width + j] = BigInt(id);
        mask[i * width + j] = 1n;
      }),
    );
    const shape = [ids.length, width];
    const result = await this.session.run({
      input_ids: new this.ort.Tensor('int64', inputIds, shape),
      attention_mask: new this.ort.Tensor('int64', mask, shape),
      token_type_ids: new this.ort.Tensor('int64', new BigInt64Array(size), shape),
    });
    const hidden = result['last_hidden_state'];
    if (!hidden) throw new Error('the embedding model gave no last_hidden_state');
    const data = hidden.data as Float32Array;
    const dims = hidden.dims[2] ?? 0;
    return ids.map((_, i) => normalized(data.slice(i * width * dims, i * width * dims + dims)));
  }
}

function normalized(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const x of vector) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return vector.map((x) => x / norm);
}
