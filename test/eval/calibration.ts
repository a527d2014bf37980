// Fitting the answer/abstain decision (src/search/decide.ts): L2-regularised logistic regression
// over standardised signals, two thresholds chosen on the training data, and k-fold
// cross-validation so the scores we report are those of questions the model never saw.
import type { AnswerSignals, Calibration, CalibrationModel, LogisticModel } from '../../src/search/decide.ts'
import { probability } from '../../src/search/decide.ts'
import { RANK_FEATURES, type RankFeatures, type RankWeights } from '../../src/search/rank.ts'
import { runQuestions, withoutVectors, type EvalQuestion, type QuestionRecord, type SetRun } from './harness.ts'

/** The decision's inputs: the best passage's ranking features, and what only the decision reads. */
export const FEATURES: (keyof AnswerSignals)[] = [
  // Relative to the other candidates (bm25, semantic) or about place, not about answering: left
  // out. Whether X is heard is read over the three best passages (speakerUnheardAround).
  ...RANK_FEATURES.filter((f) => f !== 'bm25' && f !== 'lead' && f !== 'afterMatch' && f !== 'semantic' && f !== 'speakerUnheard'),
  'sentenceWordShare',
  'passageWordShare',
  'unknownNameShare',
  'unknownWordShare',
  'unknownNameExcess',
  'typeMissingAround',
  'speakerUnheardAround',
  'figureMissing',
  'semanticCosine',
]

/**
 * The direction each signal may push the decision. Unconstrained, the fit learned that finding
 * more of the question in a passage makes an answer *less* likely (on the seeds, questions the
 * coverage does not answer still use its words): true of these sets, not of news questions.
 * The length of the question and the position in the article (lead, afterMatch) are left out for the same reason (the fit
 * refused one-word queries such as "Zelensky"), and the best passage's lead over the next: it
 * added nothing held out, and made chat confident ("gm everyone, how's it going" matches one
 * passage on "going", far ahead of the rest).
 */
const MUST_LOWER = new Set<keyof AnswerSignals>(['typeMissing', 'unknownNameShare', 'unknownWordShare', 'unknownNameExcess', 'typeMissingAround', 'figureMissing', 'speakerUnheardAround'])

/** L2 penalty: strong enough that ten signals over ~300 questions do not memorise them. */
export const L2 = 1.0
export const FOLDS = 5
/**
 * Operating point. Refusing an answerable question costs more than showing "the closest the
 * coverage comes" for one it does not answer (that reply says it may not answer), so the answer
 * threshold is the highest that still answers all but MAX_FALSE_ABSTENTION of the answerable
 * training questions (each set counting equally). A confident answer ('high') promises that the
 * first passage is the answer, three times in four: HIGH_PRECISION of the answered training
 * questions above its cut have it first. Set above that promise because a cut chosen on the
 * questions it is fitted on is optimistic: at 0.75, held out, 0.72 of the seeds' confident
 * answers had the answer first; at 0.80, 0.81 (BBC 0.75 → 0.77), and a question about a story
 * the coverage never covers is answered 'high' far less often (docs/quality.md, item 20). The
 * rest of the answered get "the closest the coverage comes". The answer threshold is set below
 * the target's 0.08 for the same reason: at 0.07 the seeds refused 13% of their answerable
 * questions held out, averaged over four deals of the folds; at 0.05, 10%, at the cost of
 * one not-covered question on one deal (item 27).
 */
export const MAX_FALSE_ABSTENTION = 0.05
export const HIGH_PRECISION = 0.8
export const HIGH_MIN_SUPPORT = 10

export type Decision = 'high' | 'low' | 'none'

export interface Sample {
  x: AnswerSignals
  y: 0 | 1
  /** Weight, so that each set counts equally whatever its size. */
  w: number
}

/** Questions with signals (a question of stop words only has nothing to decide on: it is refused). */
export function samplesOf(records: QuestionRecord[], label: (r: QuestionRecord) => boolean): Sample[] {
  const perSet = new Map<string, number>()
  for (const r of records) if (r.signals) perSet.set(r.set, (perSet.get(r.set) ?? 0) + 1)
  const sets = perSet.size || 1
  return records.flatMap((r) => (r.signals ? [{ x: r.signals, y: label(r) ? (1 as const) : (0 as const), w: records.length / sets / perSet.get(r.set)! }] : []))
}

/** L2-regularised logistic regression over standardised signals, each weight held to its allowed sign. */
export function fitLogistic(samples: Sample[], features = FEATURES): LogisticModel {
  const n = samples.length
  const column = (f: keyof AnswerSignals) => samples.map((s) => s.x[f])
  const mean = features.map((f) => column(f).reduce((a, b) => a + b, 0) / n)
  const scale = features.map((f, i) => Math.sqrt(column(f).reduce((a, v) => a + (v - mean[i]!) ** 2, 0) / n) || 1)
  const X = samples.map((s) => features.map((f, i) => (s.x[f] - mean[i]!) / scale[i]!))
  const totalWeight = samples.reduce((a, s) => a + s.w, 0)
  // Projected gradient descent: logistic loss with L2, each weight kept to its allowed sign.
  const d = features.length + 1
  const sign = features.map((f) => (MUST_LOWER.has(f) ? -1 : 1))
  const beta = new Array<number>(d).fill(0)
  const rate = 0.5
  for (let iter = 0; iter < 4000; iter++) {
    const grad = new Array<number>(d).fill(0)
    samples.forEach((s, k) => {
      const row = X[k]!
      const p = 1 / (1 + Math.exp(-(beta[0]! + row.reduce((a, v, j) => a + v * beta[j + 1]!, 0))))
      const w = (s.w / totalWeight) * (p - s.y)
      grad[0]! += w
      for (let j = 0; j < row.length; j++) grad[j + 1]! += w * row[j]!
    })
    for (let i = 0; i < d; i++) {
      beta[i]! -= rate * (grad[i]! + (i > 0 ? (L2 / n) * beta[i]! : 0))
      if (i > 0 && beta[i]! * sign[i - 1]! < 0) beta[i] = 0
    }
  }
  return { features, mean, scale, weights: beta.slice(1), bias: beta[0]! }
}

/**
 * The decision, fitted on one ranking's records: "answered" on every question (is it answerable?),
 * "high" on the answered ones (is the first passage the answer?).
 */
export function fitDecision(records: QuestionRecord[]): CalibrationModel {
  const answerSamples = samplesOf(records, (r) => r.expect === 'answer')
  const answer = fitLogistic(answerSamples)
  const threshold = answerThreshold(answerSamples, answer)
  const answered = records.filter((r) => r.signals && probability(r.signals, answer) >= threshold)
  const rightFirst = (r: QuestionRecord) => r.expect === 'answer' && r.rank === 1
  const confidentSamples = samplesOf(answered, rightFirst)
  const confident = fitLogistic(confidentSamples)
  return { ...answer, threshold, confident: { ...confident, threshold: highThreshold(confidentSamples, confident) } }
}

/** The highest cut that still answers all but MAX_FALSE_ABSTENTION of the answerable questions (weighted). */
function answerThreshold(samples: Sample[], model: LogisticModel): number {
  const scored = samples.map((s) => ({ p: probability(s.x, model), y: s.y, w: s.w }))
  const positives = scored.filter((s) => s.y === 1).reduce((a, s) => a + s.w, 0) || 1
  let answer = 0
  for (const t of [...new Set(scored.map((s) => s.p))].sort((a, b) => a - b)) {
    const answered = scored.filter((s) => s.y === 1 && s.p >= t).reduce((a, s) => a + s.w, 0) / positives
    if (answered >= 1 - MAX_FALSE_ABSTENTION) answer = t
    else break
  }
  return answer
}

/**
 * The lowest cut above which HIGH_PRECISION of the (weighted) answered questions have the answer
 * first, counting only cuts with at least HIGH_MIN_SUPPORT questions above them: the first few
 * at the very top are too few to judge by (one wrong one there used to leave no cut at all, and
 * no answer was ever confident).
 */
function highThreshold(samples: Sample[], model: LogisticModel): number {
  const scored = samples.map((s) => ({ p: probability(s.x, model), y: s.y, w: s.w })).sort((a, b) => b.p - a.p)
  let high = 1
  let weight = 0
  let right = 0
  for (const [i, s] of scored.entries()) {
    weight += s.w
    right += s.y * s.w
    const lastOfTie = scored[i + 1]?.p !== s.p
    if (lastOfTie && i + 1 >= HIGH_MIN_SUPPORT && right / weight >= HIGH_PRECISION) high = s.p
  }
  return high
}

/** The records of a set that fits only these ranking weights. */
interface FocusedRecords {
  records: QuestionRecord[]
  features: (keyof RankFeatures)[]
}

/**
 * Ranking weights by pairwise logistic regression: for each answerable question, every candidate
 * that holds the answer should outscore every one that does not. Each question counts once,
 * however many pairs it has; questions whose answer no candidate holds teach nothing here.
 * `focused`: sets written for a few weights (EvalSet.fitsOnly) fit those alone, afterwards, the
 * rest held where the general sets put them.
 */
export function fitRanker(records: QuestionRecord[], focused: FocusedRecords[] = []): RankWeights {
  const listsOf = (rs: QuestionRecord[]) => rs.map((r) => r.candidates.map((c) => ({ x: RANK_FEATURES.map((name) => c.features[name]), gold: c.gold })))
  let beta = fitPairwise(listsOf(records))
  for (const set of focused) beta = fitPairwise(listsOf(set.records), RANK_L2, { start: beta, free: set.features.map((f) => RANK_FEATURES.indexOf(f)) })
  // Scaled so the weights sum to 1 (the ranking is the same; scores stay in a readable 0–1 range).
  const sum = beta.reduce((a, b) => a + b, 0) || 1
  return Object.fromEntries(RANK_FEATURES.map((name, i) => [name, round(beta[i]! / sum)])) as RankWeights
}

/**
 * Pairwise logistic regression (Newton's method, L2) over lists of candidate vectors: the raw
 * weights. With `only`, the weights not `free` stay at `start`.
 */
export function fitPairwise(lists: { x: number[]; gold: boolean }[][], l2 = RANK_L2, only?: { start: number[]; free: number[] }): number[] {
  const d = lists.find((l) => l.length)?.[0]?.x.length ?? 0
  const pairs: { diff: number[]; w: number }[] = []
  let questions = 0
  for (const list of lists) {
    const gold = list.filter((c) => c.gold)
    const others = list.filter((c) => !c.gold)
    if (gold.length) questions++
    if (!gold.length || !others.length) continue
    const w = 1 / (gold.length * others.length)
    for (const g of gold) for (const o of others) pairs.push({ diff: g.x.map((v, i) => v - o.x[i]!), w })
  }
  questions ||= 1
  let beta = only ? [...only.start] : new Array<number>(d).fill(0)
  const fixed = (i: number) => !!only && !only.free.includes(i)
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(d).fill(0)
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0))
    for (const { diff, w } of pairs) {
      const p = 1 / (1 + Math.exp(-diff.reduce((a, v, j) => a + v * beta[j]!, 0)))
      for (let i = 0; i < d; i++) {
        grad[i]! += (w / questions) * (p - 1) * diff[i]!
        for (let j = 0; j < d; j++) hess[i]![j]! += (w / questions) * p * (1 - p) * diff[i]! * diff[j]!
      }
    }
    for (let i = 0; i < d; i++) {
      grad[i]! += (l2 / questions) * beta[i]!
      hess[i]![i]! += l2 / questions
    }
    // A held weight takes no step: its row and column say only that.
    for (let i = 0; i < d; i++) {
      if (!fixed(i)) continue
      grad[i] = 0
      for (let j = 0; j < d; j++) hess[i]![j] = hess[j]![i] = i === j ? 1 : 0
    }
    const step = solve(hess, grad)
    beta = beta.map((b, i) => b - step[i]!)
    if (!beta.every(Number.isFinite)) throw new Error('non-finite ranking weights')
    if (Math.max(...step.map(Math.abs)) < 1e-9) break
  }
  return beta
}

export const RANK_L2 = 1.0

const round = (x: number) => Math.round(x * 1e6) / 1e6

/**
 * Both halves fitted on the same questions (a set that fits only some ranking weights adds those
 * alone): the ranking first, then the decision over its rankings. Twice when the runs have vectors: from the words alone, and by meaning too (the
 * `semantic` part, used when the coverage has passage vectors).
 */
export function fitCalibration(runs: SetRun[], pick: (q: EvalQuestion) => boolean = () => true): { calibration: Calibration; records: QuestionRecord[] } {
  const lexical = fitOneWay(runs.map(withoutVectors), pick)
  if (!runs.every((run) => run.questionVectors)) return lexical
  const semantic = fitOneWay(runs, pick)
  return { calibration: { ...lexical.calibration, semantic: semantic.calibration }, records: lexical.records }
}

function fitOneWay(runs: SetRun[], pick: (q: EvalQuestion) => boolean): { calibration: Calibration; records: QuestionRecord[] } {
  const general = runs.filter((run) => !run.set.fitsOnly)
  const focused = runs.flatMap((run) => (run.set.fitsOnly ? [{ records: runQuestions(run, run.questions.filter(pick)), features: run.set.fitsOnly }] : []))
  const ranking = fitRanker(general.flatMap((run) => runQuestions(run, run.questions.filter(pick))), focused)
  const none = { features: [], mean: [], scale: [], weights: [], bias: 0 }
  const placeholder: Calibration = { ranking, decision: { ...none, threshold: 0, confident: { ...none, threshold: 0 } } }
  const records = general.flatMap((run) => runQuestions(run, run.questions.filter(pick), placeholder))
  const decision = fitDecision(records)
  return { calibration: { ranking, decision }, records }
}

/**
 * Deterministic folds, stratified by set and expectation: question i of each group goes to fold i
 * mod k, the questions taken by id (`shuffle` 0, the folds every figure is reported with) or in
 * another fixed order per `shuffle` (to measure how much the figures owe to where the folds fall).
 */
export function assignFolds(questions: EvalQuestion[], k = FOLDS, shuffle = 0): Map<string, number> {
  const folds = new Map<string, number>()
  const counters = new Map<string, number>()
  const order = (q: EvalQuestion) => (shuffle ? fnv1a(`${shuffle}:${q.id}`).toString(16).padStart(8, '0') : q.id)
  for (const q of [...questions].sort((a, b) => (order(a) < order(b) ? -1 : 1))) {
    const group = `${q.set}/${q.expect}`
    const i = counters.get(group) ?? 0
    counters.set(group, i + 1)
    folds.set(q.id, i % k)
  }
  return folds
}

/**
 * Each train question run with the calibration fitted without its fold: held-out records only.
 * `asServed`: how each set is run when scored (with its vectors or from the words alone).
 */
export function crossValidate(
  runs: SetRun[],
  k = FOLDS,
  asServed: (run: SetRun) => SetRun = (run) => run,
  shuffle = 0,
): { records: QuestionRecord[]; folds: Map<string, number>; calibrations: Calibration[] } {
  const folds = assignFolds(runs.flatMap((r) => r.questions), k, shuffle)
  const records: QuestionRecord[] = []
  const calibrations: Calibration[] = []
  for (let fold = 0; fold < k; fold++) {
    const { calibration } = fitCalibration(runs, (q) => folds.get(q.id) !== fold)
    calibrations.push(calibration)
    for (const run of runs.map((r) => asServed(r))) records.push(...runQuestions(run, run.questions.filter((q) => folds.get(q.id) === fold), calibration))
  }
  return { records, folds, calibrations }
}

/** `--shuffles N` of `npm run eval` and `npm run calibrate`: how many more deals of the folds. */
export function parseShuffles(value: string | undefined): number {
  const shuffles = Number(value ?? 0)
  if (!Number.isInteger(shuffles) || shuffles < 0) throw new Error(`--shuffles takes a whole number, not ${value}`)
  return shuffles
}

/** A figure over several deals of the folds: its mean and range. */
export function spreadOf(xs: number[]): { mean: number; min: number; max: number } {
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, min: Math.min(...xs), max: Math.max(...xs) }
}

/** FNV-1a, 32 bits: a fixed, well-spread order of question ids for each shuffle. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0
  return hash
}

/** Gaussian elimination with partial pivoting: the Newton step of a ~11×11 system. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  const m = a.map((row, i) => [...row, b[i]!])
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r
    ;[m[col], m[pivot]] = [m[pivot]!, m[col]!]
    const p = m[col]![col]! || 1e-12
    for (let r = 0; r < n; r++) {
      if (r === col) continue
      const f = m[r]![col]! / p
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12))
}
