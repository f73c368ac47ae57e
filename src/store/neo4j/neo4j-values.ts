import neo4j from 'neo4j-driver';
import type { NodeLabel } from '../../domain/kinds';
import type { Row } from '../cypher/query';

/** A graph node as plain values: its first label, element id and properties. */
export interface PlainNode { label: NodeLabel; elementId: string; properties: Row }
/** A relationship as plain values: type, ends (element ids) and properties. */
export interface PlainRelationship { type: string; startElementId: string; endElementId: string; properties: Row }

/**
 * Converts what the driver returns into plain values: Integer -> number
 * (past 2^53 a decimal string, never a silent rounding), temporal values ->
 * ISO strings, Node / Relationship -> plain objects, lists and maps deeply.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : value.toString();
  if (neo4j.isNode(value)) return toPlainNode(value);
  if (neo4j.isRelationship(value)) return toPlainRelationship(value);
  if (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/** A driver Node as a PlainNode. */
export function toPlainNode(node: InstanceType<typeof neo4j.types.Node>): PlainNode {
  return { label: node.labels[0] as NodeLabel, elementId: node.elementId, properties: toPlain(node.properties) as Row };
}

/** A driver Relationship as a PlainRelationship. */
export function toPlainRelationship(rel: InstanceType<typeof neo4j.types.Relationship>): PlainRelationship {
  return {
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: toPlain(rel.properties) as Row,
  };
}

/** A driver record's fields as a plain row. */
export function recordToRow(record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }): Row {
  return Object.fromEntries(record.keys.map((k) => [String(k), toPlain(record.get(k))]));
}

/**
 * Parameters for the driver: JavaScript numbers that are whole become
 * Integer (Cypher's LIMIT and stored offsets are integers; a JS number
 * would arrive as a float), deeply through lists and maps.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParams(v)]));
  }
  return value;
}
