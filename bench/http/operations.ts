import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print } from 'graphql';
import type { BenchVars } from '../run/variables';

/** The client contract: /work/shared/contract/operations.graphql, read as it is at run time. */
export const CONTRACT_FILE = join(__dirname, '..', '..', '..', 'shared', 'contract', 'operations.graphql');

/** Each operation of a GraphQL document by name, printed on its own. */
export function operationsOf(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const def of parse(source).definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION && def.name) out.set(def.name.value, print(def));
  }
  return out;
}

export function readContract(file = CONTRACT_FILE): Map<string, string> {
  if (!existsSync(file)) throw new Error(`the client contract is not at ${file}`);
  return operationsOf(readFileSync(file, 'utf8'));
}

/** The analyst's questions, written against schema/schema.graphql. */
export const ANALYST_OPERATIONS = `
query Search($text: String!) {
  search(text: $text, first: 20) {
    kind
    score
    node {
      id
      ... on Person { name }
      ... on Organization { name }
      ... on LegalDocument { number type }
      ... on AdminUnit { name }
      ... on Session { date title }
    }
  }
}

query PersonProfile($id: ID!) {
  person(id: $id) {
    id
    name
    positions { title attestedOn organization { id name } }
    sessionsChaired(first: 10) { totalCount nodes { id date title } }
    sessionsAttended(first: 10) { totalCount nodes { id date title } }
  }
}

query OfficeHolders($organizationId: ID!, $on: Date!) {
  officeholders(organizationId: $organizationId, on: $on) {
    title
    attestedOn
    person { id name }
  }
}

query Connection($from: ID!, $to: ID!) {
  connection(from: $from, to: $to, maxHops: 4, first: 3) {
    length
    steps {
      relation
      forward
      node {
        id
        ... on Person { name }
        ... on Organization { name }
        ... on Session { date }
      }
    }
  }
}
`;

/** A read operation to measure: its text and its variable sets. */
export interface BenchOperation {
  name: string;
  group: 'contract' | 'analyst';
  query: string;
  variables: Array<Record<string, unknown>>;
}

/** The read operations with variables from the generated truth (at most 200 sets each). */
export function benchOperations(contract: Map<string, string>, v: BenchVars): BenchOperation[] {
  const analyst = operationsOf(ANALYST_OPERATIONS);
  const op = (group: BenchOperation['group'], name: string, variables: Array<Record<string, unknown>>): BenchOperation => {
    const query = (group === 'contract' ? contract : analyst).get(name);
    if (!query) throw new Error(`operation ${name} is missing from the ${group} operations`);
    return { name, group, query, variables: variables.slice(0, 200) };
  };
  return [
    op('contract', 'ArticleFacts', v.articleIds.map((id) => ({ id }))),
    op('contract', 'WhoChaired', v.dateRanges),
    op('contract', 'FoundingDecision', v.documentNumbers.map((number, i) => ({ number: i % 3 === 2 ? spaced(number) : number }))),
    op('contract', 'FindPeople', v.names.map((text) => ({ text }))),
    op('analyst', 'Search', v.searchTexts.map((text) => ({ text }))),
    op('analyst', 'PersonProfile', v.personIds.map((id) => ({ id }))),
    op('analyst', 'OfficeHolders', v.officeQueries),
    op('analyst', 'Connection', v.personPairs),
  ].filter((o) => o.variables.length > 0);
}

/** "12-QĐ/ĐU" as some articles print it, "12 - QĐ/ĐU": the contract says spacing does not matter. */
function spaced(number: string): string {
  return number.replace('-', ' - ');
}

/** The POST body of one request. */
export function requestBody(o: BenchOperation, variables: Record<string, unknown>): string {
  return JSON.stringify({ query: o.query, variables });
}
