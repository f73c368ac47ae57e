/** Who chairs or leads a reported session, told by the words beside a person. */

/**
 * "chủ trì", "làm chủ tọa", "làm Trưởng đoàn", "dẫn đầu", "điều hành hội nghị" (not "điều hành hoạt động của Sở"),
 * also "được Đại hội tín nhiệm bầu làm chủ tọa", "được Chủ tịch UBND huyện ủy quyền chủ trì", "đứng ra điều hành buổi ra mắt",
 * "thay mặt Đoàn Chủ tịch chủ trì", "thay mặt Đoàn Chủ tịch điều hành các phiên", "..., người chủ trì hội nghị", and after
 * the term of the office written last ("Chủ tịch HĐND tỉnh khoá trước chủ trì"), and in brackets in a presidium ("đồng chí X, BTCB (chủ trì)").
 */
const CHAIR_AFTER =
  /^[ ,]*(?:\([ ]*(?=chủ[ ]+(?:trì|tọa|toạ)[ ]*\)))?(?:(?:khóa|khoá)[ ]+(?:trước|cũ|[XVILC]+)[ ,]*)?(?:thay[ ]+mặt[ ]+(?:\p{L}+[ ]+){1,4}?)?(?:được[ ]+(?:[^,.;:\n]{1,60}?[ ]+ủy[ ]+quyền[ ]+|(?:\p{L}+[ ]+){0,5}?(?:bầu|cử)[ ]+làm[ ]+))?(?:đã[ ]+|cùng[ ]+|đồng[ ]+|trực[ ]+tiếp[ ]+|tiếp[ ]+tục[ ]+|đứng[ ]+ra[ ]+)?(?:khai[ ]+mạc[ ]+và[ ]+)?(?:người[ ]+)?(?:(?:làm[ ]+)?(?:chủ[ ]+trì|chủ[ ]+tọa|chủ[ ]+toạ)|làm[ ]+trưởng[ ]+đoàn|dẫn[ ]+đầu|điều[ ]+hành[ ]+(?:các[ ]+)?(?:hội[ ]+nghị|kỳ[ ]+họp|kì[ ]+họp|phiên|buổi|cuộc|đại[ ]+hội))/iu;
/** "Đại hội do ông X, Chủ tịch Hội CCB xã điều hành.": "điều hành" closing the clause of a "do" before the person. */
const LED_BY = /(?:^|[ ,(])do[ ]*$/iu;
const RUNS_IT = /^[ ]+điều[ ]+hành[ ]*[.,;\n]/iu;
/** "Với vai trò chủ trì, ông X", "Chủ trì hội nghị có X", "Chủ tọa là X", "Điều hành hội nghị có X", "dưới sự điều hành của X", "Đồng chủ trì buổi lễ là hai đồng chí: X; Y", "do X làm Trưởng đoàn", "được chủ trì bởi X". */
const CHAIR_BEFORE = /(?:chủ[ ]+trì|chủ[ ]+tọa|chủ[ ]+toạ|trưởng[ ]+đoàn|sự[ ]+điều[ ]+hành|điều[ ]+hành[ ]+(?:hội[ ]+nghị|đại[ ]+hội|kỳ[ ]+họp|phiên|buổi))[^.;:\n]{0,60}?(?:có|do|là|của|bởi)(?:[ ]+(?:hai|ba|các))?[ ]*$|vai[ ]+trò[ ]+(?:chủ[ ]+trì|chủ[ ]+tọa)[ ]*,[ ]*(?:(?:ông|bà|đồng[ ]+chí)[ ]+)?$/iu;
/**
 * "Chủ tọa kỳ họp gồm các đồng chí: X, ...": the first of those who preside (not "Đoàn Chủ tịch, Đoàn chủ tọa ... gồm": a presidium).
 */
const CHAIRS_LISTED = /(?<![Đđ]oàn[ ]+)(?:chủ[ ]+trì|chủ[ ]+tọa|chủ[ ]+toạ)[^.;:\n]{0,30}?gồm(?:[ ]+các)?(?:[ ]+đồng[ ]+chí)?[ ]*(?::[ ]*)?$/iu;

// "ông X, Chủ tịch Hội, chủ trì": the body's word may close with a comma; "X, Trưởng Ban Chỉ đạo bầu cử xã chủ trì": an office
// the chain did not read may stand between.
const CHAIR_AFTER_GAP = /^(?:[ ]*,)?((?:[ ]+[\p{L}]+(?:\/[\p{L}]+)?){1,7}?)(?:[ ]*,)?[ ]+(?:đã[ ]+)?(?:chủ[ ]+trì|chủ[ ]+tọa|chủ[ ]+toạ)(?![\p{L}])/u;
const GAP_STOP = new Set(['và', 'cùng', 'với', 'của', 'ông', 'bà', 'đồng', 'chí', 'các', 'do', 'được', 'đã', 'sẽ', 'đến', 'tại', 'dự']);
/** "Chủ trì: ông X", "Chủ trì hội nghị, bà X – ...", "Đồng chủ trì hội nghị: đồng chí X", "Chủ trì, điều hành hội nghị: bà X": the chair word opens, a stop follows. */
const CHAIR_LEAD =
  /(?:^[ ]*|[.\n][ ]*)(?:đồng[ ]+)?chủ[ ]+(?:trì|tọa|toạ)(?:(?:[ ]*,[ ]*|[ ]+và[ ]+)điều[ ]+hành)?(?:[ ]+(?:hội[ ]+nghị|đại[ ]+hội|buổi[ ]+lễ|lễ|kỳ[ ]+họp|phiên[ ]+họp|buổi[ ]+làm[ ]+việc|cuộc[ ]+họp|hội[ ]+thảo|(?:buổi|lễ)(?:[ ]+\p{Ll}+){1,3}))?[ ]*[:,][ ]*(?:(?:đồng[ ]+chí|ông|bà|đ\/c)[ ]+)?$/iu;

/** A person mention that chairs: "X ... chủ trì", "do X làm Trưởng đoàn", "Chủ trì ... có X", "do X, Chủ tịch Hội điều hành.". */
export function isChairMention(text: string, sentenceStart: number, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  if (CHAIR_AFTER.test(after)) return true;
  // "Chủ tịch Hội Người cao tuổi xã chủ trì", "Chủ tịch Công đoàn cơ sở lâm thời chủ tọa": the rest of the office's
  // body, unread, between the person and the verb; no other person or joined clause.
  const gap = CHAIR_AFTER_GAP.exec(after);
  if (gap && gapIsBody(gap[1])) return true;
  // "(Ông X, Giám đốc) điều hành, cho biết": without "do" before him, a bare "điều hành" may be a title's end.
  if (RUNS_IT.test(after) && LED_BY.test(text.slice(Math.max(sentenceStart, start - 8), start))) return true;
  const before = text.slice(Math.max(sentenceStart, start - 90), start);
  return CHAIR_BEFORE.test(before) || CHAIRS_LISTED.test(before) || CHAIR_LEAD.test(text.slice(Math.max(0, sentenceStart - 1, start - 60), start));
}

/** The words between an office and the verb are its body's: no other person, no joined clause ("và" only inside a field: "và tìm kiếm cứu nạn"). */
function gapIsBody(gap: string): boolean {
  const words = gap.trim().split(/[ ]+/u);
  return !words.some((w, i) => GAP_STOP.has(w.toLowerCase()) && !(w === 'và' && /^\p{Ll}/u.test(words[i + 1] ?? '')));
}

const LEADS_VISIT =
  /^[ ,]*(?:cùng[ ]+[^.;,\n]{1,60}?[ ]+(?=đã[ ]|vừa[ ]|đến[ ]))?(?:(?:đã|vừa|tiếp[ ]+tục|cùng[ ]+đoàn[ ]+công[ ]+tác)[ ]+)*(?:đi[ ]+|có[ ]+(?:buổi|chuyến)[ ]+)?(?:làm[ ]+việc|kiểm[ ]+tra|khảo[ ]+sát|giám[ ]+sát|thăm|đến[ ]+(?:tận[ ]+)?(?:nhà|gia[ ]+đình)[^.;,\n]{0,20}?[ ]+(?:thăm|trao|tặng))(?![\p{L}])/iu;

/**
 * "Sáng 12/3, đồng chí X, Trưởng Ban ..., đã có buổi làm việc với ...", "đồng chí X đã đi kiểm tra ...", "ngày 28/8, đồng chí Phó Bí thư cùng
 * đại diện Chi bộ khu dân cư đã đến tận nhà riêng trao Huy hiệu ...": the subject of a visit leads it.
 */
export function leadsVisit(text: string, end: number): boolean {
  return LEADS_VISIT.test(text.slice(end, end + 120));
}

