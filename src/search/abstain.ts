// Should we answer at all? When the coverage does not answer a question, weak matches are
// worse than a plain "the coverage does not say". The best passage must hold most of the
// question's weighted words (in one sentence, or across the passage) and, when the question
// asks for an age, a time or a number, its answer sentence must give one.
import type { ScoredPassage } from './rank.ts'

/** Tuned on the dev set (npm run eval), on these two general signals only. */
export const MIN_SENTENCE_COVERAGE = 0.46
export const MIN_PASSAGE_COVERAGE = 0.6

export function isAnswered(best: ScoredPassage | undefined): boolean {
  if (!best || !best.answersType) return false
  return best.sentenceCoverage >= MIN_SENTENCE_COVERAGE || best.passageCoverage >= MIN_PASSAGE_COVERAGE
}

/** Passages after the first are shown only while they stay this close to the best one. */
export const MIN_RELATIVE_SCORE = 0.45

export function relevantResults<T extends { score: number }>(ranked: T[]): T[] {
  const floor = (ranked[0]?.score ?? 0) * MIN_RELATIVE_SCORE
  return ranked.filter((r) => r.score >= floor)
}
