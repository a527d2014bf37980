// Text → index terms, the same way for articles and questions: words folded (case, diacritics),
// possessives dropped, stop words out, corpus-learned name variants mapped to one spelling,
// English stemming, plus concept tags ("§de" for Berlin/Germany/German). These are minisearch's
// own hooks (tokenize, processTerm), so the index and the query can never analyze differently.
import { stemmer } from 'stemmer'
import { MAX_CONCEPT_WORDS, conceptTable, type ConceptTable } from './concepts.ts'
import { foldWord } from './fold.ts'
import { isOrdinaryWord } from './lexicon.ts'
import { STOP_WORDS } from './stopwords.ts'
import type { NameVariants } from './variants.ts'

export { foldText, foldWord } from './fold.ts'

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu
/** "U.S." → "US", "U.K." → "UK": a dotted acronym is one word. */
const DOTTED_ACRONYM = /\b(?:\p{Lu}\.){2,}/gu
const CONCEPT_PREFIX = '§'
/** "one-on-one", "well-equipped": a hyphenated compound is also one word of its own. */
const COMPOUND = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu
/** Entries per memo table: ~10× the distinct words of the BBC corpus, a few tens of MB at most. */
const MEMO_LIMIT = 500_000

/** One meaningful word of a question with the terms that can satisfy it. */
export interface QuerySlot {
  word: string
  /** Its own term (folded, variant-mapped, stemmed). */
  term: string
  /** Concept tags covering the word ("§gb" for "Britain"). */
  tags: string[]
}

export interface Analyzer {
  /** minisearch `tokenize`: words, then concept tags for the phrases found. */
  tokenize(text: string): string[]
  /** minisearch `processTerm`: one word → its term(s), or null for a stop word. */
  processTerm(token: string): string | string[] | null
  /** Every term of a text, in order (concept tags at the end). */
  terms(text: string): string[]
  /** A question's meaningful words, each with its term and concept tags. */
  querySlots(question: string): QuerySlot[]
  /** The term of one folded word, without variant mapping: stemmed, unless it is a name. */
  wordTerm(folded: string): string
}

export function isConceptTerm(term: string): boolean {
  return term.startsWith(CONCEPT_PREFIX)
}

function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word)
}

export function createAnalyzer(variants: NameVariants, concepts: ConceptTable = conceptTable()): Analyzer {
  const stemWord = (folded: string) => (/^\p{N}/u.test(folded) ? folded : stemmer(folded))

  const splitWords = (text: string) => text.replace(DOTTED_ACRONYM, (m) => m.replaceAll('.', '')).match(WORD) ?? []

  // Memo tables: a corpus has far fewer distinct words than words, and folding (NFKD + regexes)
  // and stemming dominated both index build and ranking in the profile. Bounded, so questions
  // full of made-up words cannot grow them forever.
  const foldMemo = new Map<string, string>()
  const termMemo = new Map<string, string | null>()
  const memoFold = (word: string): string => {
    let folded = foldMemo.get(word)
    if (folded === undefined) {
      folded = foldWord(word)
      if (foldMemo.size >= MEMO_LIMIT) foldMemo.clear()
      foldMemo.set(word, folded)
    }
    return folded
  }
  /** First word of every concept phrase → the most words a phrase starting with it has. */
  const phraseLengths = new Map<string, number>()
  for (const key of concepts.keys()) {
    const words = key.split(' ')
    phraseLengths.set(words[0]!, Math.max(phraseLengths.get(words[0]!) ?? 0, words.length))
  }

  /** Concept phrases among the words, longest first: [start, word count, tag]. */
  const findConcepts = (words: string[]): [number, number, string][] => {
    const found: [number, number, string][] = []
    const folded = words.map(memoFold)
    for (let i = 0; i < words.length; i++) {
      const longest = phraseLengths.get(folded[i]!)
      if (longest === undefined) continue
      for (let n = Math.min(longest, MAX_CONCEPT_WORDS, words.length - i); n >= 1; n--) {
        const tag = concepts.get(n === 1 ? folded[i]! : folded.slice(i, i + n).join(' '))
        // "us" the pronoun is not "US" the country: a one-word form that is also a
        // function word only counts in capitals.
        if (!tag || (n === 1 && STOP_WORDS.has(folded[i]!) && !isAllCaps(words[i]!))) continue
        found.push([i, n, tag])
        i += n - 1
        break
      }
    }
    return found
  }

  const tokenize = (text: string): string[] => {
    const words = splitWords(text)
    const tags = findConcepts(words).map(([, , tag]) => tag)
    const compounds = (text.match(COMPOUND) ?? []).map((c) => c.replaceAll('-', ''))
    return tags.length || compounds.length ? [...words, ...compounds, ...tags] : words
  }

  // Names are not stemmed: "Mars" is not "marred". A name is a word the corpus capitalizes
  // inside sentences that is not ordinary English ("President" is both, and stays stemmed).
  const properNouns = new Set([...variants.canonical.keys(), ...[...variants.bySkeleton.values()].flat()])
  const isName = (folded: string) => properNouns.has(folded) && !isOrdinaryWord(folded)
  const wordTerm = (folded: string): string => {
    if (!isName(folded)) return stemWord(folded)
    // "Americans" is the plural of the name "American".
    const singular = folded.endsWith('s') ? folded.slice(0, -1) : ''
    return singular && isName(singular) ? singular : folded
  }

  const analyzeToken = (token: string): string | null => {
    const folded = memoFold(token)
    if (!folded || (folded.length < 2 && !/\p{N}/u.test(folded))) return null
    if (STOP_WORDS.has(folded) && !isAllCaps(token)) return null
    return wordTerm(variants.canonical.get(folded) ?? folded)
  }

  const processTerm = (token: string): string | null => {
    if (token.startsWith(CONCEPT_PREFIX)) return token
    let term = termMemo.get(token)
    if (term === undefined) {
      term = analyzeToken(token)
      if (termMemo.size >= MEMO_LIMIT) termMemo.clear()
      termMemo.set(token, term)
    }
    return term
  }

  const terms = (text: string): string[] => {
    const out: string[] = []
    for (const token of tokenize(text)) {
      const term = processTerm(token)
      if (term) out.push(term)
    }
    return out
  }

  const querySlots = (question: string): QuerySlot[] => {
    const words = splitWords(question)
    const tagsAt = new Map<number, string[]>()
    for (const [start, n, tag] of findConcepts(words)) {
      for (let i = start; i < start + n; i++) tagsAt.set(i, [...(tagsAt.get(i) ?? []), tag])
    }
    const slots: QuerySlot[] = []
    const seen = new Set<string>()
    words.forEach((word, i) => {
      // Written as a name in the question ("Mars"), it is one even when the coverage never uses it.
      const folded = memoFold(word)
      const writtenAsName = /^\p{Lu}/u.test(word) && !!folded && !STOP_WORDS.has(folded) && !isOrdinaryWord(folded)
      const term = writtenAsName ? (variants.canonical.get(folded) ?? folded) : processTerm(word)
      const tags = tagsAt.get(i) ?? []
      // A stop word inside a concept phrase ("member of parliament") adds nothing of its own.
      if (!term || seen.has(term)) return
      seen.add(term)
      slots.push({ word, term, tags })
    })
    for (const compound of question.match(COMPOUND) ?? []) {
      const term = processTerm(compound.replaceAll('-', ''))
      if (term && !seen.has(term)) slots.push({ word: compound, term, tags: [] })
    }
    return slots
  }

  return { tokenize, processTerm, terms, querySlots, wordTerm }
}
