import { describe, expect, it } from 'vitest'
import { AnswerStore } from '../src/discord/answerStore.ts'
import { askButtonId, parseAskButtonId } from '../src/discord/customIds.ts'

const answer = (question: string) => ({ question, userId: '1', ephemeral: true })

describe('AnswerStore', () => {
  it('returns what was put, under a short URL-safe id', () => {
    const store = new AnswerStore()
    const id = store.put(answer('troops?'))
    expect(id).toMatch(/^[\w-]{8}$/)
    expect(store.get(id)).toEqual(answer('troops?'))
    expect(store.get('nope')).toBeUndefined()
  })

  it('forgets entries after the TTL', () => {
    let now = 1_000
    const store = new AnswerStore({ ttlMs: 100, now: () => now })
    const id = store.put(answer('q'))
    now += 99
    expect(store.get(id)?.question).toBe('q')
    now += 1
    expect(store.get(id)).toBeUndefined()
    expect(store.size).toBe(0)
  })

  it('evicts the least recently used entry when full', () => {
    const store = new AnswerStore({ maxEntries: 2 })
    const a = store.put(answer('a'))
    const b = store.put(answer('b'))
    store.get(a) // a is now more recent than b
    const c = store.put(answer('c'))
    expect([store.get(a)?.question, store.get(b), store.get(c)?.question]).toEqual(['a', undefined, 'c'])
  })
})

describe('ask button custom_id', () => {
  it.each([
    [{ action: 'more', answerId: 'Ab-_12cd', offset: 5 }, 'ask:more:Ab-_12cd:5'],
    [{ action: 'share', answerId: 'Ab-_12cd', offset: 0 }, 'ask:share:Ab-_12cd:0'],
  ] as const)('round-trips %j', (button, id) => {
    expect(askButtonId(button)).toBe(id)
    expect(parseAskButtonId(id)).toEqual(button)
  })

  it.each(['ask:more:x', 'ask:delete:x:1', 'other:more:x:1', 'ask:more:x:-1', 'ask:more:a b:1'])('rejects %s', (id) => {
    expect(parseAskButtonId(id)).toBeUndefined()
  })
})
