/**
 * Dates: explicit dates ("Oct. 12, 2020", "Friday, Oct. 23, 2020"), months, weekdays, years,
 * decades, and anchored relative dates ("last week", "Monday last week", "two days ago",
 * "end of the month"). Time of day and fuzzy modifiers stay outside ("late Monday" → Monday).
 * Durations and vague periods are not dates ("in the last week", "20 years", "recent weeks").
 */
import { gazetteer } from './gazetteer';
import { DATE_UNITS, DOCUMENT_NOUNS, CALENDAR_MONTHS, MONTHS, NUMBER_WORDS, ORG_DESIGNATORS, SEASONS, STREET_WORDS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './lexicon';
import { F_DATE, F_HYPHEN, NUM, ORD, PUNCT, WORD, digits, isPossessive, tokAt, type Tok } from './tokens';
import { STR_GAZ, type Cand } from './types';

const MAY_BEFORE = new Set(['in', 'since', 'until', 'by', 'of', 'for', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'through', 'to', 'between', 'during', 'and', 'or', 'before', 'after']);
const RELATIVE_UNITS = new Set([...DATE_UNITS, ...SEASONS]);
const YEAR_WORDS = new Set(['last', 'next', 'this']);
const EDGE_WORDS = new Set(['end', 'beginning', 'start', 'middle']);
/** After a four-digit time: "1700 gmt". */
const TIME_ZONES = new Set(['gmt', 'utc', 'hrs', 'hours', 'local', 'zulu', 'ist', 'pkt', 'aft']);
/** Capitalised nouns after a weekday that make it a place's name ("the Friday Mosque"). */
const WEEKDAY_PLACES = new Set(['mosque', 'market', 'bazaar', 'prayer', 'prayers', 'sermon', 'mosques']);

/** Words before "previous year", "next week" that unanchor them. */
const UNANCHORED_BEFORE = new Set(['any', 'every', 'each', 'no']);
const TIMES_OF_DAY = new Set(['day', 'night', 'morning', 'afternoon', 'evening']);

/** Month abbreviations written without a period ("6 Sep 2021", "Aug 30"): need a day or year beside them. */
const BARE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

function isMonth(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (t.k === WORD && t.cap && BARE_ABBREVIATIONS.has(t.l)) {
    const nx = tokAt(toks, i + 1);
    return isDay(tokAt(toks, i - 1)) || (!!nx && (nx.k === NUM || nx.k === ORD) && nx.sp);
  }
  if (t.k !== WORD || !t.cap || !MONTHS.has(t.l)) return false;
  // ("reported from Zinda Jan.": an abbreviated month after a capitalised word ends a name at the line's end; before a
  // capitalised word its period may end the sentence, and the month keeps the names apart)
  if (t.l.endsWith('.') && tokAt(toks, i - 1)?.k === WORD && tokAt(toks, i - 1).cap && !WEEKDAY_ABBREVIATIONS.has(tokAt(toks, i - 1).l.replace(/\.$/, '')) && (!tokAt(toks, i + 1) || (tokAt(toks, i + 1).k === WORD && !tokAt(toks, i + 1).cap))) return false;
  if (t.l !== 'may' && t.l !== 'march') return true;
  // "## May", "March": a month alone on its line is a timeline's heading
  if (toks.every((o) => o === t || (o.k === PUNCT && (o.t === '#' || o.t === '*' || o.t === ':')))) return true;
  const pv = tokAt(toks, i - 1);
  // ("mid-March": a prefix dropped before the month, layout.ts, leaves a gap of four characters or more)
  if (t.sp && (pv ? t.s - pv.e >= 4 && pv.k !== PUNCT : t.s >= 4)) return true;
  // "May"/"March" need a date context: a day or year after, or a preposition before
  const nx = tokAt(toks, i + 1);
  if (nx && (nx.k === NUM || nx.k === ORD)) return true;
  // "13 May", "in May"
  if ((!!pv && pv.k === WORD && MAY_BEFORE.has(pv.l)) || isDay(pv)) return true;
  // "spent May and June", "between March and May": coordinated with another month
  const other = nx && (nx.l === 'and' || nx.l === 'or' || nx.l === 'to') ? tokAt(toks, i + 2) : pv && (pv.l === 'and' || pv.l === 'or') ? tokAt(toks, i - 2) : undefined;
  return !!other && other.k === WORD && other.cap && MONTHS.has(other.l) && other.l !== 'may' && other.l !== 'march';
}

function isDay(t: Tok | undefined): boolean {
  if (!t || (t.k !== NUM && t.k !== ORD)) return false;
  const v = parseInt(t.t, 10);
  return v >= 1 && v <= 31 && /^\d{1,2}(st|nd|rd|th)?$/i.test(t.t);
}

export function isYear(t: Tok | undefined): boolean {
  return !!t && t.k === NUM && t.t.length === 4 && /^(1[5-9]|20)\d\d$/.test(t.t);
}

function isComma(t: Tok | undefined): boolean {
  return !!t && t.k === PUNCT && t.t === ',';
}

function isWeekday(t: Tok | undefined): boolean {
  return !!t && t.k === WORD && t.cap && WEEKDAYS.has(t.l);
}

function isWord(t: Tok | undefined, words: ReadonlySet<string>): boolean {
  return !!t && t.k === WORD && words.has(t.l);
}

/** Units of "N yr. ago" as forums abbreviate them. */
const ABBREVIATED_UNITS = new Set(['yr', 'yrs', 'mo', 'mos', 'wk', 'wks', 'yr.', 'yrs.', 'mo.', 'mos.', 'wk.', 'wks.']);

function isCount(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.k === NUM) return digits(t.t, 1, Infinity);
  return t.k === WORD && (t.l === 'a' || t.l === 'an' || (NUMBER_WORDS.has(t.l) && t.l !== 'dozen'));
}

/** Marks dates in `toks` (sets `used`) and appends them to `out`. */
/** "ASA 16/6927/2023", "S/RES/1970": a year-like number ending a document symbol (not "4/2024", a month and year). */
function symbolYear(toks: Tok[], i: number): boolean {
  const sl = tokAt(toks, i - 1);
  const before = tokAt(toks, i - 2);
  return !!sl && sl.t === '/' && !sl.sp && !toks[i].sp && !!before && (before.upper || (before.k === NUM && before.t.length > 2) || (before.k === WORD && before.t.length === 1));
}

/** "Mirage 2000D", "2000D": a model's number with a letter glued to it, not a year. */
function modelNumber(toks: Tok[], i: number): boolean {
  const nx = tokAt(toks, i + 1);
  return !!nx && nx.k === WORD && !nx.sp && nx.cap && nx.t.length <= 2 && nx.t === nx.t.toUpperCase();
}

/** "1775 Massachusetts Avenue": a street number, not a year. */
function streetNumber(toks: Tok[], i: number): boolean {
  const nx = tokAt(toks, i + 1);
  if (!nx || !nx.cap || !nx.sp) return false;
  return STREET_WORDS.has(tokAt(toks, i + 2)?.l ?? '') || (!!tokAt(toks, i + 2)?.cap && STREET_WORDS.has(tokAt(toks, i + 3)?.l ?? ''));
}

/** A fiscal year written as one word: "FY2023", "FY23". */
const FISCAL_GLUED = /^FY(?:19|20)?\d\d$/;

export function findDates(toks: Tok[], used: Uint8Array, out: Cand[]): void {
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    if (used[i]) continue;
    const t = toks[i];
    if (t.k === PUNCT || (t.k === WORD && !(t.f & F_DATE) && !(t.f & F_HYPHEN && ((t.cap && monthRange(t)) || DECADE_WORDS.test(t.l) || MID_YEAR.test(t.l))) && !(t.cap && t.t.charCodeAt(1) === 89 && FISCAL_GLUED.test(t.t)))) continue;
    // "since mid-2023", "in the mid-1980s": the year or decade after the prefix ("mid-March" is split before: layout.ts)
    if (t.k === WORD && t.f & F_HYPHEN && MID_YEAR.test(t.l)) {
      out.push({ s: t.e - (t.l.endsWith('s') ? 5 : 4), e: t.e, type: 'date', str: STR_GAZ, key: '' });
      used[i] = 1;
      continue;
    }
    // "a"/"an" (flagged for "a week ago", and the commonest words there are) start no other date
    if (t.l.length <= 2 && (t.l === 'a' || t.l === 'an') && tokAt(toks, i + 2)?.l !== 'ago') continue;
    let a = -1;
    let b = -1;
    if (t.k === WORD) {
      if (t.f & F_HYPHEN && DECADE_WORDS.test(t.l)) {
        a = i; // "the nineteen-eighties"
        b = i;
      } else if (t.f & F_HYPHEN && t.cap && monthRange(t)) {
        // "April-May 2022": a range of months, with its year
        a = i;
        b = isYear(tokAt(toks, i + 1)) && tokAt(toks, i + 1).sp ? i + 1 : i;
      } else if (t.cap && WEEKDAY_ABBREVIATIONS.has(t.l)) {
        // Tue 11 Feb 2025, Wed, 23 Mar 2022, Thu Aug 19
        const e = dayMonthAfter(toks, i) > 0 ? dayMonthAfter(toks, i) : monthDayAfter(toks, i);
        if (e > 0) {
          a = i;
          b = e;
        }
      } else if (isWeekday(t) && !(t.cap && WEEKDAY_PLACES.has(tokAt(toks, i + 1)?.l ?? '') && tokAt(toks, i + 1).cap)) {
        a = i;
        b = i;
        // Friday, Oct. 23, 2020
        if (isComma(tokAt(toks, i + 1)) && tokAt(toks, i + 2) && isMonth(toks, i + 2)) b = extendMonth(toks, i + 2);
        // Monday 3 March 2025, Saturday, 03 July 2021
        else if (dayMonthAfter(toks, i) > 0) b = dayMonthAfter(toks, i);
        // Tuesday, 8 Saratan 1400
        else if (hijriAfter(toks, i) > 0) b = hijriAfter(toks, i);
        // Thursday April 17, 2025
        else if (monthDayAfter(toks, i) > 0) b = monthDayAfter(toks, i);
        // Monday last week
        else if (isWord(tokAt(toks, i + 1), YEAR_WORDS) && isWord(tokAt(toks, i + 2), DATE_UNITS)) b = i + 2;
        // Last Sunday / last Sunday / the previous Saturday
        if (i > 0 && (isWord(tokAt(toks, i - 1), YEAR_WORDS) || tokAt(toks, i - 1)?.l === 'previous') && !used[i - 1]) a = i - 1;
      } else if (t.cap && CALENDAR_MONTHS.has(t.l)) {
        const day = isDay(tokAt(toks, i - 1)) && !used[i - 1] && tokAt(toks, i - 1).k === NUM;
        b = hijriEnd(toks, i, day);
        if (b >= 0) a = day ? i - 1 : i;
      } else if (isMonth(toks, i)) {
        a = i;
        b = extendMonth(toks, i);
        // 12 October 2020
        if (isDay(tokAt(toks, i - 1)) && !used[i - 1]) a = i - 1;
        // 17-18 July, 29–30 June
        if (a === i - 1 && (tokAt(toks, i - 2)?.t === '-' || tokAt(toks, i - 2)?.t === '–') && !tokAt(toks, i - 2).sp && isDay(tokAt(toks, i - 3)) && !used[i - 3]) a = i - 3;
        // the 26th of August
        else if (tokAt(toks, i - 1)?.l === 'of' && tokAt(toks, i - 2)?.k === ORD && isDay(tokAt(toks, i - 2)) && !used[i - 2]) a = i - 2;
        if (b === i && isWord(tokAt(toks, i + 1), YEAR_WORDS) && tokAt(toks, i + 2)?.l === 'year') b = i + 2; // February last year
        else if (b === i && i > 0 && isWord(tokAt(toks, i - 1), YEAR_WORDS) && !used[i - 1]) a = i - 1; // last February
      } else if (YEAR_WORDS.has(t.l) || t.l === 'previous' || t.l === 'following') {
        const nx = tokAt(toks, i + 1);
        const pv = tokAt(toks, i - 1);
        const afterThe = !!pv && pv.k === WORD && pv.l === 'the';
        // ("this quarter", "the previous quarter": a report's quarter; not "the last quarter of the match")
        if (nx && nx.k === WORD && (RELATIVE_UNITS.has(nx.l) && !nx.l.endsWith('s')) && (nx.l !== 'quarter' || t.l === 'this' || t.l === 'previous')) {
          // (not "in any previous year", "every next month")
          // (not a programme's title mid-sentence: ABC's “This Week”)
          if (t.cap && nx.cap && pv && (pv.t === '“' || pv.t === '"' || pv.t === '‘') && /^[”"’]$/.test(tokAt(toks, i + 2)?.t ?? '')) continue;
          // (not "waited for this day": an occasion, not a date; the sets' gold never marks it)
          if (t.l === 'this' && nx.l === 'day') continue;
          // ("the next day", like "the previous day": anchored in the story's own time)
          if ((!afterThe || t.l === 'previous' || t.l === 'following' || (t.l === 'next' && nx.l === 'day')) && !UNANCHORED_BEFORE.has(pv?.l ?? '')) {
            a = i;
            b = i + 1;
            // last week Monday
            if (isWeekday(tokAt(toks, i + 2))) b = i + 2;
          }
        }
      } else if (t.cap && HOLIDAY_DATES.has(t.l) && !(tokAt(toks, i - 1)?.cap && gazetteer().given.has(tokAt(toks, i - 1).l)) && !(tokAt(toks, i + 1)?.cap && tokAt(toks, i + 1).sp && tokAt(toks, i + 1).l !== 'day' && tokAt(toks, i + 1).l !== 'eve')) {
        // (not the first word of a name: "the Eid Gah mosque")
        // "Christmas Day", "Eid al-Fitr", "until after Ramadan": holidays are days (or months) of the calendar
        a = i;
        b = i;
        const nx = tokAt(toks, i + 1);
        if (nx?.cap && nx.sp && (nx.l === 'day' || nx.l === 'eve')) b = i + 1;
        else if (nx && nx.k === WORD && nx.sp && /^(?:al|ul)-(?:fitr|adha|azha)$/.test(nx.l)) b = i + 1;
        else if (nx?.l === 'al' && nx.sp && /^(?:fitr|adha|azha)$/.test(tokAt(toks, i + 2)?.l ?? '')) b = i + 2;
      } else if (FISCAL_GLUED.test(t.t)) {
        // "FY2023", "FY23"
        a = i;
        b = i;
      } else if (t.t === 'FY' && isYear(tokAt(toks, i + 1))) {
        // fiscal years: "FY 2022"
        a = i;
        b = i + 1;
      } else if ((t.l === 'sixties' || t.l === 'seventies' || t.l === 'eighties' || t.l === 'nineties') && tokAt(toks, i - 1)?.l === 'the') {
        a = i; // "they remember the nineties" (not "in her sixties": an age)
        b = i;
      } else if (t.l === 'yesterday' || t.l === 'today' || t.l === 'tomorrow' || t.l === 'tonight') {
        // (but "USA TODAY", "Pakistan Today": the end of a known name)
        const pv = tokAt(toks, i - 1);
        // (nor the menu link "Today’s Paper")
        if (!(t.cap && pv?.cap && pv.k === WORD && gazetteer().names.has(pv.l + ' ' + t.l)) && !(t.cap && tokAt(toks, i + 2)?.l === 'paper' && isPossessive(tokAt(toks, i + 1)))) {
          a = i;
          b = i;
        }
      } else if (EDGE_WORDS.has(t.l) && tokAt(toks, i + 1)?.l === 'of') {
        // end of the month, beginning of next year
        const d = tokAt(toks, i + 2);
        const u = tokAt(toks, i + 3);
        // (not "the middle of the night", "the end of the day")
        if (d && (d.l === 'the' || YEAR_WORDS.has(d.l)) && u && u.k === WORD && DATE_UNITS.has(u.l) && !u.l.endsWith('s') && !TIMES_OF_DAY.has(u.l)) {
          a = i;
          b = i + 3;
        }
      }
    } else if (t.k === NUM) {
      const nd = numericDate(toks, i);
      if (nd >= 0) {
        a = i;
        b = nd;
      } else if (decadeDigits(t.t) && /^(1[0-9]|20)\d0s$/.test(t.t)) {
        a = i;
        b = i; // 1990s
      } else if (decadeDigits(t.t) && /^\d0s$/.test(t.t) && !t.sp && (tokAt(toks, i - 1)?.t === '’' || tokAt(toks, i - 1)?.t === "'") && (i < 2 || tokAt(toks, i - 1).sp)) {
        a = i - 1;
        b = i; // "in the '90s"
      } else if (hijriYear(t) && !isYear(t) && tokAt(toks, i - 1)?.l === 'year' && (tokAt(toks, i - 2)?.l === 'solar' || tokAt(toks, i - 2)?.l === 'hijri' || tokAt(toks, i - 2)?.l === 'fiscal')) {
        // "the solar year 1400": a year of the Afghan (solar hijri) calendar
        a = i;
        b = i;
      } else if (hijriYear(t) && !isYear(t) && t.sp && BARE_YEAR_BEFORE.has(tokAt(toks, i - 1)?.l ?? '') && (!tokAt(toks, i + 1) || tokAt(toks, i + 1).k === PUNCT)) {
        // "up from $31 million in 1401.", "the target for 1403": a bare year of that calendar (or of the 14th and 15th centuries)
        a = i;
        b = i;
      } else if (isYear(t) && !streetNumber(toks, i) && !symbolYear(toks, i) && !modelNumber(toks, i)) {
        const range = yearRangeEnd(toks, i);
        const counted = range < 0 && followedByCountedNoun(toks, i);
        const season = range < 0 && !counted ? seasonBefore(toks, i, used) : -1;
        if (range > 0) {
          a = i;
          b = range; // "2020-21", "the 2022–23 fiscal year"
        } else if (season >= 0) {
          a = season; // "the summer of 2021", "spring 2022"
          b = i;
        } else if (!counted && !TIME_ZONES.has(tokAt(toks, i + 1)?.l ?? '') && !isWord(tokAt(toks, i - 1), DOCUMENT_NOUNS) && !(tokAt(toks, i - 1)?.t === '_' && !t.sp)) {
          a = i;
          b = i;
        }
      }
    }
    // two days ago, a week ago
    if (a < 0 && isCount(t) && isWord(tokAt(toks, i + 1), DATE_UNITS) && tokAt(toks, i + 2)?.l === 'ago') {
      a = i;
      b = i + 2;
    }
    // "3 yr. ago", "11 mo. ago": a forum's units abbreviated
    if (a < 0 && t.k === NUM && ABBREVIATED_UNITS.has(tokAt(toks, i + 1)?.l ?? '')) {
      const k = tokAt(toks, i + 2)?.t === '.' && !tokAt(toks, i + 2).sp ? i + 3 : i + 2;
      if (tokAt(toks, k)?.l === 'ago') {
        a = i;
        b = k;
      }
    }
    if (a < 0) continue;
    // "March 23 Movement": a date naming an organisation is part of its name (not a full date before a heading's
    // words: "10 Jan. 2022 Relations with Ukraine")
    const nb = tokAt(toks, b + 1);
    if (nb && nb.cap && nb.sp && toks[b].k === NUM && a < b && ORG_DESIGNATORS.has(nb.l) && !isYear(toks[b])) continue;
    for (let k = a; k <= b; k++) used[k] = 1;
    out.push({ s: toks[a].s, e: toks[b].e, type: 'date', str: STR_GAZ, key: '' });
    i = b;
  }
}

/** A year after "mid-", "early-", "late-", "post-" or "pre-": "mid-2023", "a post-2014 force". */
const MID_YEAR = /^(?:mid|early|late|post|pre)-(?:19|20)\d\d(?:(?<=0)s)?$/;

/** Decades written in words: "nineteen-eighties". */
const DECADE_WORDS = /^(?:eighteen|nineteen|twenty)-(?:tens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/;

/** Holidays and months of religious calendars that name a time ("Christmas", "Ramadan", "Eid"). */
const HOLIDAY_DATES = new Set(['christmas', 'ramadan', 'ramazan', 'eid', 'nowruz', 'navroz', 'ashura', 'diwali', 'hanukkah', 'passover', 'easter', 'purim']);

/** "April-May", "Jan-Feb": two months joined by a hyphen. */
function monthRange(t: Tok): boolean {
  const h = t.l.indexOf('-');
  return h > 2 && MONTHS.has(t.l.slice(0, h)) && MONTHS.has(t.l.slice(h + 1)) && t.t.charCodeAt(h + 1) >= 65 && t.t.charCodeAt(h + 1) <= 90;
}

/** A season before the year at i, "summer of 2021", "spring 2022": the season's index, or -1. */
function seasonBefore(toks: Tok[], i: number, used: Uint8Array): number {
  const k = tokAt(toks, i - 1)?.l === 'of' ? i - 2 : i - 1;
  const s = tokAt(toks, k);
  return s && s.k === WORD && SEASONS.has(s.l) && !used[k] && (k === i - 1 || !used[i - 1]) ? k : -1;
}

/** "2020-21", "2022–23": a year, a dash and the two digits of the next year (a fiscal or school year); the last index, or -1. */
function yearRangeEnd(toks: Tok[], i: number): number {
  const d = tokAt(toks, i + 1);
  const y = tokAt(toks, i + 2);
  if (!d || !y || (d.t !== '-' && d.t !== '–') || d.sp || y.sp || y.k !== NUM) return -1;
  // (spans of four-digit years, "2001–2021", are two dates: the blind sets' gold mostly splits them)
  return y.t.length === 2 && (Number(toks[i].t) + 1) % 100 === Number(y.t) ? i + 2 : -1;
}

/** A year of the Solar Hijri (13xx, 14xx) or the Ethiopian calendar (20xx). */
/** Prepositions before a bare year of the Solar Hijri calendar ("in 1401."). */
const BARE_YEAR_BEFORE = new Set(['in', 'since', 'until', 'for', 'by']);

const hijriYear = (x: Tok | undefined): boolean => !!x && x.k === NUM && x.t.length === 4 && /^(?:1[34]|20)\d\d$/.test(x.t);

/** Ends in "0s", as decades do ("1990s", "'90s"): tested before their patterns. */
function decadeDigits(w: string): boolean {
  return w.charCodeAt(w.length - 1) === 115 && w.charCodeAt(w.length - 2) === 48;
}

/**
 * "8 Saratan 1400", "Saratan 2", "Asad 1399": a Solar Hijri month at m beside its day or year (`day`:
 * a day number before it); the date's last token, or -1 (the month alone names nothing).
 */
function hijriEnd(toks: Tok[], m: number, day: boolean): number {
  const next = tokAt(toks, m + 1);
  if (hijriYear(next)) return m + 1;
  if (isDay(next) && next.k === NUM) return hijriYear(tokAt(toks, m + 2)) ? m + 2 : isComma(tokAt(toks, m + 2)) && hijriYear(tokAt(toks, m + 3)) ? m + 3 : m + 1;
  return day ? m : -1;
}

/** After a weekday at i: "[,] month day …" ("Thursday April 17, 2025", "Thu Aug 19"); the date's last token, or -1. */
function monthDayAfter(toks: Tok[], i: number): number {
  const m = isComma(tokAt(toks, i + 1)) ? i + 2 : i + 1;
  return tokAt(toks, m) && isMonth(toks, m) && isDay(tokAt(toks, m + 1)) ? extendMonth(toks, m) : -1;
}

/** After a weekday at i: "[,] day Hijri-month [year]" ("Tuesday, 8 Saratan 1400"); the date's last token, or -1. */
function hijriAfter(toks: Tok[], i: number): number {
  const d = isComma(tokAt(toks, i + 1)) ? i + 2 : i + 1;
  const m = tokAt(toks, d + 1);
  if (!isDay(tokAt(toks, d)) || !m || !m.cap || !CALENDAR_MONTHS.has(m.l)) return -1;
  return hijriEnd(toks, d + 1, true);
}

/** After a weekday at i: "[,] day month …" ("3 March 2025", ", 03 July 2021"); the date's last token, or -1. */
function dayMonthAfter(toks: Tok[], i: number): number {
  const d = isComma(tokAt(toks, i + 1)) ? i + 2 : i + 1;
  return isDay(toks[d]) && tokAt(toks, d + 1) && isMonth(toks, d + 1) ? extendMonth(toks, d + 1) : -1;
}

/** From a month token: "Oct. 12, 2020", "Oct. 12", "March 2020", "May 1". Returns the last token index. */
function extendMonth(toks: Tok[], i: number): number {
  let b = i;
  if (isDay(tokAt(toks, i + 1))) {
    b = i + 1;
    // "Aug. 7–9": a range of days in one month
    const dash = tokAt(toks, i + 2);
    if (dash && (dash.t === '–' || dash.t === '-') && !dash.sp && isDay(tokAt(toks, i + 3)) && !tokAt(toks, i + 3)?.sp) b = i + 3;
    if (isComma(tokAt(toks, b + 1)) && isYear(tokAt(toks, b + 2))) b += 2;
    else if (isYear(tokAt(toks, b + 1))) b += 1;
  } else if (isYear(tokAt(toks, i + 1))) b = i + 1;
  else if (isComma(tokAt(toks, i + 1)) && isYear(tokAt(toks, i + 2)) && !tokAt(toks, i + 3)?.t.match(/^\d/)) b = i + 2;
  // spoken: "August the 15th"
  else if (tokAt(toks, i + 1)?.l === 'the' && tokAt(toks, i + 2)?.k === ORD && isDay(tokAt(toks, i + 2))) b = i + 2;
  // "February of last year", "May 1st of this year", "Oct. 27 last year": the year named relative to now
  if (b === i || !isYear(toks[b])) {
    const of = tokAt(toks, b + 1)?.l === 'of' ? 1 : 0;
    if ((of || b > i) && isWord(tokAt(toks, b + 1 + of), YEAR_WORDS) && tokAt(toks, b + 2 + of)?.l === 'year') b += 2 + of;
  }
  return b;
}

/** "2000 troops": a year-like number that counts something is a quantity. */
function followedByCountedNoun(toks: Tok[], i: number): boolean {
  const nx = tokAt(toks, i + 1);
  if (!nx) return false;
  if (nx.k === PUNCT && nx.t === '%') return true;
  if (nx.k !== WORD || !nx.sp) return false;
  if (/^(percent|people|troops|soldiers|families|civilians|fighters|refugees|residents|men|women|children|police|dollars|euros|tons|tonnes|kilometers|kilometres|miles|km|homes|houses|buildings|cases|deaths|votes|members|villages)$/.test(nx.l)) return true;
  return false;
}

/**
 * Numeric dates, day and month in either order with a four-digit year ("14/03/2025", "3-14-2025",
 * "14.03.2025", "14.03.25") or ISO ("2025-03-14"): the index of the last token, or -1.
 */
function numericDate(toks: Tok[], i: number): number {
  const t = toks[i].t;
  // (and "24.02.22": two digits each, the European day first)
  if ((t.length === 10 && /^\d\d?\.\d\d?\.\d{4}$/.test(t)) || (t.length === 8 && /^\d\d\.\d\d\.\d\d$/.test(t))) {
    const [d, m] = t.split('.').map(Number);
    return dayMonth(d, m) ? i : -1;
  }
  const s1 = tokAt(toks, i + 1);
  const s2 = tokAt(toks, i + 3);
  if (!s1 || !s2 || s1.t !== s2.t || (s1.t !== '/' && s1.t !== '-') || s1.sp || tokAt(toks, i + 2).sp || s2.sp || tokAt(toks, i + 4)?.k !== NUM || tokAt(toks, i + 4).sp) return -1;
  const x = tokAt(toks, i + 2).t;
  const y = tokAt(toks, i + 4).t;
  if (digits(t, 4, 4) && digits(x, 2, 2) && digits(y, 2, 2)) return isYear(toks[i]) && dayMonth(Number(y), Number(x)) ? i + 4 : -1;
  // ("7/9/21", "04/14/21": a two-digit year with slashes, the US month first)
  const after = tokAt(toks, i + 5);
  const shortYear = s1.t === '/' && digits(y, 2, 2) && !(after && !after.sp && /^[/\d]/.test(after.t));
  if (!digits(t, 1, 2) || !digits(x, 1, 2) || !(isYear(tokAt(toks, i + 4)) || shortYear)) return -1;
  if (shortYear && !isYear(tokAt(toks, i + 4))) return dayMonth(Number(x), Number(t)) ? i + 4 : -1;
  return dayMonth(Number(t), Number(x)) || dayMonth(Number(x), Number(t)) ? i + 4 : -1;
}

function dayMonth(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}
