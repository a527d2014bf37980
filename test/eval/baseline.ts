// The comparison point: minisearch with its default options over the same passages.
import MiniSearch from 'minisearch'
import type { Passage } from '../../src/types.ts'
import type { AskResult } from './score.ts'

export function createBaseline(passages: Passage[]) {
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] })
  mini.addAll(passages.map((p) => ({ id: p.id, text: p.text })))
  return {
    mini,
    ask(question: string, limit = 5): AskResult {
      const hits = mini.search(question).slice(0, limit)
      return { answered: hits.length > 0, results: hits.map((h) => ({ source: passages[h.id]!.source, text: passages[h.id]!.text })) }
    },
  }
}
