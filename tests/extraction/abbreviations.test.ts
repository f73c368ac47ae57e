import { definedAbbreviations, withAbbreviationsExpanded } from '../../src/extraction/resolve/abbreviations';

describe('initials an article defines', () => {
  it('reads initials spelled by the words right before the bracket, commas and all', () => {
    const defined = definedAbbreviations(
      'Hội đồng phối hợp phổ biến, giáo dục pháp luật (PBGDPL) phường An Lạc họp. Hội Nạn nhân chất độc da cam (NNCĐDC) huyện dự. Ủy ban nhân dân (UBND) xã chủ trì.',
    );
    expect([...defined]).toEqual([['NNCĐDC', 'Nạn nhân chất độc da cam']]);
  });

  it('takes none whose initials do not spell the words, and writes out only whole initials', () => {
    expect(definedAbbreviations('Tổ hợp tác Trồng nấm rơm (THTN) ấp Một.').size).toBe(0);
    const defined = new Map([['NNCĐDC', 'Nạn nhân chất độc da cam']]);
    expect(withAbbreviationsExpanded('Chi hội NNCĐDC xã Đắk Nhau', defined)).toBe('Chi hội Nạn nhân chất độc da cam xã Đắk Nhau');
    expect(withAbbreviationsExpanded('Đội xung kích PCTT thôn A', new Map())).toBe('Đội xung kích phòng, chống thiên tai thôn A');
    expect(withAbbreviationsExpanded('Tổ PCTTX thôn A', new Map())).toBe('Tổ PCTTX thôn A');
  });
});
