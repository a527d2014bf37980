// Sentence boundaries for news prose. A full stop ends a sentence unless it belongs to an
// abbreviation ("Mr.", "Aug. 19"), an initial ("J. Smith"), a dotted acronym followed by a
// name ("U.S. President") or a decimal ("1.5"), which never has a space after it anyway.
import type { Sentence } from '../types.ts'

/** Abbreviations that are never the end of a sentence (lower-case, without the dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'capt', 'cmdr', 'sgt', 'maj',
  'gov', 'sen', 'rep', 'rev', 'hon', 'engr', 'pres', 'supt', 'insp', 'atty',
  // "Ma." for Maria, as Philippine papers write it ("Sen. Ma. Cristina Dela Paz").
  'ma',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'pp', 'fig', 'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'inc', 'ltd', 'co',
  'corp', 'plc', 'vs', 'etc', 'cf', 'al', 'ed', 'eds', 'op', 'mt', 'ft', 'ave', 'blvd', 'rd',
])

/** Words that start a new sentence even after an acronym such as "U.S." ("... in the U.S. The talks ..."). */
const SENTENCE_STARTERS = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'there',
  'but', 'and', 'however', 'in', 'on', 'at', 'a', 'an', 'as', 'if', 'when', 'while', 'after', 'before',
  'meanwhile', 'still', 'yet', 'so', 'for', 'his', 'her', 'their', 'our', 'some', 'many', 'most',
])

// A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
const CANDIDATE_END = /[.!?…]+["'”’)\]]*(?=\s+)/g

/**
 * A run of text without a full stop longer than this (a list, a table, a scraped page, a
 * transcript) is cut into pieces of at most this many characters: a passage is built from whole
 * sentences, and one "sentence" of 50,000 words made a passage nobody can quote and the sentence
 * encoder could not embed in half an hour. News sentences stay far below it (BBC's longest: 1,063
 * characters, the next 590).
 */
export const MAX_SENTENCE_CHARS = 700

/** Splits a paragraph into sentences; offsets point into `text`, and `text.slice(start, end)` is each sentence. */
export function splitSentences(text: string): Sentence[] {
  // A paragraph break always ends a sentence (a passage may hold two paragraphs).
  const sentences: Sentence[] = []
  let from = 0
  for (const brk of text.matchAll(PARAGRAPH_BREAKS)) {
    splitParagraph(text, from, brk.index, sentences)
    from = brk.index + brk[0].length
  }
  splitParagraph(text, from, text.length, sentences)
  return sentences.some((s) => s.text.length > MAX_SENTENCE_CHARS) ? sentences.flatMap(cutRunOn) : sentences
}

/** A run-on cut at its last clause break (";", ":", ",", a dash) in the second half of each piece, else its last space, else anywhere. */
function cutRunOn(sentence: Sentence): Sentence[] {
  const { text } = sentence
  const pieces: Sentence[] = []
  const add = (from: number, to: number) => pieces.push({ text: text.slice(from, to), start: sentence.start + from, end: sentence.start + to })
  const half = MAX_SENTENCE_CHARS / 2
  let from = 0
  while (text.length - from > MAX_SENTENCE_CHARS) {
    const window = text.slice(from, from + MAX_SENTENCE_CHARS + 1)
    const clause = Math.max(...[...window.matchAll(/[;:,](?=\s)|\s[–—-](?=\s)/g)].map((m) => m.index + m[0].length))
    const space = window.search(/\s\S*$/)
    // Anywhere, but never between the two halves of an emoji or other astral character.
    const anywhere = /[\uD800-\uDBFF]/.test(window[MAX_SENTENCE_CHARS - 1]!) ? MAX_SENTENCE_CHARS - 1 : MAX_SENTENCE_CHARS
    const cut = clause >= half ? clause : space >= half ? space : anywhere
    add(from, from + window.slice(0, cut).trimEnd().length)
    from = skipSpace(text, from + cut)
  }
  if (from < text.length) add(from, text.length)
  return pieces
}

const PARAGRAPH_BREAKS = /\n[ \t]*\n\s*/g

/** The sentences of text[from, to), a paragraph of it; the paragraph's last one needs no full stop. */
function splitParagraph(text: string, from: number, to: number, sentences: Sentence[]): void {
  let start = skipSpace(text, from)
  CANDIDATE_END.lastIndex = start
  // An end at the paragraph's own end is left to `rest`: what follows it is another paragraph.
  for (let match = CANDIDATE_END.exec(text); match && match.index + match[0].length < to; match = CANDIDATE_END.exec(text)) {
    const end = match.index + match[0].length
    if (end <= start || !isSentenceEnd(text, match.index, end)) continue
    sentences.push({ text: text.slice(start, end), start, end })
    start = skipSpace(text, end)
  }
  const rest = text.slice(start, to).trimEnd()
  if (rest) sentences.push({ text: rest, start, end: start + rest.length })
}

/** The word after a candidate end; sticky, so it reads in place instead of copying the rest of the text. */
const NEXT_WORD = /["'“‘«‹„(\[]*(\S+)/y

function isSentenceEnd(text: string, punctAt: number, end: number): boolean {
  NEXT_WORD.lastIndex = skipSpace(text, end)
  const next = NEXT_WORD.exec(text)?.[1] ?? ''
  // A sentence starts with a capital, a digit or an opening quote; "e.g. the" does not end one.
  if (!/^[\p{Lu}\p{N}]/u.test(next)) return false
  if (text[punctAt] !== '.' || text[punctAt + 1] === '.') return true

  const bare = wordBefore(text, punctAt)
  if (isAbbreviation(bare)) return false
  // A dotted acronym ("U.S.", "U.K."): only a sentence end when a typical sentence opener follows.
  if (isDottedAcronym(bare)) return SENTENCE_STARTERS.has(next.toLowerCase().replace(/[^\p{L}]/gu, ''))
  return true
}

/**
 * The word ending at `at`, without opening quotes; read backwards from there, at most 64
 * characters (no abbreviation is longer): matching /\S+$/ against all the text before it made
 * splitting a paragraph quadratic, and a 2 MB one-paragraph file took minutes to load.
 */
function wordBefore(text: string, at: number): string {
  let start = at
  while (start > 0 && at - start < 64 && !/\s/.test(text[start - 1]!)) start--
  return text.slice(start, at).replace(/^["'“‘«‹„(\[]+/, '')
}
/**
 * "Mr", "Aug" or an initial ("George W. Bush"): a full stop after it ends no sentence. Nor after
 * "Ing." for an engineer ("Ing. Dr. Abena Kyei-Baffour"), matched as written: not the bank ING.
 */
const isAbbreviation = (bare: string) => ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare) || bare === 'Ing'
const isDottedAcronym = (bare: string) => /^(\p{L}\.)+\p{L}$/u.test(bare)

/** Whether a full stop after this text would follow an abbreviation, an initial or a dotted acronym ("Mr", "W", "U.S"). */
export function endsInAbbreviation(text: string): boolean {
  const bare = wordBefore(text, text.length)
  return isAbbreviation(bare) || isDottedAcronym(bare)
}

function skipSpace(text: string, from: number): number {
  while (from < text.length && /\s/.test(text[from]!)) from++
  return from
}
