// Sentence → word tokens with offsets, case shape, possessives and quotation state.
import { foldText } from '../search/fold.ts'

export interface Token {
  /** As written, without a possessive "'s". */
  text: string
  /** Folded (lower-case, no diacritics). */
  key: string
  start: number
  end: number
  kind: 'word' | 'number' | 'quote' | 'punct'
  /** Upper-case first letter and some lower-case letter: "Merz", "McConnell", "Secretary-General". */
  capitalized: boolean
  /** All capitals, two or more letters: "NATO", "U.S.", "MP". */
  acronym: boolean
  /** A single capital letter, with or without a dot: the "W" of "George W. Bush". */
  initial: boolean
  possessive: boolean
  /** Inside a direct quotation. */
  quoted: boolean
  /** A nickname quoted inside the name, set aside before this word: "Dodong" of Rodolfo "Dodong" Salcedo. */
  nickname?: string
}

// Dotted acronyms first ("U.S."), then initials (and "Ma." for Maria, as Philippine papers
// write it: "Atty. Ma. Luisa Ocampo"), then words with inner apostrophes/hyphens.
const TOKEN =
  /(\p{Lu}\.(?:\p{Lu}\.)+)|(\p{Lu}\.|Ma\.)(?=\s+\p{Lu})|(\p{L}[\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*)|(\d[\d.,:]*\d|\d)|(["“”„«»])|([^\s\p{L}\p{N}])/gu
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*/gu
const POSSESSIVE = /['’]s$/i
const JAPANESE_HONORIFIC = /-(?:san|sama|sensei|kun|chan|senpai)$/
/** An apostrophe after a word in -s, then a space or the end: "Growers' Alliance". */
const PLURAL_POSSESSIVE = /^['’](?:\s|$)/
const OPENING_QUOTES = new Set(['“', '„', '«'])
const CLOSING_QUOTES = new Set(['”', '»'])

/** Tokenizes one sentence. `openQuote` says whether a quotation is already open when it starts. */
export function tokenize(sentence: string, openQuote = false): { tokens: Token[]; openQuote: boolean } {
  const tokens: Token[] = []
  let quoted = openQuote
  let pluralPossessiveMark = -1
  for (const m of sentence.matchAll(TOKEN)) {
    const start = m.index
    if (start === pluralPossessiveMark) continue
    const raw = m[0]
    if (m[5]) {
      // A quote mark toggles the state; the mark itself counts as inside the quotation.
      const opens = OPENING_QUOTES.has(raw) || (raw === '"' && !quoted)
      const closes = CLOSING_QUOTES.has(raw) || (raw === '"' && quoted)
      tokens.push(plain(raw, start, 'quote', true))
      if (opens && !closes) quoted = true
      else if (closes) quoted = false
      continue
    }
    if (m[4]) {
      tokens.push(plain(raw, start, 'number', quoted))
      continue
    }
    if (m[6]) {
      tokens.push(plain(raw, start, 'punct', quoted))
      continue
    }
    const dotted = Boolean(m[1])
    // "the Cocoa Growers' Alliance", "Jones' lawyer": a plural's possessive is its apostrophe
    // alone, read with the word. Not the closing mark of a quoted word ("Christopher 'Chris' Jones").
    const plural = !dotted && /s$/i.test(raw) && PLURAL_POSSESSIVE.test(sentence.slice(start + raw.length, start + raw.length + 2)) && !/['‘]$/.test(sentence.slice(0, start))
    if (plural) pluralPossessiveMark = start + raw.length
    const possessive = plural || (!dotted && raw.length > 3 && POSSESSIVE.test(raw))
    const word = possessive && !plural ? raw.slice(0, -2) : raw
    // "Satō-san", "Tanaka-sensei": a Japanese honorific after the name is no part of it.
    const text = word.includes('-') && JAPANESE_HONORIFIC.test(word) && /^\p{Lu}/u.test(word) ? word.replace(JAPANESE_HONORIFIC, '') : word
    const shape = wordShape(text)
    const initial = Boolean(m[2])
    tokens.push({ text, key: shape.key, start, end: start + raw.length + (plural ? 1 : 0), kind: 'word', capitalized: shape.capitalized && !initial, acronym: shape.acronym, initial: shape.initial || initial, possessive, quoted })
  }
  return { tokens: setAsideNicknames(sentence, tokens), openQuote: quoted }
}

/** Quote marks around a nickname, opening → closing: "…", “…”, '…', ‘…’. */
export const NICKNAME_MARKS = new Map([['"', '"'], ['“', '”'], ["'", "'"], ['‘', '’']])
const MAX_NICKNAME_WORDS = 3

/**
 * Marion "Suge" Knight, Ahmed 'Mido' Hossam, Rodolfo “Dodong” Salcedo: a nickname quoted between
 * two capitalised words is taken out of the run, so the name around it reads whole, and kept on
 * the word after it. Its marks touch it, and spaces stand outside them.
 */
function setAsideNicknames(sentence: string, tokens: Token[]): Token[] {
  if (!tokens.some((t) => NICKNAME_MARKS.has(t.text))) return tokens
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const shut = nicknameEnd(tokens, i)
    if (shut === undefined) {
      out.push(tokens[i]!)
      continue
    }
    out.push({ ...tokens[shut + 1]!, nickname: sentence.slice(tokens[i + 1]!.start, tokens[shut - 1]!.end) })
    i = shut + 1
  }
  return out
}

/** The closing mark of a nickname opening at token `i`, if one does. */
function nicknameEnd(tokens: Token[], i: number): number | undefined {
  const open = tokens[i]!
  const before = tokens[i - 1]
  const close = NICKNAME_MARKS.get(open.text)
  if (!close || !before?.capitalized || before.end === open.start || tokens[i + 1]?.start !== open.end) return undefined
  let j = i + 1
  while (j - i <= MAX_NICKNAME_WORDS && tokens[j]?.capitalized) j++
  const shut = tokens[j]
  const after = tokens[j + 1]
  if (j === i + 1 || shut?.text !== close || tokens[j - 1]!.end !== shut.start || !after?.capitalized || after.start === shut.end) return undefined
  return j
}

interface WordShape {
  key: string
  lowerFirst: boolean
  capitalized: boolean
  acronym: boolean
  initial: boolean
}

// Words repeat: folding and case tests once per distinct spelling keeps 2,225 articles well under a second.
const shapes = new Map<string, WordShape>()

function wordShape(text: string): WordShape {
  // Plain ASCII (nearly every word of English news): char codes, no folding, no cache lookup.
  let upper = 0
  let lower = 0
  let ascii = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 97 && c <= 122) lower++
    else if (c >= 65 && c <= 90) upper++
    else if (c > 127) {
      ascii = false
      break
    }
  }
  if (ascii) {
    const c0 = text.charCodeAt(0)
    const upperFirst = c0 >= 65 && c0 <= 90
    return {
      key: upper ? text.toLowerCase() : text,
      lowerFirst: c0 >= 97 && c0 <= 122,
      capitalized: upperFirst && lower > 0,
      acronym: upperFirst && lower === 0 && upper >= 2,
      initial: upperFirst && upper === 1 && lower === 0,
    }
  }
  let shape = shapes.get(text)
  if (!shape) {
    const letters = text.replace(/[^\p{L}]/gu, '')
    const upperFirst = /^\p{Lu}/u.test(text)
    const hasLower = /\p{Ll}/u.test(letters)
    shape = {
      key: foldText(text),
      lowerFirst: /^\p{Ll}/u.test(text),
      capitalized: upperFirst && hasLower,
      acronym: upperFirst && !hasLower && letters.length >= 2,
      initial: letters.length === 1 && upperFirst,
    }
    if (shapes.size > 200_000) shapes.clear()
    shapes.set(text, shape)
  }
  return shape
}

function plain(text: string, start: number, kind: Token['kind'], quoted: boolean): Token {
  return { text, key: text, start, end: start + text.length, kind, capitalized: false, acronym: false, initial: false, possessive: false, quoted }
}

/**
 * Per folded word: how often it is written in lower case, and capitalised inside a sentence.
 * A word the corpus writes in lower case ("house", "news", "new") is a common word when it is
 * capitalised, not a name; one it never does ("Blair", "Zelensky") is a name.
 */
export class CaseStats {
  private readonly lower = new Map<string, number>()
  private readonly capitalizedInside = new Map<string, number>()

  /** Counts the words of one sentence (without tokenizing it fully: this runs over the whole corpus). */
  addText(sentence: string): void {
    let first = true
    for (const m of sentence.matchAll(WORD)) {
      const shape = wordShape(m[0])
      if (shape.lowerFirst) this.lower.set(shape.key, (this.lower.get(shape.key) ?? 0) + 1)
      else if (!first && shape.capitalized) this.capitalizedInside.set(shape.key, (this.capitalizedInside.get(shape.key) ?? 0) + 1)
      first = false
    }
  }

  /** Share of the word's inner-sentence uses that are lower case; 0 for a word never seen. */
  lowerShare(key: string): number {
    const lower = this.lower.get(key) ?? 0
    const cap = this.capitalizedInside.get(key) ?? 0
    return lower + cap === 0 ? 0 : lower / (lower + cap)
  }

  /** A common word: written in lower case at least as often as capitalised inside sentences. */
  isCommonWord(key: string): boolean {
    return this.lowerShare(key) >= 0.5
  }

  /** Looks like a name: (almost) never written in lower case. 10% allows "brown", "white". */
  isNameLike(key: string): boolean {
    return this.lowerShare(key) < 0.1
  }

  /** Written with a capital inside a sentence somewhere: as a name, or a name's part ("Hunter Biden"). */
  capitalisedInside(key: string): boolean {
    return (this.capitalizedInside.get(key) ?? 0) > 0
  }
}
