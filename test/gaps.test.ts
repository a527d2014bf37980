// Grouping questions by meaning for /gaps, with the engine's analyzer over the seed coverage.
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { Coverage } from '../src/coverage.ts'
import { verbAncestors } from '../src/search/synonyms.ts'
import { groupGaps, questionMeaning, sameMeaning } from '../src/store/gaps.ts'

let coverage: Coverage
beforeAll(async () => {
  coverage = await Coverage.load(path.resolve(import.meta.dirname, '../seeds'))
})

const same = (a: string, b: string) => sameMeaning(questionMeaning(a, coverage.index.analyzer), questionMeaning(b, coverage.index.analyzer))

describe('same meaning', () => {
  it.each([
    // The example: "fund" stands under "finance", which stands under "pay".
    ['who pays for it', 'who is funding the package'],
    ['What did Zelenskyy say about Taiwan?', 'what did zelensky say about taiwan'],
    ['Who won the 2022 football World Cup?', 'world cup winner 2022'],
    ['Who will send troops to Ukraine?', 'which countries will send troops to Ukraine'],
    ['who supports the plan', 'who backs the plan'],
    ['Which German leaders spoke?', 'which leaders from Germany spoke'],
  ])('%s ≈ %s', (a, b) => {
    expect(same(a, b)).toBe(true)
    expect(same(b, a)).toBe(true)
  })

  it.each([
    // Two names alike, the verb not.
    ['When did Trump meet Putin?', 'when did trump pay putin'],
    ['What did Putin say about Taiwan?', 'What did Putin say about Ukraine?'],
    // Both stand under "transfer", neither under the other.
    ['who will send the money', 'who will pay the money'],
    ['Who will send troops to Ukraine?', 'where will the soldiers be stationed'],
    ['!!!', '???'],
  ])('%s ≠ %s', (a, b) => {
    expect(same(a, b)).toBe(false)
    expect(same(b, a)).toBe(false)
  })
})

describe('verbAncestors', () => {
  it('follows hypernyms and entailments of verbs, two links up', () => {
    expect(verbAncestors('funding')).toEqual(expect.arrayContaining(['finance', 'pay']))
    expect(verbAncestors('fund', 1)).toContain('finance')
    expect(verbAncestors('fund', 1)).not.toContain('pay')
    expect(verbAncestors('send')).not.toContain('pay')
    expect(verbAncestors('Zelensky')).toEqual([])
    expect(verbAncestors('<@123>')).toEqual([])
  })
})

describe('groupGaps', () => {
  it('most asked first; a group shows its most asked wording and the others', () => {
    const row = (question: string, outcome: 'not_covered' | 'closest', at: string, thumbsDown = 0, comments: string[] = []) => ({ question, outcome, askedAt: at, thumbsDown, comments })
    const gaps = groupGaps(
      [
        row('who is funding the package', 'closest', '2026-12-01T10:00:00Z', 1, ['per country']),
        row('who pays for it', 'not_covered', '2026-12-01T09:00:00Z'),
        row('who pays for it', 'not_covered', '2026-12-01T08:00:00Z'),
        row('What did Putin say about Taiwan?', 'not_covered', '2026-12-01T11:00:00Z'),
      ],
      coverage.index.analyzer,
    )
    expect(gaps).toEqual([
      { example: 'who pays for it', count: 3, notCovered: 2, closest: 1, thumbsDown: 1, wordings: ['who is funding the package'], comments: ['per country'], lastAsked: '2026-12-01T10:00:00.000Z' },
      { example: 'What did Putin say about Taiwan?', count: 1, notCovered: 1, closest: 0, thumbsDown: 0, wordings: [], comments: [], lastAsked: '2026-12-01T11:00:00.000Z' },
    ])
  })
})
