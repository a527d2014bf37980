// Several outlets often report the same fact. Keep the best passage and record the others as
// "also reported by", so a reply shows agreement across the coverage instead of five copies.
import { isConceptTerm, type Analyzer } from './analyze.ts'
import type { ScoredPassage } from './rank.ts'

export interface FactGroup {
  best: ScoredPassage
  alsoReportedBy: ScoredPassage[]
}

/** Two answer sentences state the same fact when most of their words are shared. */
const SAME_FACT_SIMILARITY = 0.5

export function groupSameFacts(analyzer: Analyzer, ranked: ScoredPassage[]): FactGroup[] {
  const groups: (FactGroup & { terms: Set<string> })[] = []
  for (const item of ranked) {
    const terms = new Set(analyzer.terms(item.answerSentence.text).filter((t) => !isConceptTerm(t)))
    const same = groups.find(
      (g) =>
        g.best.passage.source !== item.passage.source &&
        !g.alsoReportedBy.some((o) => o.passage.source === item.passage.source) &&
        jaccard(g.terms, terms) >= SAME_FACT_SIMILARITY,
    )
    if (same) same.alsoReportedBy.push(item)
    else groups.push({ best: item, alsoReportedBy: [], terms })
  }
  return groups.map(({ best, alsoReportedBy }) => ({ best, alsoReportedBy }))
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const t of a) if (b.has(t)) shared++
  return shared / (a.size + b.size - shared)
}
