// Per-member token bucket: a member may run `burst` commands at once, then one more every
// `perSeconds`. Asking, then looking up a leader two seconds later, is never refused; a member
// firing commands in a loop is slowed to one every few seconds. Buttons, modals and
// autocomplete never take a token (the dispatcher only asks for commands).

export interface RateLimitOptions {
  /** Commands at once; 0 turns the limit off. */
  burst: number
  /** Seconds to earn one command back. */
  perSeconds: number
  now?: () => number
}

/** Members whose bucket is full again are forgotten once the map grows past this. */
const PRUNE_ABOVE = 10_000

export class RateLimit {
  /** Per member: credit in milliseconds (one command costs `perSeconds` × 1000), as of `at`. */
  readonly #buckets = new Map<string, { credit: number; at: number }>()
  readonly #full: number
  readonly #costMs: number
  readonly #now: () => number

  constructor({ burst, perSeconds, now = Date.now }: RateLimitOptions) {
    this.#costMs = Math.round(perSeconds * 1000)
    this.#full = burst * this.#costMs
    this.#now = now
  }

  get size(): number {
    return this.#buckets.size
  }

  /** 0 when the member may go ahead (one token is taken), else the milliseconds until they may. */
  take(userId: string): number {
    if (this.#full <= 0) return 0
    const at = this.#now()
    const bucket = this.#buckets.get(userId)
    const credit = bucket ? Math.min(this.#full, bucket.credit + (at - bucket.at)) : this.#full
    if (credit < this.#costMs) return this.#costMs - credit
    if (!bucket && this.#buckets.size >= PRUNE_ABOVE) this.#prune(at)
    this.#buckets.set(userId, { credit: credit - this.#costMs, at })
    return 0
  }

  #prune(at: number): void {
    for (const [id, { credit, at: then }] of this.#buckets) if (credit + (at - then) >= this.#full) this.#buckets.delete(id)
  }
}
