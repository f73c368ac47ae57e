import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder holding the project's package.json, found from this file,
 * so src/ (tests) and dist/ (npm start) read the same files.
 */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

/** The folder of an installed package (its exports may hide the files we serve). */
export function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`, { paths: [projectRoot()] }));
}
