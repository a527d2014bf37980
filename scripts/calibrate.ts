// `npm run calibrate`: fits the ranking weights and the answer/abstain decision on the public
// train sets (never on dev.json), writes src/search/calibration.json with the data, folds and
// held-out scores it came from, and prints the precision/recall curve of the decision.
//   npm run calibrate [-- --dry-run] [--shuffles N]
// `--shuffles N` draws the held-out curve N more times with the questions dealt into other folds
// (docs/quality.md item 27) and records its mean and range: the fitted model is the same.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { PROJECT_ROOT, readConfig } from '../src/config.ts'
import { probability } from '../src/search/decide.ts'
import { crossValidate, fitCalibration, FOLDS, HIGH_PRECISION, L2, MAX_FALSE_ABSTENTION, parseShuffles, RANK_L2, spreadOf } from '../test/eval/calibration.ts'
import { asServed, EVAL_SETS, loadSet, type QuestionRecord } from '../test/eval/harness.ts'

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean' }, shuffles: { type: 'string', default: '0' } } })
const shuffles = parseShuffles(values.shuffles)
const trainSets = EVAL_SETS.filter((s) => s.role === 'train')
/** The sets the decision is fitted on (not those that fit only a few ranking weights): its curve is drawn over them. */
const decided = new Set(trainSets.filter((s) => !s.fitsOnly).map((s) => s.name))
// With SEMANTIC=off, only the words-alone calibration is fitted (and the semantic part dropped).
const { semantic } = readConfig()
const runs = await Promise.all(trainSets.map((set) => loadSet(set, { vectors: semantic !== 'off' })))

const { calibration } = fitCalibration(runs)
const cv = crossValidate(runs, FOLDS, asServed)

const f2 = (x: number) => x.toFixed(2)
for (const [way, fitted] of [['From the words alone', calibration], ['By meaning too (semantic)', calibration.semantic]] as const) {
  if (!fitted) continue
  console.log(`\n${way}. Ranking weights (sum 1):`)
  for (const [name, w] of Object.entries(fitted.ranking)) console.log(`  ${name.padEnd(18)} ${w.toFixed(3)}`)
  const { decision } = fitted
  console.log('Decision (standardised weights): answered? | first passage right?')
  decision.features.forEach((name, i) => console.log(`  ${name.padEnd(18)} ${decision.weights[i]!.toFixed(3).padStart(7)} | ${decision.confident.weights[i]!.toFixed(3).padStart(7)}`))
  console.log(`  ${'bias'.padEnd(18)} ${decision.bias.toFixed(3).padStart(7)} | ${decision.confident.bias.toFixed(3).padStart(7)}`)
  console.log(`Thresholds: answered p ≥ ${decision.threshold.toFixed(3)}; high p ≥ ${decision.confident.threshold.toFixed(3)}`)
}

/** Precision and recall of "answer" at each cut, on held-out probabilities (each question scored by its fold's model). */
function curve({ records: held, folds, calibrations }: ReturnType<typeof crossValidate>) {
  const probabilityOf = (r: QuestionRecord) => {
    const fitted = calibrations[folds.get(r.id)!]!
    const model = ((r.semantic && fitted.semantic) || fitted).decision
    return r.signals ? probability(r.signals, model) : 0
  }
  const scored = held.filter((r) => decided.has(r.set)).map((r) => ({ p: probabilityOf(r), answerable: r.expect === 'answer', right: r.rank === 1 }))
  const rows = []
  for (const cut of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const answered = scored.filter((s) => s.p >= cut)
    const answerable = scored.filter((s) => s.answerable)
    rows.push({
      cut,
      precision: answered.length ? answered.filter((s) => s.answerable).length / answered.length : 1,
      recall: answerable.filter((s) => s.p >= cut).length / (answerable.length || 1),
      abstention: scored.filter((s) => !s.answerable && s.p < cut).length / (scored.filter((s) => !s.answerable).length || 1),
      hitAt1: answerable.filter((s) => s.p >= cut && s.right).length / (answerable.length || 1),
    })
  }
  return rows
}

const rows = curve(cv)
console.log('\nHeld-out precision/recall of answering (the train sets the decision is fitted on, each question scored by the model of the other folds):')
console.log('| p ≥ | precision (answered that are answerable) | recall (answerable answered) | abstention (not covered refused) | hit@1 |')
console.log('| ---: | ---: | ---: | ---: | ---: |')
for (const r of rows) console.log(`| ${r.cut.toFixed(1)} | ${f2(r.precision)} | ${f2(r.recall)} | ${f2(r.abstention)} | ${f2(r.hitAt1)} |`)

// The same curve over other deals of the folds: how much of it is where the folds fell.
const deals = [rows]
for (let shuffle = 1; shuffle <= shuffles; shuffle++) deals.push(curve(crossValidate(runs, FOLDS, asServed, shuffle)))
const overDeals = rows.map((row, i) => {
  const spread = (key: 'precision' | 'recall' | 'abstention' | 'hitAt1') => spreadOf(deals.map((d) => d[i]![key]))
  return { cut: row.cut, precision: spread('precision'), recall: spread('recall'), abstention: spread('abstention'), hitAt1: spread('hitAt1') }
})
if (shuffles) {
  console.log(`\nThe same over ${deals.length} deals of the folds (the reported folds first): mean (min–max):`)
  console.log('| p ≥ | precision | recall | abstention | hit@1 |')
  console.log('| ---: | ---: | ---: | ---: | ---: |')
  const cell = (x: { mean: number; min: number; max: number }) => `${f2(x.mean)} (${f2(x.min)}–${f2(x.max)})`
  for (const r of overDeals) console.log(`| ${r.cut.toFixed(1)} | ${cell(r.precision)} | ${cell(r.recall)} | ${cell(r.abstention)} | ${cell(r.hitAt1)} |`)
}

const output = {
  about:
    'Fitted by `npm run calibrate` (scripts/calibrate.ts, test/eval/calibration.ts). Ranking: pairwise logistic regression over RankFeatures; `semantic`: the same fitted with the sentence-encoder feature and signal, used when the coverage has passage vectors. Decision: two sign-constrained logistic regressions over AnswerSignals, "answered?" (threshold: answer all but maxFalseAbstention of answerable training questions) and, among answered, "is the first passage the answer?" (threshold: highPrecision of training answers above it right first). Never fitted on dev.json.',
  fittedOn: runs.map(({ set, questions }) => ({
    set: path.relative(PROJECT_ROOT, set.file),
    corpus: path.relative(PROJECT_ROOT, set.corpus),
    questions: questions.length,
    ...(set.fitsOnly ? { fits: `the ranking weights ${set.fitsOnly.join(', ')} only, the others held at the other sets' fit; not the decision` } : {}),
  })),
  folds: { k: FOLDS, rule: 'questions sorted by id within each set and expectation; question i goes to fold i mod k' },
  regularisation: { ranking: RANK_L2, decision: L2 }, operatingPoint: { maxFalseAbstention: MAX_FALSE_ABSTENTION, highPrecision: HIGH_PRECISION },
  ranking: calibration.ranking,
  decision: calibration.decision,
  ...(calibration.semantic ? { semantic: calibration.semantic } : {}),
  heldOutCurve: rows,
  ...(shuffles ? { heldOutCurveOverDeals: { deals: deals.length, rows: overDeals } } : {}),
}
if (values['dry-run']) console.log('\n(dry run: calibration.json not written)')
else {
  const file = path.join(PROJECT_ROOT, 'src/search/calibration.json')
  writeFileSync(file, JSON.stringify(output, null, 1) + '\n')
  console.log(`\nWrote ${path.relative(process.cwd(), file)}`)
}
