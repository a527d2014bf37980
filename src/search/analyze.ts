// Text → index terms, the same way for articles and questions: words folded (case, diacritics),
// possessives dropped, stop words out, corpus-learned name variants mapped to one spelling,
// English stemming, plus concept tags ("§de" for Berlin/Germany/German). These are minisearch's
// own hooks (tokenize, processTerm), so the index and the query can never analyze differently.
import { stemmer } from 'stemmer'
import { MAX_CONCEPT_WORDS, conceptTable, type ConceptTable } from './concepts.ts'
import { foldWord } from './fold.ts'
import { STOP_WORDS } from './stopwords.ts'
import type { NameVariants } from './variants.ts'

export { foldText, foldWord } from './fold.ts'

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu
/** "U.S." → "US", "U.K." → "UK": a dotted acronym is one word. */
const DOTTED_ACRONYM = /\b(?:\p{Lu}\.){2,}/gu
const CONCEPT_PREFIX = '§'

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
  /** The term of one folded word, without variant mapping: for words the corpus never used. */
  stemWord(folded: string): string
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

  /** Concept phrases among the words, longest first: [start, word count, tag]. */
  const findConcepts = (words: string[]): [number, number, string][] => {
    const found: [number, number, string][] = []
    const folded = words.map(foldWord)
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(MAX_CONCEPT_WORDS, words.length - i); n >= 1; n--) {
        const tag = concepts.get(folded.slice(i, i + n).join(' '))
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
    return tags.length ? [...words, ...tags] : words
  }

  const processTerm = (token: string): string | null => {
    if (token.startsWith(CONCEPT_PREFIX)) return token
    const folded = foldWord(token)
    if (!folded || (folded.length < 2 && !/\p{N}/u.test(folded))) return null
    if (STOP_WORDS.has(folded) && !isAllCaps(token)) return null
    return stemWord(variants.canonical.get(folded) ?? folded)
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
      const term = processTerm(word)
      const tags = tagsAt.get(i) ?? []
      // A stop word inside a concept phrase ("member of parliament") adds nothing of its own.
      if (!term || seen.has(term)) return
      seen.add(term)
      slots.push({ word, term, tags })
    })
    return slots
  }

  return { tokenize, processTerm, terms, querySlots, stemWord }
}
