import { createUnionType } from 'type-graphql';
import { LegalDocument } from './legal-document.type';
import { Session } from './session.type';
import { typeOfRecord } from './type-of-record';

/** What can cite a document: a session or another document. */
export const Citing = createUnionType({
  name: 'Citing',
  description: 'A session or a document that cites a document',
  types: () => [Session, LegalDocument] as const,
  resolveType: typeOfRecord,
});
