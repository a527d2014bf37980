// Is a word ordinary English? wink-lexicon lists ~13,500 common English words with their
// parts of speech (inflections included) and no proper nouns, which is what tells "keep" or
// "army" (ordinary words the articles may say differently) from "Taiwan" or "Bundestag"
// (names: when the coverage never uses them, it does not cover the question).
import { createRequire } from 'node:module'

let lexicon: Record<string, string[]> | undefined

function entries(): Record<string, string[]> {
  // A plain CommonJS data module; required lazily so start-up does not pay for it.
  lexicon ??= createRequire(import.meta.url)('wink-lexicon/src/lexicon.js') as Record<string, string[]>
  return lexicon
}

export function isOrdinaryWord(folded: string): boolean {
  return Object.hasOwn(entries(), folded)
}

/** The word's first (most usual) part of speech in the lexicon ("NNS", "VBG"), undefined when it is not there. */
export function firstPartOfSpeech(folded: string): string | undefined {
  const lex = entries()
  return Object.hasOwn(lex, folded) ? lex[folded]![0] : undefined
}

/** A word whose first (most usual) part of speech is a noun: "films", "director"; not "took", "won". */
export function isNoun(folded: string): boolean {
  return firstPartOfSpeech(folded)?.startsWith('NN') === true
}

/**
 * A word that can name a field before a title ("marathon runner", "Racing pundit"): a noun first,
 * a gerund that is also a noun ("racing"), or not in the lexicon (British spellings: "theatre");
 * never a verb, adjective or adverb first ("backed", "earlier").
 */
export function isFieldWord(folded: string): boolean {
  const lex = entries()
  // Unknown to the lexicon: a noun, unless it ends as a participle does ("lambasted", "rapped").
  if (!Object.hasOwn(lex, folded)) return !folded.endsWith('ed')
  const tags = lex[folded]!
  return tags[0]!.startsWith('NN') || (tags[0] === 'VBG' && tags.includes('NN'))
}
