// Should we answer at all? When the coverage does not answer a question, weak matches are
// worse than a plain "the coverage does not say". Three signals decide, tuned on the dev set
// (npm run eval) as general rules, not per question:
// - the answer sentence must give the kind of answer asked for (an age, a time, a number)
//   and hold more than half of the question's words in some form;
// - the best passage must hold most of the question's weighted words, in one sentence or overall;
// - or, when the question names nothing the coverage lacks (no unknown name like "Taiwan"),
//   a paraphrase may hold less weight as long as most of its words are there in some form.
import type { ResolvedSlot } from './query.ts'
import type { ScoredPassage } from './rank.ts'

export const MIN_SENTENCE_COVERAGE = 0.46
export const MIN_PASSAGE_COVERAGE = 0.6
export const PARAPHRASE_MIN_COVERAGE = 0.3
export const PARAPHRASE_MIN_WORD_SHARE = 0.6

export function isAnswered(best: ScoredPassage | undefined, slots: ResolvedSlot[]): boolean {
  if (!best || !best.answersType) return false
  // Half a question is not an answer: "recipes with chocolate" is not answered by "a recipe for boom and bust".
  if (best.passageWordShare <= 0.5) return false
  if (best.sentenceCoverage >= MIN_SENTENCE_COVERAGE || best.passageCoverage >= MIN_PASSAGE_COVERAGE) return true
  const namesSomethingUncovered = slots.some((s) => s.unknownName)
  return !namesSomethingUncovered && best.sentenceCoverage >= PARAPHRASE_MIN_COVERAGE && best.sentenceWordShare >= PARAPHRASE_MIN_WORD_SHARE
}

/** Passages after the first are shown only while they stay this close to the best one. */
export const MIN_RELATIVE_SCORE = 0.45

export function relevantResults<T extends { score: number }>(ranked: T[]): T[] {
  const floor = (ranked[0]?.score ?? 0) * MIN_RELATIVE_SCORE
  return ranked.filter((r) => r.score >= floor)
}
