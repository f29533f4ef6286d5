import { createHash } from 'node:crypto';
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { genericPhrases, problemGlossary } from '@qs/shared/glossary';
import { EMBEDDING_MODEL_FILES } from '../../paths';
import type { SentenceEncoder } from './encoder';

/** The skill of a generic phrase: the clause says nothing about the expertise asked for. */
export const NO_SKILL = '';

export interface Problem {
  /** a skill id, or NO_SKILL */
  skill: string;
  text: string;
}

export interface Neighbour extends Problem {
  similarity: number;
}

/**
 * The glossary's everyday problems as sentence vectors, for nearest-neighbour search. Encoding the
 * 2,000-odd problems takes a few seconds of CPU, so the vectors are kept beside the model under a
 * digest of the glossary and the model: a process that finds them reads them in milliseconds.
 */
export class ProblemIndex {
  private constructor(
    private readonly problems: readonly Problem[],
    private readonly vectors: Float32Array,
    private readonly dimensions: number,
  ) {}

  get size(): number {
    return this.problems.length;
  }

  static async build(encoder: SentenceEncoder, modelDir: string): Promise<ProblemIndex> {
    const problems = [
      ...Object.entries(problemGlossary).flatMap(([skill, texts]) =>
        texts.map((text) => ({ skill, text })),
      ),
      ...genericPhrases.map((text) => ({ skill: NO_SKILL, text })),
    ];
    const dims = encoder.dimensions;
    const digest = createHash('sha256')
      .update(JSON.stringify(problems))
      .update(String(statSync(path.join(modelDir, EMBEDDING_MODEL_FILES.model)).size))
      .digest('hex')
      .slice(0, 16);
    const file = path.join(modelDir, `problems-${digest}.f32`);
    if (existsSync(file)) {
      const buffer = readFileSync(file);
      const vectors = new Float32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4);
      if (vectors.length === problems.length * dims)
        return new ProblemIndex(problems, vectors, dims);
    }
    const encoded = await encoder.encode(problems.map((problem) => problem.text));
    const vectors = new Float32Array(problems.length * dims);
    encoded.forEach((vector, i) => vectors.set(vector, i * dims));
    try {
      writeFileSync(`${file}.${process.pid}`, vectors);
      renameSync(`${file}.${process.pid}`, file);
      // Vectors of an earlier glossary are never read again.
      for (const name of readdirSync(modelDir)) {
        if (/^problems-[0-9a-f]+\.f32$/.test(name) && name !== path.basename(file)) {
          rmSync(path.join(modelDir, name), { force: true });
        }
      }
    } catch {
      // A read-only install (the image) encodes at each start instead.
    }
    return new ProblemIndex(problems, vectors, dims);
  }

  /** The `k` problems most similar to a text's vector, most similar first. */
  nearest(vector: Float32Array, k: number): Neighbour[] {
    const { vectors, dimensions: dims } = this;
    const similarities = new Float32Array(this.problems.length);
    for (let i = 0, base = 0; i < similarities.length; i++, base += dims) {
      let similarity = 0;
      // Four products a step (the model has 512 dimensions): this scan over every problem is
      // most of the time a need takes to read.
      for (let d = 0; d < dims; d += 4) {
        similarity +=
          (vector[d] as number) * (vectors[base + d] as number) +
          (vector[d + 1] as number) * (vectors[base + d + 1] as number) +
          (vector[d + 2] as number) * (vectors[base + d + 2] as number) +
          (vector[d + 3] as number) * (vectors[base + d + 3] as number);
      }
      similarities[i] = similarity;
    }
    const top: Neighbour[] = [];
    similarities.forEach((similarity, i) => {
      if (top.length === k && similarity <= (top[k - 1]?.similarity ?? -Infinity)) return;
      const at = top.findIndex((n) => n.similarity < similarity);
      top.splice(at < 0 ? top.length : at, 0, { ...(this.problems[i] as Problem), similarity });
      if (top.length > k) top.pop();
    });
    return top;
  }
}
