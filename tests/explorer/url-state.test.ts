import path from 'node:path';
import { loadBrowserModule } from './load-browser-module';

const PUBLIC = path.resolve(__dirname, '../../src/explorer/public');
const { parseHash, formatHash } = loadBrowserModule(path.join(PUBLIC, 'url-state.js'), { URLSearchParams }) as {
  parseHash: (hash: string) => { kind: string; id: string; expand: string[]; select: string | null } | null;
  formatHash: (view: { kind: string; id: string; expand: string[]; select: string | null }) => string;
};

describe('the view in the URL (url-state.js)', () => {
  it('reads a person with expanded nodes and a selection', () => {
    expect(parseHash('#/person/per_1?expand=org_2,ses_3&select=org_2')).toEqual({
      kind: 'Person', id: 'per_1', expand: ['org_2', 'ses_3'], select: 'org_2',
    });
  });

  it('writes what it reads', () => {
    for (const hash of ['#/unit/adm_9', '#/document/doc_1?expand=org_4', '#/organization/org_2?expand=per_1,ses_2&select=ses_2']) {
      expect(formatHash(parseHash(hash)!)).toBe(hash);
    }
  });

  it('leaves the selection out when it is the focus, and repeated expansions once', () => {
    expect(formatHash({ kind: 'Session', id: 'ses_1', expand: [], select: 'ses_1' })).toBe('#/session/ses_1');
    expect(parseHash('#/session/ses_1?expand=per_1,per_1')?.expand).toEqual(['per_1']);
  });

  it('refuses fragments that name no view', () => {
    for (const hash of ['', '#', '#/', '#/planet/x', '#/person/']) expect(parseHash(hash)).toBeNull();
  });
});
