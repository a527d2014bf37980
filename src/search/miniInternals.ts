// minisearch's private state, read where its public API has no equivalent: fuzzy lookup of
// near spellings, scoring postings without building result objects (query.ts), and writing
// and reading the index term by term (indexCache.ts). Checked against minisearch 7.2
// (dist/es/index.js); package.json keeps it on 7.x.
import type MiniSearch from 'minisearch'

/** Postings of one term: field id → short document id → term frequency. */
export type TermPostings = Map<number, Map<number, number>>

export interface MiniSearchInternals {
  _documentCount: number
  /** One more than the largest short document id in use. */
  _nextId: number
  /** Short document id → our passage id. */
  _documentIds: Map<number, number>
  _fieldIds: Record<string, number>
  _fieldLength: Map<number, number[]>
  _avgFieldLength: number[]
  _dirtCount: number
  /** A radix tree (SearchableMap) of term → postings. */
  _index: Iterable<[string, TermPostings]> & {
    get(term: string): TermPostings | undefined
    set(term: string, postings: TermPostings): void
    fuzzyGet(term: string, maxDistance: number): Map<string, [TermPostings, number]>
  }
}

export function internalsOf<T>(mini: MiniSearch<T>): MiniSearchInternals {
  return mini as unknown as MiniSearchInternals
}
