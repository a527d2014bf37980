// Several outlets often report the same fact. Keep the best passage and record the others as
// "also reported by", so a reply shows agreement across the coverage instead of five copies.
import { isConceptTerm } from './analyze.ts'
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

/** Grouping compares every result with every group: bound it to the most a reply lists (MAX_LIMIT). */
export const MAX_GROUPED_RESULTS = 25

export function groupSameFacts(weightOf: (term: string) => number, ranked: ScoredPassage[]): FactGroup[] {
  const groups: (FactGroup & { facts: WeightedTerms })[] = []
  for (const item of ranked.slice(0, MAX_GROUPED_RESULTS)) {
    const facts = weighTerms(item.answerTerms, weightOf)
    const same = groups.find(
      (g) =>
        g.best.passage.source !== item.passage.source &&
        !g.alsoReportedBy.some((o) => o.passage.source === item.passage.source) &&
        weightedJaccard(g.facts, facts) >= SAME_FACT_SIMILARITY,
    )
    if (same) same.alsoReportedBy.push(item)
    else groups.push({ best: item, alsoReportedBy: [], facts })
  }
  return groups.map(({ best, alsoReportedBy }) => ({ best, alsoReportedBy }))
}

/** A sentence's words with their weights, and their sum: weighed once, compared many times. */
interface WeightedTerms {
  weights: Map<string, number>
  total: number
}

function weighTerms(terms: Set<string>, weightOf: (term: string) => number): WeightedTerms {
  const weights = new Map<string, number>()
  let total = 0
  for (const t of terms) {
    if (isConceptTerm(t)) continue
    const w = weightOf(t)
    weights.set(t, w)
    total += w
  }
  return { weights, total }
}

function weightedJaccard(a: WeightedTerms, b: WeightedTerms): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a]
  let shared = 0
  for (const [t, w] of small.weights) if (large.weights.has(t)) shared += w
  const union = a.total + b.total - shared
  return union ? shared / union : 0
}
