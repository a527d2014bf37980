// What a person types, made safe to search: control characters, NUL bytes and marks invisible
// inside words removed, full-width and styled letters made plain, whitespace collapsed, and a
// clear message when there is nothing usable or far too much.
import { UserFacingError } from './errors.ts'
import { INVISIBLE_IN_WORDS } from './corpus/clean.ts'

/** Longest text each kind of input accepts (also the Discord options' max_length). */
export const INPUT_MAX = { question: 300, name: 100, query: 300, source: 100, comment: 300, url: 2000 } as const

export type InputKind = keyof typeof INPUT_MAX

/**
 * What is searched is read by its letters: compatibility forms become the plain ones (NFKC), so a
 * question typed with a keyboard left in full-width mode ("ｗｈａｔ ｄｉｄ Ｍｅｒｚ ｓａｙ？") or
 * in styled letters ("𝐌𝐞𝐫𝐳") asks what it says to every rule that reads the question, and to the
 * sentence encoder, whose vocabulary has only plain letters. A file name or a link is kept as typed.
 */
const SEARCHED = new Set<InputKind>(['question', 'name', 'query'])

const EXAMPLES: Record<InputKind, string> = {
  question: 'Who will send troops to Ukraine?',
  name: 'Zelensky',
  query: 'security guarantees',
  source: 'an article file name',
  comment: 'the article I expected was about the budget',
  url: 'https://example.com/news/story',
}

/**
 * The text, made safe, or a UserFacingError saying what is wrong with it. `requireWords: false`
 * for names that need no letters to be valid (an article's file name).
 */
export function cleanInput(raw: unknown, kind: InputKind, { requireWords = true }: { requireWords?: boolean } = {}): string {
  const text = String(raw ?? '')
    .normalize(SEARCHED.has(kind) ? 'NFKC' : 'NFC')
    // Dropped as the articles drop them, so a word pasted from a web page ("Me\u00ADrz") stays whole.
    // Other controls and direction marks stand between words.
    .replace(INVISIBLE_IN_WORDS, '')
    .replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u2028-\u202E\u2066-\u2069]/g, ' ')
    // Zalgo: stacks of combining marks say nothing; keep at most two per letter.
    .replace(/(\p{M}{2})\p{M}+/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim()
  if (!text) throw new UserFacingError('EMPTY_INPUT', `Please type a ${kind}, for example “${EXAMPLES[kind]}”.`)
  if (text.length > INPUT_MAX[kind]) {
    throw new UserFacingError(
      'INPUT_TOO_LONG',
      `That ${kind} is ${text.length} characters long; please keep it to ${INPUT_MAX[kind]} or fewer.`,
    )
  }
  if (requireWords && !/[\p{L}\p{N}]/u.test(text)) {
    throw new UserFacingError('NO_WORDS', `There are no words to look for in that ${kind}. Try, for example, “${EXAMPLES[kind]}”.`)
  }
  return text
}

/** Mentions and links are how Discord addresses people and pages, not words to search for. */
export function searchableText(text: string): string {
  return text.replace(/<(@[!&]?|#)\d+>|@(everyone|here)\b|\bhttps?:\/\/\S+/gi, ' ')
}
