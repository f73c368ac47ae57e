import { isInDateRange } from '../../src/export/export-filter';
import type { NodeRecord } from '../../src/store/records';

const session = (date: string | null): NodeRecord => ({ label: 'Session', id: 'ses_1', kind: 'CONFERENCE', title: 'Hội nghị', date });

describe('date range filter', () => {
  it('keeps everything without bounds', () => {
    expect(isInDateRange(session(null), null, null)).toBe(true);
  });

  it.each([
    ['2025-05-20', true],
    ['2025-06-01', false],
    ['2025-05', true], // some day of May 2025 is in range
    ['2025', true],
    ['2024', false],
    ['--05-20', false], // no year: cannot be placed
    [null, false],
  ])('judges a session dated %p against 2025-05-10..2025-05-31 as %p', (date, inside) => {
    expect(isInDateRange(session(date), '2025-05-10', '2025-05-31')).toBe(inside);
  });

  it('leaves timeless nodes in', () => {
    expect(isInDateRange({ label: 'Person', id: 'per_1', name: 'Lê Thị Hoa' }, '2025-01-01', '2025-01-31')).toBe(true);
  });
});
