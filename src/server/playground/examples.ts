import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../project-root';
import { splitOperations } from './split-operations';

export interface PlaygroundTab {
  query: string;
  variables?: string;
  headers?: string;
}

/** Sample variables, so each example runs as soon as it is opened. */
const SAMPLE_VARIABLES: Record<string, unknown> = {
  IngestArticle: { input: { text: 'Sáng 08/5, Đảng ủy xã họp phiên thường kỳ.', url: 'https://example.org/bai-mau', title: 'Bài mẫu', publishedAt: '2025-05-08' } },
  ArticleFacts: { id: '<an article id from IngestArticle or articles>' },
  WhoChaired: { from: '2025-01-01', to: '2025-12-31' },
  FoundingDecision: { number: '03-QĐ/ĐU' },
  FindPeople: { text: 'trinh tuan dong' },
};

/**
 * The playground's example tabs: the contract operations
 * (schema/examples.graphql, a copy of the client contract; schema/ ships
 * with the built server and its image), then a short tour of the rest.
 */
export function playgroundTabs(): PlaygroundTab[] {
  const file = join(projectRoot(), 'schema', 'examples.graphql');
  const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const contract = source ? splitOperations(source) : [];
  const tabs = contract.map((op) => ({
    query: op.text,
    variables: JSON.stringify(SAMPLE_VARIABLES[op.name] ?? {}, null, 2),
    headers: op.kind === 'mutation' ? JSON.stringify({ Authorization: 'Bearer <API_TOKEN>' }, null, 2) : undefined,
  }));
  return [...tabs, { query: TOUR, variables: JSON.stringify({ text: 'Lộc Bình' }, null, 2) }];
}

const TOUR = `# Search across people, organizations, units, documents and sessions,
# then follow the graph: offices, sessions, who met whom.
query Explore($text: String!) {
  search(text: $text, first: 5) {
    kind
    score
    node {
      id
      ... on Person { name positions { title organization { name } attestedOn } colleagues(first: 5) { nodes { person { name } sessionCount } } }
      ... on Organization { name kind adminUnit { name } officeHolders { title person { name } } }
      ... on AdminUnit { name level parent { name } }
      ... on LegalDocument { type number issuedOn issuer { name } founded { name } }
      ... on Session { date title chair { name } sources { quote article { url } } }
    }
  }
}`;
