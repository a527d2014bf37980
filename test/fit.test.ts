// The ranking fit (test/eval/calibration.ts): a train set written for one weight fits that
// weight alone, the others held where the general sets put them (docs/quality.md item 36).
import { describe, expect, it } from 'vitest'
import { fitPairwise } from './eval/calibration.ts'

/** One question's candidates: [coverage, holderNamed] and whether each holds the answer. */
type List = { x: number[]; gold: boolean }[]

// General sets: the answer holds more of the question; naming a holder never tells candidates apart.
const general: List[] = [
  [{ x: [0.9, 0], gold: true }, { x: [0.4, 0], gold: false }, { x: [0.2, 0], gold: false }],
  [{ x: [0.7, 1], gold: true }, { x: [0.3, 1], gold: false }],
  [{ x: [0.8, 0], gold: true }, { x: [0.6, 0], gold: false }, { x: [0.5, 0], gold: false }],
  [{ x: [0.3, 0], gold: true }, { x: [0.6, 0], gold: false }],
]
// "Who's the sheriff": the lead holds more of the question, the passage naming the holder answers.
const roles: List[] = [
  [{ x: [0.7, 0], gold: false }, { x: [0.4, 1], gold: true }],
  [{ x: [0.6, 0], gold: false }, { x: [0.5, 1], gold: true }, { x: [0.2, 0], gold: false }],
  [{ x: [0.8, 0], gold: false }, { x: [0.6, 1], gold: true }],
]

describe('the ranking fit', () => {
  it('leaves a weight the general sets cannot see at nothing', () => {
    const [, holder] = fitPairwise(general)
    expect(holder).toBe(0)
  })

  it('fits only the free weights of a set written for them, the others held', () => {
    const start = fitPairwise(general)
    const focused = fitPairwise(roles, undefined, { start, free: [1] })
    expect(focused[0]).toBe(start[0])
    expect(focused[1]).toBeGreaterThan(0)
    // Heavy enough to put the holder's passage first in each of the set's questions.
    for (const list of roles) {
      const score = (x: number[]) => x[0]! * focused[0]! + x[1]! * focused[1]!
      const best = list.reduce((a, b) => (score(b.x) > score(a.x) ? b : a))
      expect(best.gold).toBe(true)
    }
  })

  it('fitted on every weight, the same set moves the others too', () => {
    const pooled = fitPairwise([...general, ...roles])
    const start = fitPairwise(general)
    expect(pooled[0]).not.toBeCloseTo(start[0]!, 3)
  })
})
