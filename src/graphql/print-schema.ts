import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The checked-in SDL text: sorted, so the file only changes when the schema does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `# Generated from the type-graphql classes in src/graphql: run \`npm run schema\`; do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
