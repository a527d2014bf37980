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

/**
 * The American spelling the lexicon lists for a British one it lacks: "defence" → "defense",
 * "centres" → "centers", "organised" → "organized", "programme" → "program", "grey" → "gray".
 * The lexicon is American; half the world's papers and members are not.
 */
export function americanSpelling(folded: string): string | undefined {
  let found = americanSpellings.get(folded)
  if (found === undefined) {
    const lex = entries()
    found = Object.hasOwn(lex, folded) ? '' : (otherSpellings(folded, BRITISH_TO_AMERICAN).find((form) => Object.hasOwn(lex, form)) ?? '')
    if (americanSpellings.size > 100_000) americanSpellings.clear()
    americanSpellings.set(folded, found)
  }
  return found || undefined
}
const americanSpellings = new Map<string, string>()

/** The British spellings of an American word, as a coverage may print it: "center" → "centre", "defense" → "defence". */
export function britishSpellings(folded: string): string[] {
  return otherSpellings(folded, AMERICAN_TO_BRITISH)
}

/** Each rewrite applied alone to the whole word, the forms that differ from it. */
const otherSpellings = (folded: string, rewrites: [RegExp, string][]) => rewrites.map(([from, to]) => folded.replace(from, to)).filter((form) => form !== folded)

const BRITISH_TO_AMERICAN: [RegExp, string][] = [
  [/our(?=s?$|ed$|ing$|ite|ites|able|ably|ful|ist|er|ers)/, 'or'], // colour, favourite, honourable, labourer
  [/([^aeiou])re(s|d)?$/, '$1er$2'], // centre, metres, centred
  [/ence(s)?$/, 'ense$1'], // defence, licences
  [/is(e|es|ed|ing|er|ers|ation|ations)$/, 'iz$1'], // organise, organisation
  [/ys(e|es|ed|ing)$/, 'yz$1'], // analyse, paralysed
  [/ogue(s)?$/, 'og$1'], // catalogue, dialogue
  [/mme(s)?$/, 'm$1'], // programme
  [/ll(ed|ing|er|ers|or|ors)$/, 'l$1'], // travelled, cancelling, counsellor
  [/^grey/, 'gray'],
  [/^tyre/, 'tire'],
  [/^cheque/, 'check'],
  [/^jewellery$/, 'jewelry'],
  [/^aluminium$/, 'aluminum'],
  [/^practis/, 'practic'],
]
const AMERICAN_TO_BRITISH: [RegExp, string][] = [
  [/or(?=s?$|ed$|ing$|ite|ites|able|ably|ful|ist|er|ers)/, 'our'], // color, favorite
  [/([^aeiou])er(s|ed)?$/, '$1re$2'], // center, meters
  [/ense(s)?$/, 'ence$1'], // defense, licenses
  [/iz(e|es|ed|ing|er|ers|ation|ations)$/, 'is$1'], // organize, organization
  [/yz(e|es|ed|ing)$/, 'ys$1'], // analyze
  [/og(s)?$/, 'ogue$1'], // catalog
  [/ram(s)?$/, 'ramme$1'], // program
  [/([aeiou])l(ed|ing|er|ers|or|ors)$/, '$1ll$2'], // traveled, canceling, counselor
  [/^gray/, 'grey'],
  [/^tire/, 'tyre'],
]

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
