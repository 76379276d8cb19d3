import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Paths } from '../ports';

export interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

/**
 * The fonts ship beside the migrations: `resources/fonts` in the source tree and the local host,
 * `<resources>/fonts` in the packaged app (extraResources). Found from the migrations folder so no
 * new port is needed.
 */
export function fontsDirOf(paths: Paths): string {
  const candidates = [
    path.join(paths.migrationsDir, '..', 'resources', 'fonts'),
    path.join(paths.migrationsDir, '..', 'fonts'),
  ];
  const found = candidates.find((dir) => existsSync(path.join(dir, 'DejaVuSerif.ttf')));
  if (!found) throw new Error(`The document fonts are missing (looked in ${candidates.join(', ')}).`);
  return found;
}

let cached: { dir: string; files: FontFiles } | null = null;

export function loadFonts(paths: Paths): FontFiles {
  const dir = fontsDirOf(paths);
  if (cached?.dir !== dir) {
    cached = {
      dir,
      files: {
        regular: readFileSync(path.join(dir, 'DejaVuSerif.ttf')),
        bold: readFileSync(path.join(dir, 'DejaVuSerif-Bold.ttf')),
      },
    };
  }
  return cached.files;
}
