import { splitOperations } from '../../src/server/playground/split-operations';

describe('splitOperations', () => {
  it('keeps each operation with the comment lines right above it', () => {
    const source = '# file header\n\n# Finds people.\n# Second line.\nquery A { __typename }\n\nmutation B { __typename }\n# about C\nquery C { __typename }\n';
    expect(splitOperations(source)).toEqual([
      { name: 'A', kind: 'query', text: '# Finds people.\n# Second line.\nquery A { __typename }' },
      { name: 'B', kind: 'mutation', text: 'mutation B { __typename }' },
      { name: 'C', kind: 'query', text: '# about C\nquery C { __typename }' },
    ]);
  });

  it('reads an operation on the first line', () => {
    expect(splitOperations('query A { __typename }')).toEqual([{ name: 'A', kind: 'query', text: 'query A { __typename }' }]);
  });
});
