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
  /** The answer sentence's terms, as the index analyzes them. */
  answerTerms: Set<string>
  /** Weighted share of the question's words in the passage (0–1). */
  passageCoverage: number
  /** Weighted share of the question's words in the answer sentence alone (0–1). */
  sentenceCoverage: number
  /** Share of the question's words (by count, any credit) found in the answer sentence. */
  sentenceWordShare: number
  /** The same, in the whole passage. */
  passageWordShare: number
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
    const { sentenceTerms, allTerms } = passageTerms(index, passage)

    const sentenceScores = sentenceTerms.map((terms) => matchedWeight(slots, terms) / totalWeight)
    const best = pickAnswerSentence(passage.sentences, sentenceScores, type)
    const passageCoverage = matchedWeight(slots, allTerms) / totalWeight
    const sentenceCoverage = sentenceScores[best] ?? 0
    const answersType = !type || sentenceAnswers(type, passage.sentences[best]?.text ?? '')
    const wordShare = (terms: Set<string> | undefined) => slots.filter((slot) => [...slot.terms.keys()].some((t) => terms?.has(t))).length / (slots.length || 1)
    const sentenceWordShare = wordShare(sentenceTerms[best])
    const passageWordShare = wordShare(allTerms)
    const score =
      WEIGHTS.bm25 * (candidate.bm25 / maxBm25) +
      WEIGHTS.passageCoverage * passageCoverage +
      WEIGHTS.sentenceCoverage * sentenceCoverage +
      (type && answersType ? ANSWER_TYPE_BONUS : 0)
    return {
      passage,
      score,
      answerSentence: passage.sentences[best] ?? { text: passage.text, start: 0, end: passage.text.length },
      answerTerms: sentenceTerms[best] ?? allTerms,
      passageCoverage,
      sentenceCoverage,
      sentenceWordShare,
      passageWordShare,
      answersType,
    }
  })
  return scored.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id)
}

interface PassageTerms {
  sentenceTerms: Set<string>[]
  allTerms: Set<string>
}

/**
 * Analyzing candidates' sentences was a third of the time of a question in the profile, and the
 * same passages come back for question after question: keep the terms of recently ranked
 * passages. Bounded (a few MB), cleared whole when full; one table per index.
 */
const PASSAGE_TERMS_LIMIT = 20_000
const passageTermsCache = new WeakMap<SearchIndex, Map<number, PassageTerms>>()

function passageTerms(index: SearchIndex, passage: Passage): PassageTerms {
  let cache = passageTermsCache.get(index)
  if (!cache) passageTermsCache.set(index, (cache = new Map()))
  let terms = cache.get(passage.id)
  if (!terms) {
    const sentenceTerms = passage.sentences.map((s) => new Set(index.analyzer.terms(s.text)))
    const allTerms = new Set(passage.heading ? index.analyzer.terms(passage.heading) : [])
    for (const set of sentenceTerms) for (const term of set) allTerms.add(term)
    terms = { sentenceTerms, allTerms }
    if (cache.size >= PASSAGE_TERMS_LIMIT) cache.clear()
    cache.set(passage.id, terms)
  }
  return terms
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
