import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Test seams: run between the steps of a write, to simulate failures and crashes. */
export interface AtomicWriteHooks {
  /** After the temporary file is written and flushed, before it replaces the target. */
  beforeRename?: (tmp: string) => void | Promise<void>;
}

const TEMP = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files that writes to `file` left behind when their process died mid-write
 * (a crash cannot clean up after itself). Temp files of live processes are left alone.
 */
export async function removeStaleTemps(file: string): Promise<string[]> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const removed: string[] = [];
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    const m = TEMP.exec(name);
    if (!m || m[1] !== base || processAlive(Number(m[2]))) continue;
    await fs.unlink(path.join(dir, name)).then(() => removed.push(name), () => undefined);
  }
  return removed;
}

/**
 * Writes `data` to `file` atomically: a temporary file in the same folder is written, flushed to
 * disk and renamed over the target (then the folder is flushed), so readers — and a crash
 * mid-save — see either the old file or the new one, never a half-written one. The temporary file
 * is removed on failure; ones left by a crashed process are swept on the next write. An existing
 * file keeps its permissions.
 */
export async function writeFileAtomic(file: string, data: string, hooks: AtomicWriteHooks = {}): Promise<void> {
  await removeStaleTemps(file);
  const tmp = tempPathFor(file);
  const mode = await fs.stat(file).then((s) => s.mode & 0o7777, () => 0o644);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', mode);
    await handle.writeFile(data, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await hooks.beforeRename?.(tmp);
    await fs.rename(tmp, file);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    throw err;
  }
  await syncDir(path.dirname(file));
}

async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const h = await fs.open(dir, 'r').catch(() => undefined);
  if (!h) return;
  await h.sync().catch(() => undefined);
  await h.close().catch(() => undefined);
}
