// Button state for /ask replies: what was asked, by whom, privately or not. Small and in memory:
// an entry is useless once the interaction token behind its message has expired (15 min), and
// losing them all on restart only means "this answer has expired, ask again".
import { randomBytes } from 'node:crypto'
import { discordLimits } from '../discordLimits.ts'

export interface StoredAnswer {
  question: string
  /** Who asked: only they may page their own message in place. */
  userId: string
  ephemeral: boolean
  /** Its question in the question log: every page keeps the 👍/👎 buttons of that question. */
  feedbackId?: string
  /** The `since:` it was asked with, so "More" pages through the same coverage. */
  since?: string
}

export interface AnswerStoreOptions {
  maxEntries?: number
  ttlMs?: number
  now?: () => number
}

export class AnswerStore {
  readonly #entries = new Map<string, { answer: StoredAnswer; expiresAt: number }>()
  readonly #maxEntries: number
  readonly #ttlMs: number
  readonly #now: () => number

  constructor({ maxEntries = 1000, ttlMs = discordLimits.interactionTokenMs, now = Date.now }: AnswerStoreOptions = {}) {
    this.#maxEntries = maxEntries
    this.#ttlMs = ttlMs
    this.#now = now
  }

  get size(): number {
    return this.#entries.size
  }

  /** Stores an answer and returns its id: 8 URL-safe characters, short enough for any custom_id. */
  put(answer: StoredAnswer): string {
    const id = randomBytes(6).toString('base64url')
    this.#entries.set(id, { answer, expiresAt: this.#now() + this.#ttlMs })
    // A Map iterates in insertion order, and get() re-inserts, so the first key is the least recently used.
    while (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!)
    return id
  }

  get(id: string): StoredAnswer | undefined {
    const entry = this.#entries.get(id)
    if (!entry) return undefined
    this.#entries.delete(id)
    if (entry.expiresAt <= this.#now()) return undefined
    this.#entries.set(id, entry)
    return entry.answer
  }
}
