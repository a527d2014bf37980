import { describe, expect, it } from 'vitest'
import { RateLimit } from '../src/discord/rateLimit.ts'

describe('RateLimit (per-member token bucket)', () => {
  it('allows a burst, then one command per period, and says how long to wait', () => {
    let now = 1_000_000
    const limit = new RateLimit({ burst: 5, perSeconds: 3, now: () => now })
    expect([1, 2, 3, 4, 5].map(() => limit.take('a'))).toEqual([0, 0, 0, 0, 0])
    expect(limit.take('a')).toBe(3000)
    now += 1000
    expect(limit.take('a')).toBe(2000)
    now += 2000
    expect(limit.take('a')).toBe(0)
    expect(limit.take('a')).toBe(3000)
    // Others have their own bucket.
    expect(limit.take('b')).toBe(0)
  })

  it('refills up to the burst and no further', () => {
    let now = 0
    const limit = new RateLimit({ burst: 2, perSeconds: 3, now: () => now })
    limit.take('a')
    limit.take('a')
    now += 60_000
    expect([limit.take('a'), limit.take('a'), limit.take('a')]).toEqual([0, 0, 3000])
  })

  it('is off with a burst of 0', () => {
    const limit = new RateLimit({ burst: 0, perSeconds: 3 })
    expect(Array.from({ length: 50 }, () => limit.take('a')).every((w) => w === 0)).toBe(true)
    expect(limit.size).toBe(0)
  })

  it('forgets members whose bucket is full again once many are kept', () => {
    let now = 0
    const limit = new RateLimit({ burst: 1, perSeconds: 1, now: () => now })
    for (let i = 0; i < 10_000; i++) limit.take(`m${i}`)
    expect(limit.size).toBe(10_000)
    now += 1000
    limit.take('newcomer')
    expect(limit.size).toBe(1)
  })
})
