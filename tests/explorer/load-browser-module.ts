import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/**
 * Loads one of the explorer's browser ES modules (and the modules it
 * imports, relatively) into a sandbox and returns its exports, so jest
 * (CommonJS) can test the pure ones without a bundler. It reads only the
 * forms the explorer uses: `import { a, b } from './x.js';` and
 * `export const|let|function|class name`.
 */
export function loadBrowserModule(file: string, globals: Record<string, unknown> = {}): Record<string, unknown> {
  const sandbox = vm.createContext({ ...globals });
  const cache = new Map<string, Record<string, unknown>>();
  return load(path.resolve(file), sandbox, cache);
}

function load(file: string, sandbox: vm.Context, cache: Map<string, Record<string, unknown>>): Record<string, unknown> {
  const cached = cache.get(file);
  if (cached) return cached;
  const exports: Record<string, unknown> = {};
  cache.set(file, exports);
  const imports: Record<string, Record<string, unknown>> = {};
  const names: string[] = [];
  let body = readFileSync(file, 'utf8').replace(
    /^import\s*\{([^}]*)\}\s*from\s*'(\.[^']+)';?$/gm,
    (_m, list: string, from: string) => {
      const target = path.resolve(path.dirname(file), from);
      imports[target] = load(target, sandbox, cache);
      return `const {${list}} = __imports[${JSON.stringify(target)}];`;
    },
  );
  body = body.replace(/^export\s+(const|let|function|class)\s+([A-Za-z_$][\w$]*)/gm, (_m, keyword: string, name: string) => {
    names.push(name);
    return `${keyword} ${name}`;
  });
  if (/^\s*(import|export)\s/m.test(body)) throw new Error(`${file} uses an import or export form this loader does not read`);
  const wrapped = `(function (__imports) {\n${body}\nreturn { ${names.join(', ')} };\n})`;
  const factory = vm.runInContext(wrapped, sandbox, { filename: file }) as (i: typeof imports) => Record<string, unknown>;
  Object.assign(exports, factory(imports));
  return exports;
}
