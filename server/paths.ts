import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's folder (the one with package.json), found from this module's own place: the same
 * answer whether the server runs from server/ through tsx or from the bundle in dist/server/.
 */
function findProjectRoot(from: string): string {
  let dir = path.dirname(from);
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`No package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export const projectRoot = findProjectRoot(fileURLToPath(import.meta.url));
