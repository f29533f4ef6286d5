/** npm run model:fetch: the embedding model into models/, if it is not there yet. */
import { ensureEmbeddingModel } from './embedding-model';

await ensureEmbeddingModel();
