import { isFullIsoDate, isPartialDate, makePartialDate, partialDateBounds } from '../../src/domain/partial-date';

describe('partial dates', () => {
  it('accepts only real calendar days as full dates', () => {
    expect(isFullIsoDate('2025-08-07')).toBe(true);
    expect(isFullIsoDate('2024-02-29')).toBe(true);
    expect(isFullIsoDate('2025-02-29')).toBe(false);
    expect(isFullIsoDate('2025-8-7')).toBe(false);
    expect(isFullIsoDate('07/08/2025')).toBe(false);
  });

  it('counts leap years as the Gregorian calendar does, the centuries too', () => {
    for (const s of ['2000-02-29', '1996-02-29', '2025-04-30', '2025-12-31', '0096-02-29']) expect(isFullIsoDate(s)).toBe(true);
    for (const s of ['1900-02-29', '2100-02-29', '2025-04-31', '2025-00-10', '2025-13-01', '2025-06-00', '2025-01-32']) expect(isFullIsoDate(s)).toBe(false);
    // ASCII digits and dashes only, nothing around them.
    for (const s of ['2025-01-01 ', '+2025-01-01', '2025/01/01', '２０２５-01-01', '2025-0a-01', '2025-01-0١', '2025--1-01']) expect(isFullIsoDate(s)).toBe(false);
  });

  it('accepts the reduced forms a source may give', () => {
    for (const s of ['2025', '2025-08', '2025-08-07', '--05-08']) expect(isPartialDate(s)).toBe(true);
    for (const s of ['2025-13', '--02-30', '25-08-07', 'XXXX-05-08', '']) expect(isPartialDate(s)).toBe(false);
  });

  it('writes a day without a year as --MM-DD', () => {
    expect(makePartialDate(null, 5, 8)).toBe('--05-08');
    expect(makePartialDate(2022, 6, 30)).toBe('2022-06-30');
    expect(makePartialDate(2022, 6, 31)).toBeNull();
  });

  it('gives the range of days a partial date stands for', () => {
    expect(partialDateBounds('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(partialDateBounds('2025')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(partialDateBounds('2025-08-07')).toEqual({ from: '2025-08-07', to: '2025-08-07' });
    expect(partialDateBounds('--05-08')).toBeNull();
  });
});
