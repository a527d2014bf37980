// `node --import tsx scripts/experiments/ceiling.ts`: how far can the signals we have go? For
// each answerable train question, held out (5-fold, as `npm run eval`), is a passage holding the
// answer first by the engine with meaning, by the engine from the words alone, by the encoder's
// cosine alone (the closest candidate), and by any of the three: an oracle that, question by
// question, picks whichever of them is right. If even that oracle is short of a hit@1 target, no
// weighting of these signals reaches it (docs/quality.md, "What the misses show", 17). Also: is
// a passage holding the answer among the candidates at all, and among the engine's first or the
// three closest in meaning. And the decision: with each held-out question's probability from its
// fold's model, the most not-covered questions any one threshold, chosen per set after the fact,
// refuses while refusing at most 8% of the answerable ones (the false-abstention target).
import { answerProbability } from '../../src/search/decide.ts'
import { crossValidate } from '../../test/eval/calibration.ts'
import { EVAL_SETS, loadSet, withoutVectors, type QuestionRecord } from '../../test/eval/harness.ts'

const runs = []
for (const set of EVAL_SETS.filter((s) => s.role === 'train')) runs.push(await loadSet(set, { vectors: true }))
const { records: byMeaning, folds, calibrations } = crossValidate(runs)
const fromWords = new Map(crossValidate(runs.map(withoutVectors)).records.map((r) => [r.id, r]))

/** Candidates by the encoder's cosine alone, closest first (its rescaled cosine is the `semantic` feature). */
const closestInMeaning = (r: QuestionRecord) => [...r.candidates].sort((a, b) => b.features.semantic - a.features.semantic)

const share = (count: number, n: number) => (count / n).toFixed(2)
console.log('| set | answerable | answer among the candidates | first: engine with meaning | first: words alone | first: meaning alone | first by any of the three (oracle) | engine first or among the 3 closest in meaning |')
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
for (const run of runs) {
  const records = byMeaning.filter((r) => r.set === run.set.name && r.expect === 'answer')
  const n = records.length
  let inPool = 0, engine = 0, words = 0, meaning = 0, any = 0, engineOrClose = 0
  for (const r of records) {
    const closest = closestInMeaning(r)
    const e = r.rank === 1
    const w = fromWords.get(r.id)!.rank === 1
    const m = !!closest[0]?.gold
    inPool += +r.candidates.some((c) => c.gold)
    engine += +e
    words += +w
    meaning += +m
    any += +(e || w || m)
    engineOrClose += +(e || closest.slice(0, 3).some((c) => c.gold))
  }
  console.log(`| ${run.set.name} | ${n} | ${share(inPool, n)} | ${share(engine, n)} | ${share(words, n)} | ${share(meaning, n)} | ${share(any, n)} | ${share(engineOrClose, n)} |`)
}

/** The held-out probability that the coverage answers, as decide() reads it, from the model of the question's fold. */
function heldOutProbability(r: QuestionRecord): number {
  const calibration = calibrations[folds.get(r.id)!]!
  const model = r.semantic && calibration.semantic ? calibration.semantic.decision : calibration.decision
  return r.signals ? answerProbability(r.signals, model) : 0
}

const MAX_FALSE_ABSTENTION = 0.08
console.log('\n| set | abstention as served (held out) | best abstention any threshold gives at false abstention <= 0.08 |')
console.log('| --- | --- | --- |')
for (const run of runs) {
  const records = byMeaning.filter((r) => r.set === run.set.name)
  const answerable = records.filter((r) => r.expect === 'answer').map(heldOutProbability)
  const notCovered = records.filter((r) => r.expect !== 'answer').map(heldOutProbability)
  const refusedBelow = (cut: number, ps: number[]) => ps.filter((p) => p < cut).length
  let best = 0
  for (const cut of [...answerable, ...notCovered, 1]) {
    if (refusedBelow(cut, answerable) <= MAX_FALSE_ABSTENTION * answerable.length) best = Math.max(best, refusedBelow(cut, notCovered))
  }
  const served = records.filter((r) => r.expect !== 'answer' && r.decision === 'none').length
  console.log(`| ${run.set.name} | ${share(served, notCovered.length)} | ${share(best, notCovered.length)} |`)
}
