// Passages → a minisearch index whose tokenize/processTerm are our analyzer, plus the
// document frequency of every term (for weighing a question's words in the ranker).
import MiniSearch from 'minisearch'
import type { Article, Passage } from '../types.ts'
import { createAnalyzer, type Analyzer } from './analyze.ts'
import { learnNameVariants, type NameVariants } from './variants.ts'

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

export function buildSearchIndex(articles: Article[], passages: Passage[]): SearchIndex {
  const titles = new Map(articles.map((a) => [a.source, a.title]))
  const variants = learnNameVariants(
    (function* () {
      for (const a of articles) yield a.title
      for (const p of passages) yield p.text
    })(),
  )
  const analyzer = createAnalyzer(variants)

  // Count each term once per passage: minisearch calls processTerm field by field, in order.
  const documentFrequency = new Map<string, number>()
  let lastPassageWithTerm = new Map<string, number>()
  let current = -1
  const mini = new MiniSearch<IndexedPassage>(
    miniSearchOptions(analyzer, (term, field) => {
      if (field === 'title' || lastPassageWithTerm.get(term) === current) return
      lastPassageWithTerm.set(term, current)
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1)
    }),
  )
  for (const p of passages) {
    current = p.id
    mini.add({ id: p.id, text: p.text, heading: p.heading ?? '', title: titles.get(p.source) ?? '' })
  }
  lastPassageWithTerm = new Map()
  return { mini, analyzer, variants, documentFrequency, passageCount: passages.length }
}
