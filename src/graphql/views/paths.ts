import type { PathRecord } from '../../store/records';
import type { Path } from '../types/path.type';

/** A store path as the API shows it: each step says which way its relation points. */
export function toPath(record: PathRecord): Path {
  let previousId = record.start.id;
  const steps = record.steps.map(({ edge, node }) => {
    const step = { relation: edge.type, forward: edge.fromId === previousId, role: edge.role, node, sources: edge.sources };
    previousId = node.id;
    return step;
  });
  return { start: record.start, length: steps.length, steps };
}
