import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root (the image's /app). Resolved from this module's URL, which sits two levels
 * below the root both as server/src/paths.ts and bundled into server/dist/*.js.
 */
export const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));

export const CLIENT_DIST_DIR = path.join(ROOT_DIR, 'client', 'dist');
export const MONGO_JAVA_SERVER_DIR = path.join(ROOT_DIR, 'tools', 'mongo-java-server');
