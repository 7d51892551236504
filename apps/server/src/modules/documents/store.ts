import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where uploaded files live, by their sha256 (content-addressed): the same file stored twice is kept
 * once, and a key names exactly one content. The local store keeps them under the data folder; an
 * S3-compatible store can take its place behind the same two calls.
 */
export interface FileStore {
  put(sha256: string, content: Buffer): Promise<string>;
  get(key: string): Promise<Buffer>;
}

const KEY = /^[0-9a-f]{64}$/;

export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  /** Writes beside the target, then renames: a reader never sees half a file. */
  async put(sha256: string, content: Buffer): Promise<string> {
    const file = this.fileOf(sha256);
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.${Date.now()}.part`;
    await writeFile(partial, content);
    await rename(partial, file);
    return sha256;
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.fileOf(key));
  }

  private fileOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`not a file key: ${key}`);
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }
}
