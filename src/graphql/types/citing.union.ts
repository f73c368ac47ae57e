import { createUnionType } from 'type-graphql';
import type { NodeRecord } from '../../store/records';
import { LegalDocument } from './legal-document.type';
import { Session } from './session.type';

/** What can cite a document: a session or another document. */
export const Citing = createUnionType({
  name: 'Citing',
  description: 'A session or a document that cites a document',
  types: () => [Session, LegalDocument] as const,
  resolveType: (value) => (value as unknown as NodeRecord).label,
});
