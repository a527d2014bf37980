// Passages → a minisearch index whose tokenize/processTerm are our analyzer, plus the
// document frequency of every term (for weighing a question's words in the ranker).
import MiniSearch from 'minisearch'
import type { Article, Passage } from '../types.ts'
import { createAnalyzer, type Analyzer } from './analyze.ts'
import { internalsOf, stageTerms } from './miniInternals.ts'
import { createVariantLearner, type NameVariants } from './variants.ts'

export interface IndexedPassage {
  id: number
  text: string
  heading: string
  title: string
}

export interface SearchIndex {
  mini: MiniSearch<IndexedPassage>
  analyzer: Analyzer
  variants: NameVariants
  /** Term → number of passages whose text or heading contains it. */
  documentFrequency: Map<string, number>
  passageCount: number
}

/** Field weights: the passage's own words count most; heading and title are context. */
export const FIELD_BOOST = { text: 1, heading: 0.4, title: 0.2 }

export function miniSearchOptions(analyzer: Analyzer, onTerm?: (term: string, field: string) => void) {
  return {
    fields: ['text', 'heading', 'title'],
    tokenize: analyzer.tokenize,
    processTerm: (token: string, field?: string) => {
      const term = analyzer.processTerm(token)
      if (term && onTerm && field) onTerm(term as string, field)
      return term
    },
    searchOptions: { boost: FIELD_BOOST },
  }
}

/**
 * Adds and removes passages, keeping documentFrequency in step with minisearch. `load` opens an
 * existing minisearch (from the index cache) with the same options, so later adds count too.
 */
export function createIndexWriter(
  analyzer: Analyzer,
  documentFrequency = new Map<string, number>(),
  load?: (options: ReturnType<typeof miniSearchOptions>) => MiniSearch<IndexedPassage>,
) {
  // Count each term once per passage: minisearch calls processTerm field by field, in order.
  // While it removes a passage, the same calls collect the terms to count down.
  const lastPassageWithTerm = new Map<string, number>()
  let current = -1
  let removedTerms: Set<string> | undefined
  const options = miniSearchOptions(analyzer, (term, field) => {
    if (field === 'title') return
    if (removedTerms) {
      removedTerms.add(term)
      return
    }
    if (lastPassageWithTerm.get(term) === current) return
    lastPassageWithTerm.set(term, current)
    documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1)
  })
  const mini = load ? load(options) : new MiniSearch<IndexedPassage>(options)
  return {
    mini,
    documentFrequency,
    add(passage: Passage, title: string) {
      current = passage.id
      mini.add({ id: passage.id, text: passage.text, heading: passage.heading ?? '', title })
    },
    /**
     * Takes a passage out, postings and all; `passage` and `title` are what was indexed, `id` its
     * id in the index. Not minisearch's discard: that leaves the postings to a vacuum that walks
     * the word tree across timers, and the adds that follow an update split the tree's nodes
     * under it (a crash). Removing touches only the passage's own words.
     */
    remove(id: number, passage: Passage, title: string) {
      const terms = (removedTerms = new Set())
      try {
        mini.remove({ id, text: passage.text, heading: passage.heading ?? '', title })
      } finally {
        removedTerms = undefined
      }
      for (const term of terms) {
        const n = (documentFrequency.get(term) ?? 0) - 1
        if (n > 0) documentFrequency.set(term, n)
        else documentFrequency.delete(term)
      }
    },
  }
}

/** The proper-noun spelling variants of a corpus (titles, then passages). */
export function learnCorpusVariants(articles: Article[], passages: Passage[]): NameVariants {
  const learner = createVariantLearner()
  for (const a of articles) learner.add(a.title)
  for (const p of passages) learner.add(p.text)
  return learner.finish()
}

/**
 * A new index from scratch, passage by passage. Terms are staged in a hash map while minisearch
 * adds (see stageTerms), and document frequencies are counted once from the finished postings
 * rather than token by token.
 */
function createIndexBuilder(analyzer: Analyzer) {
  const mini = new MiniSearch<IndexedPassage>(miniSearchOptions(analyzer))
  const staging = stageTerms(mini)
  return {
    add(passage: Passage, title: string) {
      mini.add({ id: passage.id, text: passage.text, heading: passage.heading ?? '', title })
    },
    finish(): { mini: MiniSearch<IndexedPassage>; documentFrequency: Map<string, number> } {
      const terms = staging.finish()
      const { text, heading } = internalsOf(mini)._fieldIds
      // A term's passages: those with it in their text, plus those with it only in their heading.
      const documentFrequency = new Map<string, number>()
      for (const [term, byField] of terms) {
        const inText = byField.get(text!)
        let n = inText?.size ?? 0
        for (const id of byField.get(heading!)?.keys() ?? []) if (!inText?.has(id)) n++
        if (n > 0) documentFrequency.set(term, n)
      }
      return { mini, documentFrequency }
    },
  }
}

export function buildSearchIndex(articles: Article[], passages: Passage[]): SearchIndex {
  const titles = new Map(articles.map((a) => [a.source, a.title]))
  const variants = learnCorpusVariants(articles, passages)
  const analyzer = createAnalyzer(variants)
  const builder = createIndexBuilder(analyzer)
  for (const p of passages) builder.add(p, titles.get(p.source) ?? '')
  return { ...builder.finish(), analyzer, variants, passageCount: passages.length }
}

/** Longest stretch a build runs without giving the event loop a turn (a reload must not stall answers). */
export const BUILD_SLICE_MS = 20

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

/** learnCorpusVariants in slices (3.6 s in one piece at 50,000 articles). */
export async function learnCorpusVariantsAsync(articles: Article[], passages: Passage[]): Promise<NameVariants> {
  const learner = createVariantLearner()
  await forEachInSlices(articles, (a) => learner.add(a.title))
  await forEachInSlices(passages, (p) => learner.add(p.text))
  return learner.finish()
}

/** Resolves at once, or after a turn of the event loop when BUILD_SLICE_MS have passed since the last. */
export function createSliceTimer(): () => Promise<void> {
  let sliceStart = performance.now()
  return async () => {
    if (performance.now() - sliceStart <= BUILD_SLICE_MS) return
    await yieldToEventLoop()
    sliceStart = performance.now()
  }
}

/** Runs `step` over the items, yielding to the event loop every BUILD_SLICE_MS. */
export async function forEachInSlices<T>(items: readonly T[], step: (item: T) => void): Promise<void> {
  const nextSlice = createSliceTimer()
  for (let i = 0; i < items.length; i++) {
    step(items[i]!)
    // The clock is read every 64 items: most steps take microseconds.
    if ((i & 63) === 63) await nextSlice()
  }
}

/** buildSearchIndex in slices: the same index, while the bot keeps answering from the old one. */
export async function buildSearchIndexAsync(articles: Article[], passages: Passage[]): Promise<SearchIndex> {
  const titles = new Map(articles.map((a) => [a.source, a.title]))
  const variants = await learnCorpusVariantsAsync(articles, passages)
  const analyzer = createAnalyzer(variants)
  const builder = createIndexBuilder(analyzer)
  await forEachInSlices(passages, (p) => builder.add(p, titles.get(p.source) ?? ''))
  return { ...builder.finish(), analyzer, variants, passageCount: passages.length }
}
