// Candidates → ranked passages. minisearch's BM25 finds passages that share words with the
// question; this ranks them by how much of the question they answer: the weighted share of the
// question's words a passage contains, and how many of them stand together in one sentence,
// which becomes the answer sentence.
import type { Passage, Sentence } from '../types.ts'
import { expectedAnswerType, sentenceAnswers, type AnswerType } from './answerType.ts'
import type { SearchIndex } from './buildIndex.ts'
import type { Candidate, ResolvedSlot } from './query.ts'

export interface ScoredPassage {
  passage: Passage
  score: number
  answerSentence: Sentence
  /** Weighted share of the question's words in the passage (0–1). */
  passageCoverage: number
  /** Weighted share of the question's words in the answer sentence alone (0–1). */
  sentenceCoverage: number
  /** The answer sentence gives the kind of answer asked for (or none was asked for). */
  answersType: boolean
}

const WEIGHTS = { bm25: 0.25, passageCoverage: 0.3, sentenceCoverage: 0.45 }
/** An answer sentence of the kind asked for ("When…?" → a date) outranks one that is not. */
const ANSWER_TYPE_BONUS = 0.1

export function rankCandidates(
  index: SearchIndex,
  passages: Passage[],
  question: string,
  slots: ResolvedSlot[],
  candidates: Candidate[],
): ScoredPassage[] {
  const totalWeight = slots.reduce((sum, s) => sum + s.weight, 0) || 1
  const maxBm25 = Math.max(...candidates.map((c) => c.bm25), Number.EPSILON)
  const type = expectedAnswerType(question)

  const scored = candidates.map((candidate) => {
    const passage = passages[candidate.passageId]!
    const sentenceTerms = passage.sentences.map((s) => new Set(index.analyzer.terms(s.text)))
    const headingTerms = new Set(passage.heading ? index.analyzer.terms(passage.heading) : [])
    const allTerms = new Set([...headingTerms, ...sentenceTerms.flatMap((t) => [...t])])

    const sentenceScores = sentenceTerms.map((terms) => matchedWeight(slots, terms) / totalWeight)
    const best = pickAnswerSentence(passage.sentences, sentenceScores, type)
    const passageCoverage = matchedWeight(slots, allTerms) / totalWeight
    const sentenceCoverage = sentenceScores[best] ?? 0
    const answersType = !type || sentenceAnswers(type, passage.sentences[best]?.text ?? '')
    const score =
      WEIGHTS.bm25 * (candidate.bm25 / maxBm25) +
      WEIGHTS.passageCoverage * passageCoverage +
      WEIGHTS.sentenceCoverage * sentenceCoverage +
      (type && answersType ? ANSWER_TYPE_BONUS : 0)
    return {
      passage,
      score,
      answerSentence: passage.sentences[best] ?? { text: passage.text, start: 0, end: passage.text.length },
      passageCoverage,
      sentenceCoverage,
      answersType,
    }
  })
  return scored.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id)
}

function matchedWeight(slots: ResolvedSlot[], terms: Set<string>): number {
  let sum = 0
  for (const slot of slots) {
    let credit = 0
    for (const [term, c] of slot.terms) if (c > credit && terms.has(term)) credit = c
    sum += slot.weight * credit
  }
  return sum
}

/** The best-covering sentence; when an answer type is asked for, a sentence of that type close behind wins. */
function pickAnswerSentence(sentences: Sentence[], scores: number[], type: AnswerType | undefined): number {
  let best = 0
  scores.forEach((s, i) => {
    if (s > scores[best]!) best = i
  })
  if (type && !sentenceAnswers(type, sentences[best]?.text ?? '')) {
    const typed = scores
      .map((s, i) => [s, i] as const)
      .filter(([s, i]) => s >= 0.6 * scores[best]! && s > 0 && sentenceAnswers(type, sentences[i]!.text))
      .sort((a, b) => b[0] - a[0])[0]
    if (typed) best = typed[1]
  }
  return best
}
