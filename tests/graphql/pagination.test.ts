import { GraphQLError } from 'graphql';
import { connectionFromArray, toPageRequest } from '../../src/graphql/pagination';

describe('pagination', () => {
  it('defaults to 20 and allows 0 to 100', () => {
    expect(toPageRequest({})).toEqual({ first: 20, after: null });
    expect(toPageRequest({ first: 100, after: 'c' })).toEqual({ first: 100, after: 'c' });
    expect(() => toPageRequest({ first: 101 })).toThrow(GraphQLError);
    expect(() => toPageRequest({ first: -1 })).toThrow('first must be between 0 and 100 (got -1)');
  });

  it('pages through a list in memory with cursors', () => {
    const all = ['a', 'b', 'c', 'd', 'e'];
    const one = connectionFromArray(all, { first: 2 });
    expect(one).toMatchObject({ totalCount: 5, nodes: ['a', 'b'], pageInfo: { hasNextPage: true } });
    const two = connectionFromArray(all, { first: 2, after: one.pageInfo.endCursor });
    expect(two.nodes).toEqual(['c', 'd']);
    const three = connectionFromArray(all, { first: 2, after: two.pageInfo.endCursor });
    expect(three).toMatchObject({ nodes: ['e'], pageInfo: { hasNextPage: false } });
  });

  it('refuses a cursor it did not give out', () => {
    expect(() => connectionFromArray(['a'], { after: 'bogus' })).toThrow('after: "bogus" is not a cursor this list gave out');
  });
});
