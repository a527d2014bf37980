// What a person types, made safe to search: control characters and NUL bytes removed,
// whitespace collapsed, and a clear message when there is nothing usable or far too much.
import { UserFacingError } from './errors.ts'

/** Longest text each kind of input accepts (also the Discord options' max_length). */
export const INPUT_MAX = { question: 300, name: 100, query: 300, source: 100, comment: 300, url: 2000 } as const

export type InputKind = keyof typeof INPUT_MAX

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
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/g, ' ')
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

/**
 * Capitals that say nothing are dropped: a question typed in capitals ("WHAT DID PUTIN SAY") or
 * with every word capitalised ("What Did The Britsh Goverment Say") would otherwise read every
 * "WHAT" and "THE" as an acronym and every typo as a name the coverage lacks. A capital here and
 * there ("what did the NHS say", "Paula Radcliffe") is kept: it tells a name from a word.
 */
export function withoutUninformativeCapitals(text: string): string {
  const words = text.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return words.length >= 3 && capitalised === words.length ? text.toLowerCase() : text
}

/** Contractions as chat types them, without the apostrophe: "whats", "didnt", "theyre". */
const CONTRACTED = new Map(
  Object.entries({
    whats: "what's", wheres: "where's", whos: "who's", hows: "how's", whens: "when's", whys: "why's", whyd: "why'd", whatd: "what'd",
    thats: "that's", theres: "there's", heres: "here's", dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't",
    arent: "aren't", wasnt: "wasn't", werent: "weren't", havent: "haven't", hasnt: "hasn't", hadnt: "hadn't", wouldnt: "wouldn't",
    couldnt: "couldn't", shouldnt: "shouldn't", wont: "won't", im: "i'm", ive: "i've", youre: "you're", theyre: "they're", theyve: "they've",
  }),
)

/**
 * "whats the top speed" asks what "what's the top speed" asks: the apostrophe chat leaves out
 * is put back, so the kind of answer asked for and the stop words read the same ("whats" was a
 * word the coverage lacks). Only for words that are nothing but a contraction.
 */
export function withApostrophes(text: string): string {
  return text.replace(/\b[a-z]+\b/gi, (word) => {
    const full = CONTRACTED.get(word.toLowerCase())
    if (!full) return word
    return word[0] === word[0]!.toUpperCase() ? full[0]!.toUpperCase() + full.slice(1) : full
  })
}
