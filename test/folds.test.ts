// The folds the train sets are cross-validated with (test/eval/calibration.ts): every figure in
// docs/quality.md is held out on them, and `npm run eval -- --shuffles N` deals the same questions
// into other folds to measure fold noise.
import { describe, expect, it } from 'vitest'
import { assignFolds, FOLDS } from './eval/calibration.ts'
import { EVAL_SETS, readSet, type EvalQuestion } from './eval/harness.ts'

const trainQuestions: EvalQuestion[] = EVAL_SETS.filter((set) => set.role === 'train').flatMap((set) => readSet(set).questions)

/** Questions per fold of each set/expectation group. */
function spread(folds: Map<string, number>): Map<string, number[]> {
  const groups = new Map<string, number[]>()
  for (const q of trainQuestions) {
    const key = `${q.set}/${q.expect}`
    if (!groups.has(key)) groups.set(key, Array<number>(FOLDS).fill(0))
    groups.get(key)![folds.get(q.id)!]!++
  }
  return groups
}

describe('cross-validation folds', () => {
  it('deals each set and expectation evenly over the folds, every question in one', () => {
    for (const shuffle of [0, 1, 2]) {
      const folds = assignFolds(trainQuestions, FOLDS, shuffle)
      expect(folds.size).toBe(trainQuestions.length)
      expect(trainQuestions.length).toBeGreaterThan(250)
      for (const [group, counts] of spread(folds)) {
        expect(Math.max(...counts) - Math.min(...counts), group).toBeLessThanOrEqual(1)
      }
    }
  })

  it('takes the questions by id for the reported folds, and in another fixed order for each shuffle', () => {
    const reported = assignFolds(trainQuestions)
    // By id: the first seeds question to answer is in fold 0, the next in fold 1.
    const seedsAnswerable = trainQuestions.filter((q) => q.set === 'train-seeds' && q.expect === 'answer').map((q) => q.id).sort()
    expect(seedsAnswerable.slice(0, 2).map((id) => reported.get(id))).toEqual([0, 1])
    const first = assignFolds(trainQuestions, FOLDS, 1)
    expect(assignFolds(trainQuestions, FOLDS, 1)).toEqual(first)
    const moved = trainQuestions.filter((q) => first.get(q.id) !== reported.get(q.id)).length
    // A fresh deal: most questions change fold (by chance 4 in 5 would).
    expect(moved).toBeGreaterThan(trainQuestions.length / 2)
    expect(assignFolds(trainQuestions, FOLDS, 2)).not.toEqual(first)
  })
})
