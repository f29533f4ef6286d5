import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';

/** The absolute path of `command` on PATH, or undefined. */
export async function findOnPath(command: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir !== '' && (await isExecutable(candidate))) return candidate;
  }
  return undefined;
}

export async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
