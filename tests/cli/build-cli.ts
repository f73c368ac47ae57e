import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const BUILD = join(ROOT, 'tests/artifacts/cli-build');

/**
 * Compiles the CLI (src/cli/main.ts and what it imports, nothing else) into
 * tests/artifacts/cli-build/dist, so tests can run and kill the real
 * command without touching dist/ or depending on files it does not use.
 * `schema` beside the output points at the project's schema folder, found
 * from the compiled store the way dist/ finds it. Returns the path of main.js.
 */
export function buildCli(): string {
  mkdirSync(BUILD, { recursive: true });
  const config = {
    extends: '../../../tsconfig.json',
    compilerOptions: {
      rootDir: '../../../src',
      outDir: './dist',
      types: ['node'],
      incremental: true,
      tsBuildInfoFile: './dist/.tsbuildinfo',
    },
    files: ['../../../src/cli/main.ts'],
    include: [],
  };
  writeFileSync(join(BUILD, 'tsconfig.json'), JSON.stringify(config, null, 2));
  if (!existsSync(join(BUILD, 'schema'))) symlinkSync(join(ROOT, 'schema'), join(BUILD, 'schema'), 'dir');
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const main = join(BUILD, 'dist/cli/main.js');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(BUILD, 'tsconfig.json')], { cwd: ROOT, stdio: 'pipe' });
  } catch (err) {
    // tsc still emits on type errors (someone's work in progress); npm test's typecheck reports those
    if (!existsSync(main)) throw new Error(`the CLI did not compile:\n${String((err as { stdout?: Buffer }).stdout ?? err)}`);
  }
  return main;
}
