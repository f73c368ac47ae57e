import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isFullIsoDate, isPartialDate } from '../../domain/partial-date';

/**
 * `Date` as the client contract defines it: an argument or input is a
 * complete calendar date `YYYY-MM-DD` ("2025-07-01"); an answer is as
 * precise as its source: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD`.
 * (graphql-scalars' Date would refuse the reduced forms in answers.)
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    'ISO 8601 calendar date. As an argument or input: a complete date YYYY-MM-DD. ' +
    'In an answer: complete or reduced to what the source says (YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD when the year is unknown).',
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
  serialize(value: unknown): string {
    if (typeof value === 'string' && isPartialDate(value)) return value;
    throw new GraphQLError(`Date cannot represent ${JSON.stringify(value)}: not an ISO 8601 calendar date`);
  },
  parseValue(value: unknown): string {
    return parseFullDate(value);
  },
  parseLiteral(ast): string {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError(`Date must be a string written YYYY-MM-DD, got a ${ast.kind.toLowerCase()}`, { nodes: ast });
    }
    return parseFullDate(ast.value);
  },
});

function parseFullDate(value: unknown): string {
  if (typeof value !== 'string') {
    throw new GraphQLError(`Date must be a string written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  if (!isFullIsoDate(value)) {
    throw new GraphQLError(`Date must be a complete calendar date written YYYY-MM-DD, got "${value}"`);
  }
  return value;
}
