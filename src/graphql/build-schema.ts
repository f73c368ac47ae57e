import 'reflect-metadata';
import { isAbstractType, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AdminUnitResolver } from './resolvers/admin-unit.resolver';
import { ArticleResolver } from './resolvers/article.resolver';
import { ExploreResolver } from './resolvers/explore.resolver';
import { IngestResolver } from './resolvers/ingest.resolver';
import { LegalDocumentResolver } from './resolvers/legal-document.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { PositionResolver } from './resolvers/position.resolver';
import { SessionResolver } from './resolvers/session.resolver';
import { SourceResolver } from './resolvers/source.resolver';
import { AdminUnit } from './types/admin-unit.type';
import { Article } from './types/article.type';
import { LegalDocument } from './types/legal-document.type';
import { Organization } from './types/organization.type';
import { Person } from './types/person.type';
import { Position } from './types/position.type';
import { Session } from './types/session.type';
import { typeOfRecord } from './types/type-of-record';

let built: Promise<GraphQLSchema> | null = null;

/**
 * The schema, built once per process from the decorated classes
 * (type-graphql keeps its metadata globally). `schema/schema.graphql` is
 * this schema printed: `npm run schema` writes it, a test checks it.
 *
 * Object types declare `simpleResolvers`: their fields are plain properties
 * of store records and no middleware or auth checker runs, so graphql's
 * default resolver reads them, without type-graphql's wrapper per field.
 */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      ArticleResolver, IngestResolver, PersonResolver, PositionResolver, OrganizationResolver,
      AdminUnitResolver, SessionResolver, LegalDocumentResolver, SourceResolver, ExploreResolver,
    ],
    orphanedTypes: [Person, Organization, AdminUnit, Session, LegalDocument, Article, Position],
    validate: false,
  }).then(resolveTypesAtOnce);
  return built;
}

/**
 * type-graphql wraps a resolveType in an async function; graphql-jit
 * (compiled execution) takes a type name only at once. Every abstract type
 * here is resolved by the record's label.
 */
function resolveTypesAtOnce(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) if (isAbstractType(type)) type.resolveType = typeOfRecord;
  return schema;
}
