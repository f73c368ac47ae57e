import type { NodeRecord } from '../../store/records';

/** The GraphQL type of a store record: its label, which is also the type's name (Node, Citing). */
export function typeOfRecord(value: unknown): string {
  return (value as NodeRecord).label;
}
