// The question log: records from the bot and the console go into memory at once (a push, no
// I/O) and are written in batches in the background, so an answer never waits for the database.
// The database is opened in the background too. If it is out of reach, answering goes on:
// records wait in memory (at most `maxPending`, the oldest dropped beyond), the outage is logged
// once, and they are written when it is back. close() writes what is pending (SIGTERM).
import { randomBytes } from 'node:crypto'
import { UserFacingError } from '../errors.ts'
import type { Logger } from '../log.ts'
import type { Analyzer } from '../search/analyze.ts'
import type { Config } from '../config.ts'
import { DatabaseInUseError, openDatabase, type Database } from './database.ts'
import { groupGaps, type GapRow, type GapsReport } from './gaps.ts'
import { memberHasher, readOrCreateSecret, type MemberHasher } from './memberHash.ts'

export type Outcome = 'answered' | 'closest' | 'not_covered'

/** A passage an answer cited: its article, its position there, its character span in the article's cleaned text. */
export interface CitedPassage {
  source: string
  position: number
  start: number
  end: number
}

/** One question as a face reports it. The member id is hashed before it is kept anywhere. */
export interface QuestionEntry {
  via: 'discord' | 'console'
  guildId?: string
  channelId?: string
  memberId: string
  command: string
  question: string
  outcome: Outcome
  /** /leader: the person found. */
  person?: string
  cited: CitedPassage[]
  latencyMs: number
}

export interface FeedbackEntry {
  questionId: string
  memberId: string
  vote: 'up' | 'down'
  comment?: string
}

interface QuestionRow extends Omit<QuestionEntry, 'memberId'> {
  id: string
  askedAt: number
  memberHash: string
}

interface FeedbackRow extends Omit<FeedbackEntry, 'memberId'> {
  memberHash: string
  givenAt: number
}

type Pending = { kind: 'question'; row: QuestionRow } | { kind: 'feedback'; row: FeedbackRow }

export interface StatsReport {
  days: number
  questions: number
  perDay: { day: string; questions: number }[]
  outcomes: Record<Outcome, number>
  /** Answered (confidently or as the closest the coverage comes) over all questions; null without questions. */
  shareAnswered: number | null
  feedback: { up: number; down: number }
  /** Most looked-up people (/leader), most first. */
  people: { name: string; lookups: number }[]
  /** Answer time, from the interaction arriving to the reply sent; null without questions. */
  latencyMs: { p50: number; p99: number } | null
}

export type { GapsReport }

export interface QuestionLogOptions {
  open: () => Promise<Database>
  hashMember: MemberHasher
  logger?: Pick<Logger, 'info' | 'warn'>
  retentionDays?: number
  /** Records kept in memory while the database is out of reach; the oldest are dropped beyond. */
  maxPending?: number
  flushEveryMs?: number
  batchSize?: number
  /** How long to wait before trying an unreachable database again. */
  retryMs?: number
  now?: () => number
}

export type LogState = 'idle' | 'opening' | 'ready' | 'down' | 'closed'

const DAY_MS = 24 * 60 * 60 * 1000
const UNAVAILABLE = 'The question log is out of reach right now (its database is down or still opening); answers are not affected. Please try again in a minute.'

export class QuestionLog {
  readonly #open: () => Promise<Database>
  readonly #hash: MemberHasher
  readonly #logger?: Pick<Logger, 'info' | 'warn'>
  readonly #retentionDays: number
  readonly #maxPending: number
  readonly #flushEveryMs: number
  readonly #batchSize: number
  readonly #retryMs: number
  readonly #now: () => number
  #pending: Pending[] = []
  #db?: Database
  #opening?: Promise<Database>
  #draining?: Promise<void>
  #timer?: NodeJS.Timeout
  #retentionTimer?: NodeJS.Timeout
  #state: LogState = 'idle'
  #retryAt = 0
  #dropped = 0
  #lastError?: string

  constructor(options: QuestionLogOptions) {
    this.#open = options.open
    this.#hash = options.hashMember
    this.#logger = options.logger
    this.#retentionDays = options.retentionDays ?? 90
    this.#maxPending = options.maxPending ?? 10_000
    this.#flushEveryMs = options.flushEveryMs ?? 1000
    this.#batchSize = options.batchSize ?? 500
    this.#retryMs = options.retryMs ?? 5000
    this.#now = options.now ?? Date.now
  }

  get state(): LogState {
    return this.#state
  }
  /** Records in memory, not yet written. */
  get pending(): number {
    return this.#pending.length
  }
  /** Records dropped because memory was full during an outage. */
  get dropped(): number {
    return this.#dropped
  }

  /** A new question id, short enough for any custom_id: 12 URL-safe characters. */
  newId(): string {
    return randomBytes(9).toString('base64url')
  }

  /** Opens the database in the background and starts writing; returns at once. */
  start(): void {
    if (this.#state !== 'idle') return
    this.#state = 'opening'
    this.#timer = setInterval(() => void this.#drain().catch(() => {}), this.#flushEveryMs)
    this.#timer.unref()
    void this.#connect().then(
      () => this.#drain(),
      () => {},
    ).catch(() => {})
  }

  /** Keeps a question; written later. `id` is the one its feedback buttons carry. */
  recordQuestion(entry: QuestionEntry, id = this.newId()): string {
    const { memberId, ...rest } = entry
    this.#push({ kind: 'question', row: { ...rest, id, askedAt: this.#now(), memberHash: this.#hash(memberId) } })
    return id
  }

  recordFeedback({ memberId, ...rest }: FeedbackEntry): void {
    this.#push({ kind: 'feedback', row: { ...rest, memberHash: this.#hash(memberId), givenAt: this.#now() } })
  }

  #push(record: Pending): void {
    if (this.#state === 'closed') return
    this.#pending.push(record)
    if (this.#pending.length > this.#maxPending) {
      this.#pending.splice(0, this.#pending.length - this.#maxPending)
      if (this.#dropped++ === 0) {
        this.#logger?.warn({ maxPending: this.#maxPending }, 'question log: memory buffer full while the database is out of reach; dropping the oldest records')
      }
    }
    // A full batch is written now rather than at the next tick (200 interactions at once).
    if (this.#pending.length >= this.#batchSize && this.#state === 'ready') void this.#drain().catch(() => {})
  }

  /** Writes everything pending now; rejects if the database is out of reach (the records stay). */
  async flush(): Promise<void> {
    if (this.#state === 'idle') this.start()
    this.#retryAt = 0
    await this.#drain()
    if (this.#pending.length > 0) await this.#drain()
    if (this.#pending.length > 0) throw new Error(this.#lastError ?? 'the question log could not be written')
  }

  /**
   * Writes what is pending (waiting at most `timeoutMs` for the database), then closes it.
   * Returns how many records could not be written.
   */
  async close({ timeoutMs = 5000 }: { timeoutMs?: number } = {}): Promise<{ unwritten: number }> {
    if (this.#state === 'closed') return { unwritten: 0 }
    clearInterval(this.#timer)
    clearInterval(this.#retentionTimer)
    const deadline = Date.now() + timeoutMs
    while (this.#pending.length > 0 && Date.now() < deadline) {
      this.#retryAt = 0
      const attempt = this.#drain().catch(() => {})
      const timeLeft = new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())).unref())
      await Promise.race([attempt, timeLeft])
      if (this.#pending.length > 0 && this.#state === 'down') await new Promise((resolve) => setTimeout(resolve, Math.min(250, Math.max(0, deadline - Date.now()))))
    }
    const unwritten = this.#pending.length
    if (unwritten > 0) this.#logger?.warn({ unwritten, reason: this.#lastError }, 'question log: records not written before exit')
    this.#state = 'closed'
    this.#pending = []
    const db = this.#db ?? (await this.#opening?.catch(() => undefined))
    await db?.close().catch(() => {})
    return { unwritten }
  }

  // -------------------------------------------------------------------------------------------

  #connect(): Promise<Database> {
    if (this.#db?.alive === false) {
      // The embedded database's worker is gone (it crashed, or was closed under us): open it anew.
      void this.#db.close().catch(() => {})
      this.#db = undefined
    }
    if (this.#db) return Promise.resolve(this.#db)
    const started = performance.now()
    this.#opening ??= this.#open().then(
      (db) => {
        this.#opening = undefined
        this.#logger?.info({ database: db.kind, where: db.where, ms: Math.round(performance.now() - started) }, 'question log: database open')
        if (this.#state === 'closed') {
          void db.close()
          throw new Error('the question log is closed')
        }
        this.#db = db
        this.#up()
        void this.#deleteExpired()
        this.#retentionTimer = setInterval(() => void this.#deleteExpired(), DAY_MS)
        this.#retentionTimer.unref()
        return db
      },
      (error: unknown) => {
        this.#opening = undefined
        this.#down(error)
        throw error
      },
    )
    return this.#opening
  }

  #up(): void {
    if (this.#state === 'down') {
      this.#logger?.info({ pending: this.#pending.length, dropped: this.#dropped }, 'question log: database reachable again; writing what was kept')
    }
    this.#state = 'ready'
  }

  #down(error: unknown): void {
    this.#lastError = (error as Error)?.message ?? String(error)
    this.#retryAt = Date.now() + this.#retryMs
    if (this.#state !== 'down' && this.#state !== 'closed') {
      this.#state = 'down'
      this.#logger?.warn(
        { reason: this.#lastError, pending: this.#pending.length, maxPending: this.#maxPending },
        'question log: database out of reach; answering goes on and records are kept in memory until it is back',
      )
    }
  }

  /** Writes what is pending, one drain at a time (callers during a drain share it). */
  #drain(): Promise<void> {
    if (!this.#draining) {
      const run = this.#drainOnce()
      this.#draining = run
      // Cleared after the assignment, in a later tick: a drain that ends at once must not stay "running".
      run.then(
        () => this.#draining === run && (this.#draining = undefined),
        () => this.#draining === run && (this.#draining = undefined),
      )
    }
    return this.#draining
  }

  async #drainOnce(): Promise<void> {
    if (this.#pending.length === 0 && this.#db) return
    if (this.#state === 'down' && Date.now() < this.#retryAt) return
    const db = await this.#connect()
    while (this.#pending.length > 0 && this.#state !== 'closed') {
      const batch = this.#pending.splice(0, this.#batchSize)
      try {
        await writeBatch(db, batch)
        this.#up()
      } catch (error) {
        // Back in front, in order, within the bound.
        this.#pending = [...batch, ...this.#pending].slice(-this.#maxPending)
        this.#down(error)
        throw error
      }
    }
  }

  async #deleteExpired(): Promise<void> {
    const db = this.#db
    if (!db) return
    const cutoff = new Date(this.#now() - this.#retentionDays * DAY_MS).toISOString()
    try {
      await db.batch([
        { sql: 'DELETE FROM feedback WHERE given_at < $1', params: [cutoff] },
        { sql: 'DELETE FROM questions WHERE asked_at < $1', params: [cutoff] },
      ])
    } catch (error) {
      this.#logger?.warn({ reason: (error as Error).message }, 'question log: could not delete expired records; will try again')
    }
  }

  // -------------------------------------------------------------------------------------------
  // Reports: what was pending is written first, so a report includes the question just asked.

  async #readable(): Promise<Database> {
    try {
      await this.flush()
      return await this.#connect()
    } catch (error) {
      if (error instanceof DatabaseInUseError) throw new UserFacingError('LOG_UNAVAILABLE', `${error.message.replace(/^the/, 'The')}.`)
      throw new UserFacingError('LOG_UNAVAILABLE', UNAVAILABLE)
    }
  }

  async #read<Row>(db: Database, sql: string, params: unknown[]): Promise<Row[]> {
    try {
      return await db.query<Row>(sql, params)
    } catch (error) {
      this.#down(error)
      throw new UserFacingError('LOG_UNAVAILABLE', UNAVAILABLE)
    }
  }

  #since(days: number): string {
    return new Date(this.#now() - days * DAY_MS).toISOString()
  }

  /** Questions the coverage did not answer (or answered with a 👎), grouped by meaning, most asked first. */
  async gaps(days: number, analyzer: Analyzer): Promise<GapsReport> {
    const db = await this.#readable()
    const since = this.#since(days)
    const [{ questions } = { questions: 0 }] = await this.#read<{ questions: number }>(db, 'SELECT count(*)::int AS questions FROM questions WHERE asked_at >= $1', [since])
    const rows = await this.#read<GapRow>(
      db,
      `SELECT q.question, q.outcome, q.asked_at AS "askedAt",
              (count(f.vote) FILTER (WHERE f.vote = 'down'))::int AS "thumbsDown",
              coalesce(array_agg(f.comment ORDER BY f.given_at) FILTER (WHERE f.vote = 'down' AND f.comment IS NOT NULL), '{}') AS comments
         FROM questions q LEFT JOIN feedback f ON f.question_id = q.id
        WHERE q.asked_at >= $1
        GROUP BY q.id
       HAVING q.outcome <> 'answered' OR count(f.vote) FILTER (WHERE f.vote = 'down') > 0
        ORDER BY q.asked_at DESC
        LIMIT $2`,
      [since, 20_000],
    )
    return { days, questions, gaps: groupGaps(rows, analyzer) }
  }

  async stats(days: number): Promise<StatsReport> {
    const db = await this.#readable()
    const since = [this.#since(days)]
    const [perDay, outcomes, votes, people, latency] = await Promise.all([
      this.#read<{ day: string; questions: number }>(
        db,
        `SELECT to_char(asked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS questions
           FROM questions WHERE asked_at >= $1 GROUP BY 1 ORDER BY 1`,
        since,
      ),
      this.#read<{ outcome: Outcome; n: number }>(db, 'SELECT outcome, count(*)::int AS n FROM questions WHERE asked_at >= $1 GROUP BY outcome', since),
      this.#read<{ vote: 'up' | 'down'; n: number }>(db, 'SELECT vote, count(*)::int AS n FROM feedback WHERE given_at >= $1 GROUP BY vote', since),
      this.#read<{ name: string; lookups: number }>(
        db,
        `SELECT person AS name, count(*)::int AS lookups FROM questions
          WHERE asked_at >= $1 AND person IS NOT NULL GROUP BY person ORDER BY 2 DESC, 1 LIMIT 10`,
        since,
      ),
      this.#read<{ p50: number | null; p99: number | null }>(
        db,
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50,
                percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99
           FROM questions WHERE asked_at >= $1`,
        since,
      ),
    ])
    const count = (outcome: Outcome) => outcomes.find((o) => o.outcome === outcome)?.n ?? 0
    const byOutcome = { answered: count('answered'), closest: count('closest'), not_covered: count('not_covered') }
    const questions = byOutcome.answered + byOutcome.closest + byOutcome.not_covered
    const { p50, p99 } = latency[0] ?? { p50: null, p99: null }
    return {
      days,
      questions,
      perDay,
      outcomes: byOutcome,
      shareAnswered: questions ? (byOutcome.answered + byOutcome.closest) / questions : null,
      feedback: { up: votes.find((v) => v.vote === 'up')?.n ?? 0, down: votes.find((v) => v.vote === 'down')?.n ?? 0 },
      people,
      latencyMs: p50 === null || p99 === null ? null : { p50: round(Number(p50)), p99: round(Number(p99)) },
    }
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10

/** One transaction: the questions, then the votes (a member's last vote on an answer wins). */
async function writeBatch(db: Database, batch: Pending[]): Promise<void> {
  const questions: QuestionRow[] = []
  const votes = new Map<string, FeedbackRow>()
  for (const record of batch) {
    if (record.kind === 'question') questions.push(record.row)
    else {
      const key = `${record.row.questionId}\u0000${record.row.memberHash}`
      votes.delete(key) // re-inserted last, so the order of the batch is kept
      votes.set(key, record.row)
    }
  }
  const statements = []
  if (questions.length) {
    const column = <T>(f: (q: QuestionRow) => T) => questions.map(f)
    statements.push({
      sql: `INSERT INTO questions (id, asked_at, via, guild_id, channel_id, member_hash, command, question, outcome, person, cited, latency_ms)
            SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                                 $8::text[], $9::text[], $10::text[], $11::text[]::jsonb[], $12::real[])
            ON CONFLICT (id) DO NOTHING`,
      params: [
        column((q) => q.id),
        column((q) => new Date(q.askedAt).toISOString()),
        column((q) => q.via),
        column((q) => q.guildId ?? null),
        column((q) => q.channelId ?? null),
        column((q) => q.memberHash),
        column((q) => q.command),
        column((q) => q.question),
        column((q) => q.outcome),
        column((q) => q.person ?? null),
        column((q) => JSON.stringify(q.cited)),
        column((q) => q.latencyMs),
      ],
    })
  }
  if (votes.size) {
    const rows = [...votes.values()]
    statements.push({
      sql: `INSERT INTO feedback (question_id, member_hash, vote, comment, given_at)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
            ON CONFLICT (question_id, member_hash)
            DO UPDATE SET vote = excluded.vote, comment = excluded.comment, given_at = excluded.given_at`,
      params: [
        rows.map((r) => r.questionId),
        rows.map((r) => r.memberHash),
        rows.map((r) => r.vote),
        rows.map((r) => r.comment ?? null),
        rows.map((r) => new Date(r.givenAt).toISOString()),
      ],
    })
  }
  if (statements.length) await db.batch(statements)
}

/**
 * The log as configured: the embedded database in DATA_DIR, or the server at DATABASE_URL; the
 * member-hash secret in DATA_DIR either way. Nothing is opened until start().
 */
export function questionLogFor(
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'retentionDays'>,
  options: Omit<QuestionLogOptions, 'open' | 'hashMember' | 'retentionDays'> = {},
): QuestionLog {
  return new QuestionLog({
    ...options,
    open: () => openDatabase({ dataDir: config.dataDir, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) }),
    hashMember: memberHasher(readOrCreateSecret(config.dataDir)),
    retentionDays: config.retentionDays,
  })
}
