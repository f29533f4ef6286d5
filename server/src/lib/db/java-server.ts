import { spawn, type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { MONGO_JAVA_SERVER_DIR as TOOL_DIR } from '../../paths';
import { findOnPath, isExecutable } from './executables';
import type { StartedMongo } from './memory-server';

const IGNORED_INDEX_WARNING = /adding secondary index .* is not yet implemented/;

const POM = path.join(TOOL_DIR, 'pom.xml');
const CLASSES = path.join(TOOL_DIR, 'target', 'classes');
/** The build copies the dependencies before compiling, so this file marks a complete build. */
const BUILT_MARKER = path.join(CLASSES, 'qs', 'mongo', 'Launcher.class');
const CLASS_PATH = [CLASSES, path.join(TOOL_DIR, 'target', 'dependency', '*')].join(path.delimiter);
const LISTENING = /^MONGO_JAVA_SERVER_LISTENING (\S+:\d+)$/;
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const OUTPUT_TAIL_LINES = 20;

export class MongoProvisionError extends Error {
  override name = 'MongoProvisionError';
}

/** One Maven build at a time per process, shared by concurrent callers. */
let building: Promise<void> | undefined;

/**
 * Starts tools/mongo-java-server: the H2 backend on `h2File`, or the memory backend when
 * undefined, on `port` (0 picks a free one; a fixed one lets a test restart it in place).
 */
export async function startJavaServer(
  h2File: string | undefined,
  log: (msg: string) => void,
  port = 0,
): Promise<StartedMongo> {
  const { java, mvn } = await locateTools();
  if (mvn !== undefined) {
    building ??= buildLauncher(mvn, log).finally(() => (building = undefined));
    await building;
  }
  const backend = h2File === undefined ? ['--memory'] : ['--h2', h2File];
  const child = spawn(java, [
    '-cp',
    CLASS_PATH,
    'qs.mongo.Launcher',
    ...backend,
    '--port',
    String(port),
  ]);
  const address = await waitForListening(child, log);
  let stopping = false;
  child.once('close', (code, signal) => {
    if (!stopping) log(`mongo-java-server stopped unexpectedly (${signal ?? `exit code ${code}`})`);
  });
  return {
    uri: `mongodb://${address}`,
    stop: () => {
      stopping = true;
      return stopChild(child);
    },
  };
}

/** `mvn` is only looked for, and returned, when the launcher still has to be built. */
async function locateTools(): Promise<{ java: string; mvn: string | undefined }> {
  const java = await findJava();
  const needsBuild = !existsSync(BUILT_MARKER);
  const mvn = needsBuild ? await findOnPath('mvn') : undefined;
  const missing = [
    ...(java === undefined ? ['java'] : []),
    ...(needsBuild && mvn === undefined ? ['mvn'] : []),
  ];
  if (java === undefined || missing.length > 0) {
    throw new MongoProvisionError(noMongoMessage(missing));
  }
  return { java, mvn };
}

async function findJava(): Promise<string | undefined> {
  const fromHome = process.env.JAVA_HOME && path.join(process.env.JAVA_HOME, 'bin', 'java');
  return fromHome && (await isExecutable(fromHome)) ? fromHome : findOnPath('java');
}

function noMongoMessage(missing: string[]): string {
  return (
    'No MongoDB to connect to: MONGODB_URI is not set, mongodb-memory-server has no mongod to start, ' +
    `and the embedded mongo-java-server needs ${missing.join(' and ')}, ` +
    `which ${missing.length > 1 ? 'are' : 'is'} not on PATH. ` +
    'Either set MONGODB_URI to a running MongoDB (for example MONGODB_URI=mongodb://127.0.0.1:27017), ' +
    'or install Java 17+ and Maven (Debian: apt-get install openjdk-17-jdk-headless maven).'
  );
}

async function buildLauncher(mvn: string, log: (msg: string) => void): Promise<void> {
  log('building mongo-java-server with Maven (first run only)…');
  const started = Date.now();
  const child = spawn(mvn, ['-q', '-B', '-f', POM, 'package'], { cwd: TOOL_DIR });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(chunk.toString());
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0 || !existsSync(BUILT_MARKER)) {
    throw new MongoProvisionError(
      `Maven could not build ${POM} (exit code ${code}):\n${tail(output.join(''))}`,
    );
  }
  log(`built mongo-java-server in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Resolves with `host:port` once the launcher reports it; kills it on failure or timeout. */
function waitForListening(
  child: ChildProcessWithoutNullStreams,
  log: (msg: string) => void,
): Promise<string> {
  const stderr: string[] = [];
  let listening = false;
  createInterface({ input: child.stderr }).on('line', (line) => {
    // The server ignores non-unique indexes (queries still work): not worth a line per model.
    if (listening && !IGNORED_INDEX_WARNING.test(line)) log(`mongo-java-server: ${line}`);
    else stderr.push(line);
  });
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      if (listening) return;
      listening = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(
        new MongoProvisionError(
          `mongo-java-server ${reason}\n${tail(stderr.join('\n'))}`.trimEnd(),
        ),
      );
    };
    const timer = setTimeout(
      () => fail(`did not report listening within ${START_TIMEOUT_MS / 1000} s`),
      START_TIMEOUT_MS,
    );
    child.once('error', (error) => fail(`could not be started: ${error.message}`));
    child.once('close', (code, signal) =>
      fail(`exited (${signal ?? `exit code ${code}`}) before listening`),
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      const address = LISTENING.exec(line)?.[1];
      if (address === undefined || listening) return;
      listening = true;
      clearTimeout(timer);
      resolve(address);
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  // SIGTERM lets H2 commit and close its file; SIGKILL only if that hangs.
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited.finally(() => clearTimeout(timer));
}

function tail(text: string): string {
  return text.split('\n').slice(-OUTPUT_TAIL_LINES).join('\n');
}
