// Spelling variants of names and places, learned from the corpus itself: "Zelensky",
// "Zelenskiy" and "Zelenskyy", or "Kyiv" and "Kiev", are transliterations of one name. Two
// proper nouns are variants when they share their consonant clusters and are within two edits.
import { STOP_WORDS } from './stopwords.ts'
import { editDistance, foldWord } from './fold.ts'

export interface NameVariants {
  /** Folded variant → folded canonical spelling (the most frequent one). */
  canonical: Map<string, string>
  /** Consonant skeleton → canonical proper nouns, to resolve a spelling the corpus never used. */
  bySkeleton: Map<string, string[]>
}

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu
const MIN_LENGTH = 4
const MAX_EDITS = 2
/** Two edits are a third of a six-letter name but half of a four-letter one ("Mars" is not "Myers"). */
const maxEditsFor = (word: string) => (word.length >= 6 ? MAX_EDITS : 1)

/**
 * First letter, then the word's consonant clusters in order, with y read as a vowel and doubled
 * letters collapsed: kyiv and kiev → "k:v", zelensky and zelenskiy → "z:l.nsk". Transliterations
 * change vowels, not where the consonants sit, so "minister" (st.r) and "ministry" (str) differ.
 */
export function consonantSkeleton(folded: string): string {
  const clusters = folded
    .replace(/(.)\1+/g, '$1')
    .split(/[aeiouy]+/)
    .filter(Boolean)
  return `${folded[0]}:${clusters.join('.')}`
}

export function learnNameVariants(texts: Iterable<string>): NameVariants {
  const learner = createVariantLearner()
  for (const text of texts) learner.add(text)
  return learner.finish()
}

/** learnNameVariants one text at a time, so a long build can yield between texts. */
export function createVariantLearner(): { add(text: string): void; finish(): NameVariants } {
  const seen = new Map<string, { total: number; capitalized: number }>()
  // The corpus repeats its words: fold and classify each distinct word once; an occurrence then
  // costs one lookup. null: too short or a number, never a name.
  const byWord = new Map<string, { stats: { total: number; capitalized: number }; capitalized: boolean } | null>()
  const add = (text: string) => {
    for (const match of text.matchAll(WORD)) {
      const word = match[0]
      let entry = byWord.get(word)
      if (entry === undefined) {
        const folded = foldWord(word)
        if (folded.length < MIN_LENGTH || /\d/.test(folded)) entry = null
        else {
          let stats = seen.get(folded)
          if (!stats) seen.set(folded, (stats = { total: 0, capitalized: 0 }))
          entry = { stats, capitalized: /^\p{Lu}/u.test(word) }
        }
        byWord.set(word, entry)
      }
      if (entry === null) continue
      // Capitalized inside a sentence: the mark of a proper noun. Opening a sentence, any word is
      // capitalised: it says nothing either way ("Pontyfelin reached the quarter-finals…" twice,
      // "in Pontyfelin" twice is a name written so every time it can be told).
      if (entry.capitalized && startsSentence(text, match.index)) continue
      entry.stats.total++
      if (entry.capitalized) entry.stats.capitalized++
    }
  }
  return { add, finish: () => groupVariants(seen) }
}

function groupVariants(seen: Map<string, { total: number; capitalized: number }>): NameVariants {
  const groups = new Map<string, { word: string; count: number }[]>()
  for (const [word, { total, capitalized }] of seen) {
    if (capitalized === 0 || capitalized / total < 0.7 || STOP_WORDS.has(word)) continue
    const key = consonantSkeleton(word)
    const group = groups.get(key) ?? []
    group.push({ word, count: total })
    groups.set(key, group)
  }

  const canonical = new Map<string, string>()
  const bySkeleton = new Map<string, string[]>()
  for (const [key, group] of groups) {
    group.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    const heads: string[] = []
    for (const { word } of group) {
      const head = heads.find((h) => editDistance(word, h, MAX_EDITS) <= Math.min(maxEditsFor(word), maxEditsFor(h)))
      if (head) canonical.set(word, head)
      else heads.push(word)
    }
    bySkeleton.set(key, heads)
  }
  return { canonical, bySkeleton }
}

/** The closest known proper noun for a word the corpus never spells that way ("kiev" → "kyiv"). */
export function resolveVariant(variants: NameVariants, folded: string): string | undefined {
  if (folded.length < MIN_LENGTH) return undefined
  const candidates = variants.bySkeleton.get(consonantSkeleton(folded)) ?? []
  let best: string | undefined
  let bestDistance = MAX_EDITS + 1
  for (const candidate of candidates) {
    const d = editDistance(folded, candidate, MAX_EDITS)
    if (d <= Math.min(maxEditsFor(folded), maxEditsFor(candidate)) && d < bestDistance) [best, bestDistance] = [candidate, d]
  }
  return best
}

function startsSentence(text: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && /[\s"'“‘(\[]/.test(text[i]!)) i--
  return i < 0 || /[.!?:…]/.test(text[i]!)
}
