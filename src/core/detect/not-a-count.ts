/**
 * Numbers that count nothing: names' numbers ("Route 66"), ages, clock times, phone, page and record numbers,
 * references, document symbols; `notACount` tells the quantity rules (quantity.ts) to pass over them.
 */
import { DOCUMENT_NOUNS, NP_STOP, PERCENT_WORDS, STREET_WORDS } from './lexicon';
import { F_NUMBER, NUM, PUNCT, WORD, digits, isPossessive, tokAt, type Tok } from './tokens';
import { gazetteer } from './gazetteer';
import { footnoteNumber } from './layout';
import { AGE_SUBJECTS, APPROXIMATORS, isPluralNoun, type IsCommon } from './quantity-words';

/** Times of day after which "at 7" is a clock time. */
const DAY_TIMES = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * Numbers that count nothing: names' numbers ("Route 66", "Hearing 117-389"), ages, clock times, phone and page
 * numbers, references, coordinates, elided durations. The last token index the number covers (the loop goes on
 * after it), or -1 when the number at i may count something.
 */
export function notACount(toks: Tok[], i: number, used: Uint8Array, isCommon: IsCommon): number {
  const t = toks[i];
  if (t.k !== NUM) return -1;
  const n = toks.length;
  const prev = tokAt(toks, i - 1);
  // picture and record IDs: "Editorial #: 2154938127", "ID: 33WQ8XK" (a long figure with no separator, or digits
  // glued to capitals)
  if (digits(t.t, 7, Infinity) || (tokAt(toks, i + 1)?.k === WORD && !tokAt(toks, i + 1).sp && tokAt(toks, i + 1).upper && /\d/.test(tokAt(toks, i + 1).t))) return numberedRangeEnd(toks, i);
  // a report's or paragraph's number: "Report N°337", "para. 77" (the tokenizer splits "N°" and "para.")
  if (prev && !t.sp && (prev.t === '°' || prev.t === 'º') && !prev.sp && tokAt(toks, i - 2)?.t === 'N') return numberedRangeEnd(toks, i);
  if (prev?.t === '.' && !prev.sp && (tokAt(toks, i - 2)?.l === 'para' || tokAt(toks, i - 2)?.l === 'paras')) return numberedRangeEnd(toks, i);
  // coordinates in degrees, minutes and seconds: "34°33′47″N", "34.56306°N" (not "45°C")
  const deg = degreesEnd(toks, i);
  if (deg > 0) return deg;
  // document symbols "A/HRC/57/86", "ASA 16/6927/2023": a number glued after a slash that follows a code or a number
  if (prev?.t === '/' && !prev.sp && !t.sp && (tokAt(toks, i - 2)?.upper || (tokAt(toks, i - 2)?.k === NUM && !tokAt(toks, i - 2).sp))) return numberedRangeEnd(toks, i);
  // page numbers of citations: "pp. 44-67", "p. 71", "Pages 801-832"; a journal's volume, issue and pages: "37 (1): 7–40"
  if (prev && (PAGE_WORDS.has(prev.l) || (prev.t === ':' && tokAt(toks, i - 2)?.t === ')' && tokAt(toks, i - 3)?.k === NUM && tokAt(toks, i - 4)?.t === '('))) return numberedRangeEnd(toks, i);
  if (tokAt(toks, i + 1)?.t === '(' && tokAt(toks, i + 2)?.k === NUM && tokAt(toks, i + 3)?.t === ')' && tokAt(toks, i + 4)?.t === ':' && tokAt(toks, i + 5)?.k === NUM) return i + 3;
  // a house number before a street's name: "58 East 68th Street", "1777 F Street"
  if (streetAfter(toks, i + 1)) return i;
  // "Articles 3, 5, 8 and 14": the further numbers of a list of articles
  if (prev && (prev.t === ',' || prev.l === 'and') && articleList(toks, i)) return i;
  // phone numbers "1-866-329-8893", "202-555-0148": groups joined by hyphens
  if (tokAt(toks, i + 1)?.t === '-' && !tokAt(toks, i + 1).sp && digits(tokAt(toks, i + 2)?.t ?? '', 3, 3) && tokAt(toks, i + 3)?.t === '-' && !tokAt(toks, i + 3).sp && digits(tokAt(toks, i + 4)?.t ?? '', 3, 4)) {
    i += 4;
    while (tokAt(toks, i + 1)?.t === '-' && !tokAt(toks, i + 1).sp && tokAt(toks, i + 2)?.k === NUM) i += 2;
    return i;
  }
  // international phone numbers "+380 (44) 521-5000", "+92 51 201 2000": "+" glued to the country code, then the groups
  if (prev?.t === '+' && !t.sp && tokAt(toks, i - 2)?.t !== '(' && ((tokAt(toks, i + 1)?.k === NUM && tokAt(toks, i + 1).sp) || tokAt(toks, i + 1)?.t === '(' || (tokAt(toks, i + 1)?.t === '-' && !tokAt(toks, i + 1).sp))) {
    // (the further groups, brackets and hyphens)
    for (let nx = tokAt(toks, i + 1); nx && (nx.k === NUM || nx.t === '(' || nx.t === ')' || (nx.t === '-' && !nx.sp)); nx = tokAt(toks, i + 1)) i++;
    return i;
  }
  // phone numbers "020 7008 3100", "Telephone 0799 123 456": a number with its leading zero, then its other groups
  if (((t.t.charCodeAt(0) === 48 && digits(t.t, 3, Infinity)) || PHONE_WORDS.has(prev?.l ?? '')) && tokAt(toks, i + 1)?.k === NUM && digits(tokAt(toks, i + 1).t, 3, 4)) {
    while (tokAt(toks, i + 1)?.k === NUM && tokAt(toks, i + 1).sp) i++;
    return i;
  }
  // Not counts: "Route 66", "No. 5", times "10:30", "aged 25"
  // (a headline verb is no name before a number: "Strike Killed 10 Civilians", "Kills 17")
  // ("The Taliban Say They Hold 100 Districts": a capitalised common plural after the number is what it counts)
  // ("gave the Taliban 221 districts": a known name, then the number and the plural it counts)
  if (prev && !used[i - 1] && ((prev.k === WORD && prev.cap && !NP_STOP.has(prev.l) && !APPROXIMATORS.has(prev.l) && !headlineVerb(prev, isCommon) && !(headlineCount(toks, i + 1, isCommon) && (isCommon(prev) || !gazetteer().names.has(prev.l))) && !nameThenCount(toks, i)) || (prev.t === '#' && !t.sp) || prev.l === 'aged' || prev.l === 'age' || prev.l === 'ages')) {
    i = numberedRangeEnd(toks, i); // "Hearing 117-389"
    // "Page 2 of 4"
    if (tokAt(toks, i + 1)?.l === 'of' && tokAt(toks, i + 2)?.k === NUM && DOCUMENT_NOUNS.has(prev.l)) i += 2;
    // "aged 18 to 35"
    if ((prev.l === 'aged' || prev.l === 'age' || prev.l === 'ages') && (tokAt(toks, i + 1)?.l === 'to' || tokAt(toks, i + 1)?.l === 'and') && tokAt(toks, i + 2)?.k === NUM) i += 2;
    return i;
  }
  // "No 10 said": Downing Street's number, not a count
  if (prev?.t === 'No' && t.t === '10') return i;
  // "Group of 7", "Group of 20": a number inside a known name
  if (prev?.l === 'of' && tokAt(toks, i - 2)?.t === 'Group') return i;
  // "aged between 11 and 17", "men between 16 and 60"
  if (prev?.l === 'between' && (tokAt(toks, i - 2)?.l === 'aged' || (AGED_PEOPLE.has(tokAt(toks, i - 2)?.l ?? '') && digits(t.t, 1, 2) && digits(tokAt(toks, i + 2)?.t ?? '', 1, 2)))) {
    if (tokAt(toks, i + 1)?.l === 'and' && tokAt(toks, i + 2)?.k === NUM) i += 2;
    return i;
  }
  // ages: "at the age of 73"
  // ("between the ages of 10 and 60": both)
  if (prev?.l === 'of' && (tokAt(toks, i - 2)?.l === 'age' || tokAt(toks, i - 2)?.l === 'ages')) return (tokAt(toks, i + 1)?.l === 'and' || tokAt(toks, i + 1)?.l === 'to') && tokAt(toks, i + 2)?.k === NUM ? i + 2 : i;
  // ages: "a boy of about 12", "a girl of 9"
  if (digits(t.t, 1, 2) && tokAt(toks, atOf(toks, i))?.l === 'of' && (AGE_SUBJECTS.has(tokAt(toks, atOf(toks, i) - 1)?.l ?? '') || AGED_PEOPLE.has(tokAt(toks, atOf(toks, i) - 1)?.l ?? ''))) return i;
  // ages: "children under 5"
  // ("girls over 12", "men over 50")
  if ((prev?.l === 'under' || prev?.l === 'over') && digits(t.t, 1, 2) && AGED_PEOPLE.has(tokAt(toks, i - 2)?.l ?? '')) return i;
  // ages: "people older than 65", "those younger than 18"
  if (prev?.l === 'than' && digits(t.t, 1, 2) && (tokAt(toks, i - 2)?.l === 'older' || tokAt(toks, i - 2)?.l === 'younger')) return i;
  // clock times: "until almost 5 in the evening", "at 9 o'clock"
  if (digits(t.t, 1, 2) && ((tokAt(toks, i + 1)?.l === 'in' && tokAt(toks, i + 2)?.l === 'the' && DAY_TIMES.has(tokAt(toks, i + 3)?.l ?? '')) || tokAt(toks, i + 1)?.l === "o'clock" || tokAt(toks, i + 1)?.l === 'o’clock')) return i;
  // ages: "some as young as 12", "as old as 80"
  if (prev?.l === 'as' && digits(t.t, 1, 2) && (tokAt(toks, i - 2)?.l === 'young' || tokAt(toks, i - 2)?.l === 'old') && tokAt(toks, i - 3)?.l === 'as') return i;
  // ages: "Mr. Noori, now 35,", "she died at 68"
  if (digits(t.t, 1, 3) && ((prev?.l === 'now' && tokAt(toks, i - 2)?.t === ',' && tokAt(toks, i + 1)?.t === ',') || (prev?.l === 'at' && (tokAt(toks, i - 2)?.l === 'died' || tokAt(toks, i - 2)?.l === 'dies')))) return i;
  // footnote markers "[3]", page references "p. 64", section numbers of a contents line ("8 References"),
  // numbers inside a handle ("sher_khan_1990"), counters "Comments (3)", document numbers ("resolution 2593")
  if ((referenceNumber(toks, i) || (i === 0 && (contentsLine(toks) || footnoteNumber(toks))) || (tokAt(toks, i - 1)?.t === '_' && !t.sp) || (prev?.t === '(' && tokAt(toks, i + 1)?.t === ')') || (prev?.k === WORD && DOCUMENT_NOUNS.has(prev.l)) || numberNoun(toks, i))) {
    if (prev?.k === WORD && DOCUMENT_NOUNS.has(prev.l)) i = numberedRangeEnd(toks, i);
    return i;
  }
  // phone numbers written in groups: "Lifeline on 13 11 14", "1300 22 4636"
  if (tokAt(toks, i + 1)?.k === NUM && tokAt(toks, i + 2)?.k === NUM && digits(t.t, 1, Infinity) && digits(tokAt(toks, i + 1).t, 1, Infinity)) {
    while (tokAt(toks, i + 1)?.k === NUM) i++;
    return i;
  }
  // ages: "the coordinator, who is 47", "She is 61", "she was about 50"
  const approx = !!prev && prev.k === WORD && prev.l !== 'is' && prev.l !== 'was' && prev.l !== 'am' && APPROXIMATORS.has(prev.l) ? 1 : 0;
  // ("I am 30 now")
  if ((tokAt(toks, i - 1 - approx)?.l === 'is' || tokAt(toks, i - 1 - approx)?.l === 'was' || tokAt(toks, i - 1 - approx)?.l === 'am') && AGE_SUBJECTS.has(tokAt(toks, i - 2 - approx)?.l ?? '') && (!tokAt(toks, i + 1) || tokAt(toks, i + 1).k === PUNCT || tokAt(toks, i + 1).l === 'and' || tokAt(toks, i + 1).l === 'now')) return i;
  // ages: "was 12 when his father was killed"
  if ((prev?.l === 'was' || prev?.l === 'is') && digits(t.t, 1, 2) && tokAt(toks, i + 1)?.l === 'when') return i;
  // ages at a clause's end: "He's 52.", "Zawahiri was 71.", "the youngest 2", "who turned 9 in captivity"
  if (digits(t.t, 1, 3) && ageAt(toks, i)) return i;
  // "could fall within 90.": a duration whose unit was left out
  if (prev?.l === 'within' && (!tokAt(toks, i + 1) || tokAt(toks, i + 1).k === PUNCT)) return i;
  // phone numbers "917-555-0143"
  if (tokAt(toks, i + 1)?.t === '-' && !tokAt(toks, i + 1).sp && tokAt(toks, i + 2)?.k === NUM && tokAt(toks, i + 3)?.t === '-' && !tokAt(toks, i + 3).sp && tokAt(toks, i + 4)?.k === NUM && !tokAt(toks, i + 4).sp) {
    i += 4;
    return i;
  }
  // clock times without their "a.m.": "at 4 in the morning", "every morning at 7"
  // ("every morning at about 7")
  const atK = prev?.l === 'about' || prev?.l === 'around' ? i - 2 : i - 1;
  if ((tokAt(toks, atK)?.l === 'at' || tokAt(toks, atK)?.l === 'from' || tokAt(toks, atK)?.l === 'until' || tokAt(toks, atK)?.l === 'by') && digits(t.t, 1, 2) && ((tokAt(toks, i + 1)?.l === 'in' && tokAt(toks, i + 2)?.l === 'the' && DAY_TIMES.has(tokAt(toks, i + 3)?.l ?? '')) || DAY_TIMES.has(tokAt(toks, atK - 1)?.l ?? '') || ((tokAt(toks, i + 1)?.l === 'each' || tokAt(toks, i + 1)?.l === 'every') && DAY_TIMES.has(tokAt(toks, i + 2)?.l ?? '')))) return i; // ("At 9 each morning")
  // live-blog times "22m ago", "2h ago"
  if (AGO_UNITS.has(tokAt(toks, i + 1)?.l ?? '') && !tokAt(toks, i + 1).sp && tokAt(toks, i + 2)?.l === 'ago') {
    i += 2;
    return i;
  }
  // phone numbers "0700 161 612": a leading zero; list numbers "2. NATO follows suit"
  if (t.t.length >= 3 && t.t.charCodeAt(0) === 48 && digits(t.t, 1, Infinity)) {
    while (tokAt(toks, i + 1)?.k === NUM) i++;
    return i;
  }
  if (i === 0 && tokAt(toks, 1)?.t === '.' && tokAt(toks, 2)?.cap && tokAt(toks, 2).sp) return i;
  // phone numbers "(202) 293-5550"
  if (prev?.t === ')' && digits(tokAt(toks, i - 2)?.t ?? '', 3, 3) && tokAt(toks, i - 3)?.t === '(' && tokAt(toks, i + 1)?.t === '-' && tokAt(toks, i + 2)?.k === NUM) {
    i += 2;
    return i;
  }
  // document codes "SC/15021", "SG/SM/21436", "PR-33/2024": a number after letters and a slash
  if (prev?.t === '/' && !prev.sp && !t.sp && tokAt(toks, i - 2)?.k === WORD && tokAt(toks, i - 2).upper) return i;
  // a thread's post counter: "… the Islamic Emirate. 1/", "🧵 7/" (a number and a slash with no number after)
  if (tokAt(toks, i + 1)?.t === '/' && !tokAt(toks, i + 1).sp && tokAt(toks, i + 2)?.k !== NUM) return i;
  // page numbers of a pager: "Previous | 1 | 2 | 3 | ... | 119 | Next" (next to the one before or after, or to the ellipsis;
  // not a table's cells)
  if (prev?.t === '|' && tokAt(toks, i + 1)?.t === '|' && pagerNumber(toks, i)) return i;
  // clock times "12 noon", "12 midnight"
  if (tokAt(toks, i + 1)?.l === 'noon' || tokAt(toks, i + 1)?.l === 'midnight') return i;
  // phone numbers "+93 790 612 100": the rest of the digits go with it
  // (not a tally's change in brackets: "tanks ‒ 6,536 (+11)")
  if (prev?.t === '+' && !t.sp && !(tokAt(toks, i - 2)?.t === '(' && tokAt(toks, i + 1)?.t === ')')) {
    while (tokAt(toks, i + 1)?.k === NUM || (tokAt(toks, i + 1)?.t === '-' && tokAt(toks, i + 2)?.k === NUM)) i++;
    return i;
  }
  // coordinates "48.7232, 37.5581": four or more decimals measure no count
  if (t.t.length >= 5 && /\.\d{4,}$/.test(t.t)) return i;
  // times "16:42", "21:31:10", slashed numbers "24/7", "9/11", "3/4": no number counts anything
  if (prev?.t === ':' && !prev.sp && !t.sp && tokAt(toks, i - 2)?.k === NUM) return i;
  if ((tokAt(toks, i + 1)?.t === ':' || (tokAt(toks, i + 1)?.t === '/' && !tokAt(toks, i + 1).sp && !tokAt(toks, i + 2)?.sp)) && tokAt(toks, i + 2)?.k === NUM) {
    i += 2;
    return i;
  }
  // page furniture "1 of 3" (slides, lists): a bare number of a bare number counts nothing
  // (not a share in a sentence: "is 231 of 407, with 101 contested")
  if (tokAt(toks, i + 1)?.l === 'of' && tokAt(toks, i + 2)?.k === NUM && !(tokAt(toks, i + 3)?.k === WORD && !tokAt(toks, i + 3).cap) && (n <= 8 || !prev || prev.k === PUNCT && prev.t !== ',')) {
    i += 2;
    return i;
  }
  return -1;
}

/** In a headline, capitalised common words up to a plural (after "More") at i: "Hold 100 Districts", "Seize 3 More Border Towns". */
function headlineCount(toks: Tok[], i: number, isCommon: IsCommon): boolean {
  if (tokAt(toks, i)?.t === '%') return true; // "Taliban Claim 85% of Afghanistan"
  const from = tokAt(toks, i)?.l === 'more' ? i + 1 : i;
  for (let k = from; k < from + 3; k++) {
    const t = tokAt(toks, k);
    if (!t || t.k !== WORD || !t.cap || !t.sp) return false;
    if (k === i && PERCENT_WORDS.has(t.l)) return true; // "Say They Hold 85 Percent"
    if (!isCommon(t) && gazetteer().names.has(t.l)) return false;
    if (isPluralNoun(t)) return true;
  }
  return false;
}

/** "the" and a known organisation before the number at i, a lowercase plural after it: "the Taliban 221 districts". */
function nameThenCount(toks: Tok[], i: number): boolean {
  const nx = tokAt(toks, i + 1);
  // "gave Mr. Ghani 56.44 percent", "Biden 52%": a share after a name is no part of the name
  if (nx && ((nx.k === WORD && (nx.l === 'percent' || nx.l === 'per') && nx.sp) || (nx.t === '%' && !nx.sp)) && /^\d[\d,.]*$/.test(toks[i].t) && toks[i].sp) return nx.l !== 'per' || tokAt(toks, i + 2)?.l === 'cent';
  if (!nx || nx.k !== WORD || nx.cap || !nx.sp || !toks[i].sp || !(isPluralNoun(nx) || PERCENT_WORDS.has(nx.l)) || NP_STOP.has(nx.l) || !/^\d[\d,.]*$/.test(toks[i].t)) return false;
  // (after "the": not a model number, "Boeing 737 jets")
  const e = gazetteer().names.get(toks[i - 1].l);
  return !!e && e.type === 'organization' && tokAt(toks, i - 2)?.l === 'the';
}

/** A capitalised verb form of a headline ("Killed", "Kills"), not a name before its number ("Route 66"). */
function headlineVerb(t: Tok, isCommon: IsCommon): boolean {
  return isCommon(t) && !DOCUMENT_NOUNS.has(t.l) && (t.l.endsWith('ed') || (t.l.endsWith('s') && !t.l.endsWith('ss')));
}

/** After a reference number at i, the end of a glued range ("117-389"), or i. */
export function numberedRangeEnd(toks: Tok[], i: number): number {
  while ((tokAt(toks, i + 1)?.t === '-' || tokAt(toks, i + 1)?.t === '–') && !tokAt(toks, i + 1).sp && tokAt(toks, i + 2)?.k === NUM && !tokAt(toks, i + 2).sp) i += 2;
  return i;
}

/** toks[i] follows a list of numbers opened by a document noun ("Articles 3, 5, 8 and 14"). */
function articleList(toks: Tok[], i: number): boolean {
  let k = i - 1;
  while (k >= 1 && (toks[k].t === ',' || toks[k].l === 'and') && toks[k - 1].k === NUM) {
    k -= 2;
    if (k >= 0 && toks[k].k === WORD && DOCUMENT_NOUNS.has(toks[k].l)) return true;
  }
  return false;
}

/** "hull number 14609", "serial number 5" (but "would number 5,000 troops": the verb). */
function numberNoun(toks: Tok[], i: number): boolean {
  const p = tokAt(toks, i - 1);
  if (!p || p.l !== 'number') return false;
  const w = tokAt(toks, i - 2);
  return !!w && w.k === WORD && !NUMBER_VERB_BEFORE.has(w.l);
}

const NUMBER_VERB_BEFORE = new Set(['would', 'will', 'could', 'can', 'to', 'may', 'might', 'now', 'already', 'should', 'must', 'shall', 'forces', 'troops']);

/** "[3]", "p. 64", "pp. 12": a number that points into a text. */
function referenceNumber(toks: Tok[], i: number): boolean {
  const p = tokAt(toks, i - 1);
  const n = tokAt(toks, i + 1);
  if (p?.t === '[' && n?.t === ']' && !n.sp && !toks[i].sp) return true;
  // "fight.118": an endnote glued to the end of a sentence
  if ((p?.t === '.' || p?.t === ',' || p?.t === '”' || p?.t === '"') && !p.sp && !toks[i].sp && (tokAt(toks, i - 2)?.k === WORD || (p.t === '.' && /^(?:19|20)\d\d$/.test(tokAt(toks, i - 2)?.t ?? '')))) return true;
  const w = p?.t === '.' ? tokAt(toks, i - 2) : p;
  return !!w && w.k === WORD && (w.l === 'p' || w.l === 'pp' || w.l === 'p.' || w.l === 'pp.');
}

/** Headings of the sections of a page ("8 References", "7 See also", "6 Aftermath"). */
const HEADING_WORDS = new Set(['references', 'notes', 'see', 'contents', 'sources', 'bibliography', 'external', 'further', 'background', 'aftermath', 'timeline', 'history', 'overview', 'reactions', 'analysis', 'summary', 'introduction', 'conclusion', 'footnotes', 'citations']);

/** "6 Aftermath", "7 See also", "2.1 Background": a contents line, a section number and a heading; "1.1 The …": a numbered paragraph. */
function contentsLine(toks: Tok[]): boolean {
  const t = toks[0];
  const w = toks[1];
  // (not a scale glued to the number: "3.5M people")
  if (!w || w.k !== WORD || !w.cap || !w.sp) return false;
  // a report's numbered paragraph or section: "1.1 The de facto authorities …", "2.2 On 19 February"
  if (/^\d{1,2}\.\d{1,2}$/.test(t.t)) return !(w.f & F_NUMBER);
  return toks.length <= 6 && digits(t.t, 1, 2) && HEADING_WORDS.has(w.l);
}

/** The index of the word before a number at i, past an approximator ("of about 12" → "of"). */
function atOf(toks: Tok[], i: number): number {
  const prev = tokAt(toks, i - 1);
  return prev && prev.k === WORD && (prev.l === 'about' || prev.l === 'around' || prev.l === 'nearly' || prev.l === 'roughly') ? i - 2 : i - 1;
}

/** People whose age follows "of", "over" or "under": "a man of 40", "children under 5", "men over 50". */
const AGED_PEOPLE = new Set(['man', 'woman', 'men', 'women', 'boys', 'girls', 'children', 'kids', 'those', 'babies', 'people', 'adults', 'anyone', 'everyone', 'persons', 'them']);

/** Labels of phone numbers. */
const PHONE_WORDS = new Set(['telephone', 'tel', 'tel.', 'phone', 'fax', 'mobile', 'whatsapp', 'hotline']);

/** Units glued to a number before "ago" on live pages ("22m ago", "2h ago"). */
const AGO_UNITS = new Set(['m', 'h', 'min', 'mins', 'hr', 'hrs', 'd', 's']);

/** toks[i], a number between pipes, goes on from the number before or to the number after, or stands by an ellipsis ("1 | 2 | 3 | ... | 119"). */
function pagerNumber(toks: Tok[], i: number): boolean {
  const v = Number(toks[i].t);
  const before = tokAt(toks, i - 2);
  const after = tokAt(toks, i + 2);
  const dots = (t: Tok | undefined): boolean => t?.t === '.' || t?.t === '…';
  return (before?.k === NUM && Number(before.t) === v - 1) || (after?.k === NUM && Number(after.t) === v + 1) || dots(before) || dots(after);
}

/** Superlatives of age before a number: "the oldest was 85 and the youngest 2". */
const AGE_SUPERLATIVES = new Set(['oldest', 'youngest']);

/** toks[i], a number of one to three digits, is an age: after "he's"/"she's", "turned", a person's name and "was"/"is", or "the oldest/youngest (was)". */
function ageAt(toks: Tok[], i: number): boolean {
  const prev = tokAt(toks, i - 1);
  const nx = tokAt(toks, i + 1);
  const ends = !nx || (nx.k === PUNCT && nx.t !== '%' && nx.t !== '-') || nx.l === 'and' || nx.l === 'in' || nx.l === 'when';
  if (!prev || !ends) return false;
  // "He's 52", "She's 19"
  if (isPossessive(prev) && (tokAt(toks, i - 2)?.l === 'he' || tokAt(toks, i - 2)?.l === 'she')) return true;
  // "who turned 9 in captivity"
  if (prev.l === 'turned' && prev.k === WORD) return true;
  // "the oldest was 85 and the youngest 2"
  // ("the oldest of them 85")
  if (AGE_SUPERLATIVES.has(prev.l) || ((prev.l === 'was' || prev.l === 'is') && AGE_SUPERLATIVES.has(tokAt(toks, i - 2)?.l ?? '')) || (prev.l === 'them' && tokAt(toks, i - 2)?.l === 'of' && AGE_SUPERLATIVES.has(tokAt(toks, i - 3)?.l ?? ''))) return true;
  // "Zawahiri was 71.": a person's name (capitalised, not opening the sentence) and "was"/"is"
  const name = tokAt(toks, i - 2);
  return (prev.l === 'was' || prev.l === 'is') && !!name && name.k === WORD && name.cap && !name.upper && i - 2 > 0 && tokAt(toks, i - 3)?.k === WORD && (!nx || nx.t === '.' || nx.t === ',');
}

/** "A woman, 67,", "a displaced man, 34,": a person's noun (after an article and maybe an adjective) before an age. */
export function personBefore(toks: Tok[], k: number): boolean {
  if (!PERSON_NOUNS.has(tokAt(toks, k)?.l ?? '')) return false;
  const art = (t: Tok | undefined): boolean => !!t && (t.l === 'a' || t.l === 'an' || t.l === 'the');
  return art(tokAt(toks, k - 1)) || (tokAt(toks, k - 1)?.k === WORD && !tokAt(toks, k - 1).cap && art(tokAt(toks, k - 2)));
}

const PERSON_NOUNS = new Set(['woman', 'man', 'girl', 'boy', 'child', 'mother', 'father', 'teenager', 'widow', 'resident', 'villager', 'refugee', 'survivor', 'patient', 'worker']);

/** Words before a citation's page numbers. */
const PAGE_WORDS = new Set(['p.', 'pp.', 'pp', 'pages', 'para.', 'paras.', 'paragraph']);


/** Capitalised words from k on (a compass word, a letter or an ordinal among them) end in a street's name within four tokens. */
function streetAfter(toks: Tok[], k: number): boolean {
  for (let x = k; x < k + 4 && x < toks.length; x++) {
    const t = toks[x];
    if (!t.sp || !(t.cap || t.k === 3)) return false;
    if (x > k && STREET_WORDS.has(t.l)) return true;
  }
  return false;
}

const COMPASS_LETTERS = new Set(['N', 'S', 'E', 'W']);

/** The index of the compass letter ending a coordinate that begins at the number i ("34°33′47″N"), or -1. */
function degreesEnd(toks: Tok[], i: number): number {
  let k = i + 1;
  if (tokAt(toks, k)?.t !== '°' || toks[k].sp) return -1;
  k++;
  // minutes, then seconds: "33′", "47″" (or with straight quotes)
  for (const mark of ['′\'', '″"']) {
    const num = tokAt(toks, k);
    const sym = tokAt(toks, k + 1);
    if (num?.k === NUM && !num.sp && sym && !sym.sp && mark.includes(sym.t)) k += 2;
  }
  const dir = tokAt(toks, k);
  return dir && dir.k === WORD && !dir.sp && COMPASS_LETTERS.has(dir.t) ? k : -1;
}

