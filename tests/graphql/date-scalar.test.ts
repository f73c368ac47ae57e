import { GraphQLError, Kind } from 'graphql';
import { DateScalar } from '../../src/graphql/scalars/date.scalar';

describe('the Date scalar', () => {
  it('is named Date, as ArticleInput.publishedAt needs', () => {
    expect(DateScalar.name).toBe('Date');
  });

  it('accepts a complete calendar date as input', () => {
    expect(DateScalar.parseValue('2025-02-28')).toBe('2025-02-28');
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2025-07-01' })).toBe('2025-07-01');
  });

  it.each([['2025-07'], ['2025'], ['--05-08'], ['2025-02-29'], ['2025-7-1'], ['01/07/2025'], ['2025-07-01T00:00:00Z']])(
    'refuses %j as input, saying the form it wants',
    (value) => {
      expect(() => DateScalar.parseValue(value)).toThrow(`Date must be a complete calendar date written YYYY-MM-DD, got "${value}"`);
    },
  );

  it('refuses a number literal', () => {
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20250701' })).toThrow(GraphQLError);
    expect(() => DateScalar.parseValue(20250701)).toThrow('Date must be a string written YYYY-MM-DD');
  });

  it.each([['2025-07-01'], ['2025-07'], ['2025'], ['--05-08']])('answers the reduced date %j as stored', (value) => {
    expect(DateScalar.serialize(value)).toBe(value);
  });

  it('will not answer something that is not a date', () => {
    expect(() => DateScalar.serialize('8/5')).toThrow('Date cannot represent "8/5"');
    expect(() => DateScalar.serialize('2025-13')).toThrow(GraphQLError);
  });
});
