/**
 * Search tokens for the catalogue's one search box (name, abstract, data-item names). The database keeps
 * `searchTokens(texts)` in a GIN-indexed `text[]` column and answers a query with
 * `tokens @> queryTokens(q)`; PostgreSQL and PGlite do the same thing, and neither needs a Chinese
 * parser such as zhparser.
 *
 * The scheme. Text is NFKC-normalised (full-width ＡＰＩ２０１６ becomes api2016) and lower-cased, then cut
 * into runs: CJK runs (Han ideographs incl. extensions, kana, hangul, 〇 々), word runs (letters and
 * digits of other scripts, e.g. latin, together) and separators (spaces, punctuation, `_`, symbols).
 * - A CJK run gives every character (unigram) and every pair of neighbours (bigram): 企业信息 gives 企 业
 *   信 息 企业 业信 信息. Unigrams cost at most one token per distinct character and make 1-character
 *   queries possible.
 * - A word run gives its prefixes of 1 to WORD_PREFIX_MAX characters: api gives a ap api.
 *
 * A query is cut the same way, and separators split it into terms; every term must match (AND), so
 * `企业 登记` finds resources containing both. Per term:
 * - a CJK run of one character gives its unigram, a longer one its bigrams;
 * - a word run gives itself (capped at WORD_PREFIX_MAX), except a word run at the start of a term that
 *   goes on with CJK (`2016年`): in the text that run may be the end of a longer word, so it gives no
 *   token and the term's CJK tokens and the re-check do the work.
 *
 * Why it is sound (no match is missed). Suppose a term occurs in the normalised text of one field. Its CJK
 * runs lie inside CJK runs of the text, so their characters and neighbour pairs are among the text's
 * unigrams and bigrams. A word run that follows a CJK character in the term follows the same CJK
 * character in the text, so it starts a text word and is one of that word's prefixes. What is not
 * promised: a term made only of letters and digits is a word-prefix search, as search boxes usually are:
 * `ap` finds API but `pi` does not; a term longer than WORD_PREFIX_MAX letters is looked up by its first
 * WORD_PREFIX_MAX (and re-checked).
 *
 * False positives come only from terms that need more than one token (企业信息: 企业 业信 信息 may sit in
 * different places or fields) or from capped words. So the caller re-checks every term of
 * `parseSearchQuery(q).terms` on the rows the index has already narrowed, with
 * `searchText LIKE '%' || term || '%'`, where `searchText` is the column written by `searchText(texts)`.
 * A term answered by one token (one or two CJK characters, or one word) always passes that check; it is
 * made anyway because it is cheap on the narrowed rows and keeps the caller free of the token rules.
 * The check also lets the caller ask the index for fewer tokens: one bigram of each long CJK run finds
 * the term's rows as surely as all of them (`bigramRuns`). Word tokens stay: LIKE does not know that a
 * word must start at a word's start.
 * Terms never contain `%`, `_` or `\`, which are separators, so they need no LIKE escaping.
 *
 * Size: a CJK run of n characters gives at most 2n-1 tokens before de-duplication, a word at most
 * WORD_PREFIX_MAX; a typical resource (a name, a short abstract, a few dozen data items) ends up with a
 * few hundred distinct tokens.
 */

/** Latin (and other word-script) words are indexed by prefixes up to this length. */
export const WORD_PREFIX_MAX = 16;

const SEPARATOR = 0;
const WORD = 1;
const CJK = 2;
type CharClass = typeof SEPARATOR | typeof WORD | typeof CJK;

// ASCII is decided by a table: only letters and digits are part of words.
const ASCII_CLASSES = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const isDigit = code >= 0x30 && code <= 0x39;
  const isLetter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  ASCII_CLASSES[code] = isDigit || isLetter ? WORD : SEPARATOR;
}

// Other BMP characters outside the CJK blocks are classified once by a Unicode regex and remembered
// (0 = not yet seen, otherwise class + 1), so the hot loop does no regex work for repeated characters.
const OTHER_BMP_CLASSES = new Uint8Array(0x10000);
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;

function isCjkBmp(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // extension A
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs (those NFKC leaves alone)
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0xac00 && code <= 0xd7af) || // hangul syllables
    code === 0x3005 || // 々
    code === 0x3007 // 〇
  );
}

function bmpClass(code: number): CharClass {
  if (code < 0x80) return ASCII_CLASSES[code] as CharClass;
  if (isCjkBmp(code)) return CJK;
  const seen = OTHER_BMP_CLASSES[code]!;
  if (seen !== 0) return (seen - 1) as CharClass;
  // lone surrogates fail the regex and become separators
  const charClass = WORD_CHARACTER.test(String.fromCharCode(code)) ? WORD : SEPARATOR;
  OTHER_BMP_CLASSES[code] = charClass + 1;
  return charClass;
}

/** Supplementary-plane characters: the CJK extensions B–H are CJK, the rest (emoji, …) separate. */
function supplementaryClass(codePoint: number): CharClass {
  return codePoint >= 0x20000 && codePoint <= 0x3ffff ? CJK : SEPARATOR;
}

/**
 * Walks `text` one code point at a time, calling `visit(charClass, start, end)`; `end - start` is 2 for a
 * surrogate pair. Word runs therefore never hold surrogates, so their prefixes never split a character.
 */
function forEachCharacter(text: string, visit: (charClass: CharClass, start: number, end: number) => void) {
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < length) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        visit(supplementaryClass((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000), index, index + 2);
        index += 2;
        continue;
      }
    }
    visit(bmpClass(code), index, index + 1);
    index += 1;
  }
}

/** NFKC and lower case: the form both sides compare in (also what `searchText` stores). */
export function normalizeForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/**
 * The text the caller stores next to the tokens for re-checking multi-token terms with LIKE. Fields are
 * joined by a newline, which no term contains, so a term cannot match across two fields.
 */
export function searchText(texts: readonly string[]): string {
  return texts.map(normalizeForSearch).join("\n");
}

/** The tokens of a resource's searchable texts (name, abstract, data-item names), de-duplicated. */
export function searchTokens(texts: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const text of texts) addTextTokens(normalizeForSearch(text), tokens);
  return [...tokens];
}

function addTextTokens(text: string, tokens: Set<string>): void {
  let wordStart = -1;
  let previousCjkStart = -1;
  forEachCharacter(text, (charClass, start, end) => {
    if (charClass === CJK) {
      if (wordStart >= 0) {
        addWordPrefixes(text, wordStart, start, tokens);
        wordStart = -1;
      }
      tokens.add(text.slice(start, end));
      if (previousCjkStart >= 0) tokens.add(text.slice(previousCjkStart, end));
      previousCjkStart = start;
    } else if (charClass === WORD) {
      previousCjkStart = -1;
      if (wordStart < 0) wordStart = start;
    } else {
      previousCjkStart = -1;
      if (wordStart >= 0) {
        addWordPrefixes(text, wordStart, start, tokens);
        wordStart = -1;
      }
    }
  });
  if (wordStart >= 0) addWordPrefixes(text, wordStart, text.length, tokens);
}

function addWordPrefixes(text: string, start: number, end: number, tokens: Set<string>): void {
  const last = Math.min(end, start + WORD_PREFIX_MAX);
  for (let prefixEnd = start + 1; prefixEnd <= last; prefixEnd++) tokens.add(text.slice(start, prefixEnd));
}

export type TSearchQuery = {
  /** every token must be among a resource's tokens (`tokens @> $1`); empty: no search condition */
  tokens: string[];
  /** the query's terms, normalised; re-check each with `searchText LIKE '%term%'` */
  terms: string[];
  /**
   * The bigrams of each CJK run of three or more characters (登记信息: 登记 记信 信息). Where its term
   * occurs, all of them occur, so once the term is re-checked any one of them finds it: the caller may
   * keep the rarest in the index condition and drop the others. That is what makes such a term fast:
   * GIN reads the whole list of every token asked for, and on PostgreSQL at 500k resources 登记信息 took
   * 23 ms through its three bigrams (110k, 36k and 243k resources) and 3 ms through 记信 alone.
   */
  bigramRuns: string[][];
};

type Run = { charClass: CharClass; characters: string[] };

/** Reads the search box: tokens for the index, and the terms to re-check on the rows it finds. */
export function parseSearchQuery(query: string): TSearchQuery {
  const normalized = normalizeForSearch(query);
  const terms: Run[][] = [];
  let term: Run[] = [];
  forEachCharacter(normalized, (charClass, start, end) => {
    if (charClass === SEPARATOR) {
      if (term.length > 0) terms.push(term);
      term = [];
      return;
    }
    const character = normalized.slice(start, end);
    const run = term[term.length - 1];
    if (run?.charClass === charClass) run.characters.push(character);
    else term.push({ charClass, characters: [character] });
  });
  if (term.length > 0) terms.push(term);

  const tokens = new Set<string>();
  const termTexts: string[] = [];
  const bigramRuns: string[][] = [];
  for (const runs of terms) {
    const text = runs.map((run) => run.characters.join("")).join("");
    termTexts.push(text);
    const termTokens = termQueryTokens(runs);
    for (const token of termTokens) tokens.add(token);
    for (const run of runs) {
      if (run.charClass === CJK && run.characters.length >= 3) bigramRuns.push(bigramsOf(run.characters));
    }
  }
  return { tokens: [...tokens], terms: termTexts, bigramRuns };
}

function bigramsOf(characters: readonly string[]): string[] {
  return characters.slice(1).map((character, i) => characters[i]! + character);
}

/** The query side of the index: the tokens a resource must have to match `query`. */
export function queryTokens(query: string): string[] {
  return parseSearchQuery(query).tokens;
}

function termQueryTokens(runs: readonly Run[]): string[] {
  const tokens: string[] = [];
  runs.forEach((run, index) => {
    const { characters } = run;
    if (run.charClass === CJK) {
      tokens.push(...(characters.length === 1 ? characters : bigramsOf(characters)));
      return;
    }
    // a leading word run followed by more may be the tail of a longer word in the text: no token
    if (index === 0 && runs.length > 1) return;
    tokens.push(characters.slice(0, WORD_PREFIX_MAX).join(""));
  });
  return tokens;
}
