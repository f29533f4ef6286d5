/**
 * npm run build: the client (Vite) and the server bundle (esbuild), each only if out of date, and
 * the embedding model the server reads needs with, if it has not been fetched yet.
 */
import { clientStep, runStep, serverStep } from './build-steps';
import { loadSemantic } from '../server/src/lib/semantic';
import { ensureEmbeddingModel } from './embedding-model';

for (const step of [clientStep, serverStep]) runStep(step);
await ensureEmbeddingModel((msg) => console.log(`[build] ${msg}`));
// Encodes the glossary's problems once, beside the model, so that a read-only install starts fast.
await loadSemantic();
