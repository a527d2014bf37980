// minisearch's private state, read where its public API has no equivalent: fuzzy lookup of
// near spellings, scoring postings without building result objects (query.ts), writing and
// reading the index term by term (indexCache.ts), and a faster term lookup while building. Checked against minisearch 7.2
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
  /** Our passage id → short document id. */
  _idToShortId: Map<number, number>
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

/** What minisearch's add() asks of its term index: the postings of a term, created if new. */
interface TermLookup {
  fetch(term: string, create: () => TermPostings): TermPostings
}

export function internalsOf<T>(mini: MiniSearch<T>): MiniSearchInternals {
  return mini as unknown as MiniSearchInternals
}

/**
 * For a build from scratch: minisearch's add() looks every token's term up in its radix tree,
 * which was a third of the build in the profile. Until `finish`, add() finds terms in a hash
 * map instead; `finish` then puts each term in the tree once, in the order add() met them, so
 * the index is the one add() alone builds (test/search.test.ts compares them). Every other step
 * of add() is minisearch's own. The index cannot be searched until `finish`, which returns the
 * terms it staged.
 */
export function stageTerms<T>(mini: MiniSearch<T>): { finish(): Map<string, TermPostings> } {
  const internals = mini as unknown as { _index: MiniSearchInternals['_index'] | TermLookup }
  const tree = internals._index as MiniSearchInternals['_index']
  const staged = new Map<string, TermPostings>()
  internals._index = {
    fetch(term, create) {
      let postings = staged.get(term)
      if (postings === undefined) staged.set(term, (postings = tree.get(term) ?? create()))
      return postings
    },
  }
  return {
    finish() {
      internals._index = tree
      for (const [term, postings] of staged) tree.set(term, postings)
      return staged
    },
  }
}
