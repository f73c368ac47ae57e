import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/**
 * Loads one of the explorer's browser modules that has no imports (only
 * `export const` / `export function`) into a sandbox and returns its
 * exports, so jest (CommonJS) can test it without a bundler.
 */
export function loadBrowserModule(file: string): Record<string, unknown> {
  const source = readFileSync(file, 'utf8');
  if (/^\s*import\s/m.test(source)) throw new Error(`${file} imports other modules; only import-free modules load here`);
  const names: string[] = [];
  const body = source.replace(/^export\s+(const|let|function)\s+([A-Za-z_$][\w$]*)/gm, (_m, keyword: string, name: string) => {
    names.push(name);
    return `${keyword} ${name}`;
  });
  if (/^export\s/m.test(body)) throw new Error(`${file} has an export form this loader does not read`);
  const sandbox: { __exports?: Record<string, unknown> } = {};
  vm.runInNewContext(`${body}\n__exports = { ${names.join(', ')} };`, sandbox, { filename: file });
  return sandbox.__exports ?? {};
}
