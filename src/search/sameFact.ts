// Several outlets often report the same fact. Keep the best passage and record the others as
// "also reported by", so a reply shows agreement across the coverage instead of five copies.
import { isConceptTerm, type Analyzer } from './analyze.ts'
import type { ScoredPassage } from './rank.ts'

export interface FactGroup {
  best: ScoredPassage
  alsoReportedBy: ScoredPassage[]
}

/**
 * Two answer sentences state the same fact when their words overlap this much, each word
 * weighted by how rare it is: articles on one topic share its common words ("security",
 * "Ukraine") without reporting the same fact; the same fact shares the rare ones.
 */
export const SAME_FACT_SIMILARITY = 0.35

export function groupSameFacts(analyzer: Analyzer, weightOf: (term: string) => number, ranked: ScoredPassage[]): FactGroup[] {
  const groups: (FactGroup & { terms: Set<string> })[] = []
  for (const item of ranked) {
    const terms = new Set(analyzer.terms(item.answerSentence.text).filter((t) => !isConceptTerm(t)))
    const same = groups.find(
      (g) =>
        g.best.passage.source !== item.passage.source &&
        !g.alsoReportedBy.some((o) => o.passage.source === item.passage.source) &&
        weightedJaccard(g.terms, terms, weightOf) >= SAME_FACT_SIMILARITY,
    )
    if (same) same.alsoReportedBy.push(item)
    else groups.push({ best: item, alsoReportedBy: [], terms })
  }
  return groups.map(({ best, alsoReportedBy }) => ({ best, alsoReportedBy }))
}

function weightedJaccard(a: Set<string>, b: Set<string>, weightOf: (term: string) => number): number {
  let shared = 0
  let union = 0
  for (const t of a) {
    const w = weightOf(t)
    union += w
    if (b.has(t)) shared += w
  }
  for (const t of b) if (!a.has(t)) union += weightOf(t)
  return union ? shared / union : 0
}
