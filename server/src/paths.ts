import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root (the image's /app). Resolved from this module's URL, which sits two levels
 * below the root both as server/src/paths.ts and bundled into server/dist/*.js.
 */
export const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));

export const CLIENT_DIST_DIR = path.join(ROOT_DIR, 'client', 'dist');
export const MONGO_JAVA_SERVER_DIR = path.join(ROOT_DIR, 'tools', 'mongo-java-server');

/**
 * The sentence-embedding model, fetched by scripts/embedding-model.ts (not in the repository);
 * EMBEDDING_MODEL_DIR puts it elsewhere (one copy for several checkouts).
 */
export const EMBEDDING_MODEL_DIR = process.env.EMBEDDING_MODEL_DIR
  ? path.resolve(process.env.EMBEDDING_MODEL_DIR)
  : path.join(ROOT_DIR, 'models', 'bge-small-zh-v1.5-q');
export const EMBEDDING_MODEL_FILES = { model: 'model.onnx', tokenizer: 'tokenizer.json' } as const;
