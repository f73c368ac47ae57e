import type { PositionRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { positionAttestation } from './attestation';

/**
 * Positions as of a day. Offices carry no term dates, only the days
 * articles attest them; so "holder on D" is, for each title, the holder(s)
 * attested most recently on or before D. Without a day: every position.
 * Dates compare as strings: reduced dates ("2025-07") sort before their days.
 */
export async function holdersOn(ctx: GraphQLContext, positions: readonly PositionRecord[], on: string | null | undefined): Promise<PositionRecord[]> {
  if (!on) return [...positions];
  const dated = await Promise.all(positions.map(async (p) => ({
    position: p,
    last: (await positionAttestation(ctx, p)).filter((d) => d <= on).pop() ?? null,
  })));
  const latestByTitle = new Map<string, string>();
  for (const { position, last } of dated) {
    if (last && last > (latestByTitle.get(titleKey(position.title)) ?? '')) latestByTitle.set(titleKey(position.title), last);
  }
  return dated.filter(({ position, last }) => last !== null && last === latestByTitle.get(titleKey(position.title))).map((d) => d.position);
}

function titleKey(title: string): string {
  return title.normalize('NFC').toLocaleLowerCase('vi');
}
