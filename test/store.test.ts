// The question log against a real database: the embedded one (PGlite) always, and a PostgreSQL
// server when DATABASE_URL is set (.ci/run starts one). The same suite, the same SQL, the same
// migrations on both. On a server the tests work in a schema of their own, dropped at the end.
import { createHmac } from 'node:crypto'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Coverage } from '../src/coverage.ts'
import { UserFacingError } from '../src/errors.ts'
import { DatabaseInUseError, migrate, openDatabase, readMigrations, type Database } from '../src/store/database.ts'
import { memberHasher, readOrCreateSecret } from '../src/store/memberHash.ts'
import { QuestionLog, type QuestionEntry, type QuestionLogOptions } from '../src/store/questionLog.ts'
import { CuttableDatabase } from './helpers/cuttableDatabase.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const DAY = 24 * 60 * 60 * 1000
const SERVER_URL = process.env.DATABASE_URL

let coverage: Coverage
beforeAll(async () => {
  coverage = await Coverage.load(path.join(ROOT, 'seeds'))
})

if (!SERVER_URL) {
  process.stderr.write('store tests: PostgreSQL server part skipped (DATABASE_URL is not set; .ci/run starts a server and sets it)\n')
}

/** A schema of its own on the server, so the tests never touch anyone's tables. */
function withSchema(url: string, schema: string): string {
  const u = new URL(url)
  u.searchParams.set('options', `-c search_path=${schema}`)
  return u.toString()
}

interface Target {
  name: string
  open(): Promise<Database>
  cleanup(): Promise<void>
}

const targets: Target[] = [
  {
    name: 'embedded (PGlite)',
    dataDir: mkdtempSync(path.join(tmpdir(), 'cb-store-')),
    open() {
      return openDatabase({ dataDir: this.dataDir })
    },
    async cleanup() {},
  } as Target & { dataDir: string },
]
const schema = `cb_test_${process.pid}_${Date.now()}`
if (SERVER_URL) {
  targets.push({
    name: 'PostgreSQL server (DATABASE_URL)',
    async open() {
      const admin = await openDatabase({ dataDir: mkdtempSync(path.join(tmpdir(), 'cb-store-pg-')), databaseUrl: SERVER_URL })
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`, [])
      await admin.close()
      return openDatabase({ dataDir: tmpdir(), databaseUrl: withSchema(SERVER_URL, schema) })
    },
    async cleanup() {
      const admin = await openDatabase({ dataDir: mkdtempSync(path.join(tmpdir(), 'cb-store-pg-')), databaseUrl: SERVER_URL })
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`, [])
      await admin.close()
    },
  })
} else {
  describe.skip('PostgreSQL server: skipped, DATABASE_URL is not set (.ci/run sets it)', () => {
    it('runs the same store tests on a server', () => {})
  })
}

const secret = Buffer.alloc(32, 7)
const hash = memberHasher(secret)

function entry(question: string, fields: Partial<QuestionEntry> = {}): QuestionEntry {
  return { via: 'discord', guildId: '1300000000000000001', channelId: '1300000000000000002', memberId: '1300000000000000099', command: 'ask', question, outcome: 'answered', cited: [], latencyMs: 5, ...fields }
}

for (const target of targets) {
  describe(`question log on ${target.name}`, () => {
    let db: Database
    /** Each test lives at its own time, later than the one before, so "the last N days" holds only its own records. */
    let clock = Date.parse('2031-01-01T12:00:00Z')
    let warnings: { fields: Record<string, unknown>; message: string }[] = []
    let infos: string[] = []

    const newLog = (options: Partial<QuestionLogOptions> = {}, database: Database = db) => {
      clock += 400 * DAY
      // A second passes between two records, so "most recent" is well defined.
      let at = clock
      warnings = []
      infos = []
      return new QuestionLog({
        open: async () => database,
        hashMember: hash,
        now: () => (at += 1000),
        flushEveryMs: 20,
        retryMs: 20,
        logger: {
          warn: ((fields: Record<string, unknown>, message: string) => warnings.push({ fields, message })) as never,
          info: ((_fields: unknown, message: string) => infos.push(message)) as never,
        },
        ...options,
      })
    }

    beforeAll(async () => {
      db = await target.open()
      // The suite's own database object is shared; the logs' close() must not close it.
      const close = db.close.bind(db)
      afterAll(async () => {
        await close()
        await target.cleanup()
      })
      db = { kind: db.kind, where: db.where, query: db.query.bind(db), batch: db.batch.bind(db), close: async () => {} }
    })

    it('applies each migration once, in order, and records it', async () => {
      const versions = readMigrations().map((m) => m.version)
      expect(versions[0]).toBe(1)
      expect(await migrate(db)).toEqual(versions)
      const rows = await db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version', [])
      expect(rows.map((r) => r.name)).toEqual(readMigrations().map((m) => m.name))
    })

    it('writes questions in the background, members only as a keyed hash, text as parameters', async () => {
      const log = newLog()
      log.start()
      const member = '1300000000000000123'
      const nasty = `Robert'); DROP TABLE questions; -- “who” $1 \\ ?`
      const id = log.recordQuestion(entry(nasty, { memberId: member, outcome: 'not_covered', latencyMs: 12.5 }))
      expect(log.pending).toBe(1)
      await log.flush()
      expect(log.pending).toBe(0)
      const [row] = await db.query<Record<string, unknown>>('SELECT * FROM questions WHERE id = $1', [id])
      expect(row).toMatchObject({ question: nasty, outcome: 'not_covered', via: 'discord', guild_id: '1300000000000000001', channel_id: '1300000000000000002', command: 'ask', latency_ms: 12.5 })
      expect(row!.member_hash).toBe(createHmac('sha256', secret).update(member).digest('base64url'))
      expect(JSON.stringify(await db.query('SELECT * FROM questions', []))).not.toContain(member)
      await log.close()
    })

    it('keeps cited passages as source and offsets, not text', async () => {
      const log = newLog()
      const answer = coverage.ask('When did Bloomberg report on the package?')
      const { citedPassage } = await import('../src/store/fromReply.ts')
      const cited = answer.results.map(citedPassage)
      const id = log.recordQuestion(entry(answer.question, { cited }))
      await log.flush()
      const [row] = await db.query<{ cited: { source: string; position: number; start: number; end: number }[] }>('SELECT cited FROM questions WHERE id = $1', [id])
      expect(row!.cited).toEqual(cited)
      const first = row!.cited[0]!
      expect(first.source).toBe('004_a96f1940f85f0698.txt')
      expect(coverage.article(first.source)!.body.slice(first.start, first.end)).toBe(answer.results[0]!.passage.text)
      await log.close()
    })

    it("a member's second vote replaces the first; the 👎 form's text goes with it", async () => {
      const log = newLog()
      const id = log.recordQuestion(entry('Who will pay for the security guarantees?', { outcome: 'closest' }))
      log.recordFeedback({ questionId: id, memberId: 'a', vote: 'up' })
      await log.flush()
      log.recordFeedback({ questionId: id, memberId: 'a', vote: 'down' })
      log.recordFeedback({ questionId: id, memberId: 'a', vote: 'down', comment: 'the cost, in euros' })
      log.recordFeedback({ questionId: id, memberId: 'b', vote: 'up' })
      await log.flush()
      const rows = await db.query<{ member_hash: string; vote: string; comment: string | null }>('SELECT member_hash, vote, comment FROM feedback WHERE question_id = $1 ORDER BY vote', [id])
      expect(rows).toEqual([
        { member_hash: hash('a'), vote: 'down', comment: 'the cost, in euros' },
        { member_hash: hash('b'), vote: 'up', comment: null },
      ])
      expect((await log.stats(1)).feedback).toEqual({ up: 1, down: 1 })
      await log.close()
    })

    it('stats: questions per day, share answered, 👍/👎, most looked-up people, p50/p99 answer time', async () => {
      const log = newLog()
      const outcomes = ['answered', 'answered', 'closest', 'not_covered'] as const
      outcomes.forEach((outcome, i) => log.recordQuestion(entry(`question ${i}`, { outcome, latencyMs: (i + 1) * 10 })))
      log.recordQuestion(entry('Zelensky', { command: 'leader', person: 'Volodymyr Zelensky', latencyMs: 50 }))
      log.recordQuestion(entry('zelenskyy', { command: 'leader', person: 'Volodymyr Zelensky', latencyMs: 60 }))
      log.recordQuestion(entry('macorn', { command: 'leader', person: 'Emmanuel Macron', latencyMs: 70 }))
      const voted = log.recordQuestion(entry('question 7', { latencyMs: 80 }))
      log.recordFeedback({ questionId: voted, memberId: 'x', vote: 'up' })
      log.recordFeedback({ questionId: voted, memberId: 'y', vote: 'up' })
      log.recordFeedback({ questionId: voted, memberId: 'z', vote: 'down' })
      const report = await log.stats(7)
      const day = new Date(clock).toISOString().slice(0, 10)
      expect(report).toEqual({
        days: 7,
        questions: 8,
        perDay: [{ day, questions: 8 }],
        outcomes: { answered: 6, closest: 1, not_covered: 1 },
        shareAnswered: 7 / 8,
        feedback: { up: 2, down: 1 },
        people: [
          { name: 'Volodymyr Zelensky', lookups: 2 },
          { name: 'Emmanuel Macron', lookups: 1 },
        ],
        // percentile_cont over 10, 20, …, 80 ms
        latencyMs: { p50: 45, p99: 79.3 },
      })
      await log.close()
    })

    it('stats and gaps of a period with no questions', async () => {
      const log = newLog()
      expect(await log.stats(3)).toEqual({ days: 3, questions: 0, perDay: [], outcomes: { answered: 0, closest: 0, not_covered: 0 }, shareAnswered: null, feedback: { up: 0, down: 0 }, people: [], latencyMs: null })
      expect(await log.gaps(3, coverage.index.analyzer)).toEqual({ days: 3, questions: 0, gaps: [] })
      await log.close()
    })

    it('gaps: unanswered and 👎 questions grouped by meaning, most asked first, with counts, wording and comments', async () => {
      const log = newLog()
      const ask = (question: string, outcome: QuestionEntry['outcome']) => log.recordQuestion(entry(question, { outcome }))
      ask('Who won the 2022 football World Cup?', 'not_covered')
      ask('who won the 2022 football world cup?', 'not_covered')
      ask('world cup winner 2022', 'not_covered')
      ask('Who will send troops to Ukraine?', 'closest')
      ask('which countries will send troops to Ukraine', 'not_covered')
      // The example: no word in common, but "fund" stands under "finance", which stands under "pay".
      ask('who pays for it', 'not_covered')
      const funding = ask('who is funding the package', 'answered')
      log.recordFeedback({ questionId: funding, memberId: 'm3', vote: 'down', comment: 'the amounts per country' })
      // Two names alike, the verb not: two questions.
      ask('When did Trump meet Putin?', 'closest')
      ask('when did Trump pay Putin', 'not_covered')
      ask('What did Zelenskyy say about Taiwan?', 'not_covered')
      const down = ask('What did Zelensky say about Taiwan', 'not_covered')
      log.recordFeedback({ questionId: down, memberId: 'm1', vote: 'down', comment: 'his speech in Kyiv' })
      const answeredButWrong = ask('When did Bloomberg report on the package?', 'answered')
      log.recordFeedback({ questionId: answeredButWrong, memberId: 'm2', vote: 'down', comment: 'wrong date' })
      ask('When did Bloomberg report on the package?', 'answered') // answered, no 👎: not a gap
      ask('What did Putin say about Ukraine?', 'answered')
      const report = await log.gaps(30, coverage.index.analyzer)
      expect(report.questions).toBe(14)
      // Equally asked groups: the one asked most recently first.
      expect(report.gaps.map(({ example, count, notCovered, closest, thumbsDown, wordings, comments }) => ({ example, count, notCovered, closest, thumbsDown, wordings, comments }))).toEqual([
        // Two wordings that differ only in case are one; the most recent spelling is shown.
        { example: 'who won the 2022 football world cup?', count: 3, notCovered: 3, closest: 0, thumbsDown: 0, wordings: ['world cup winner 2022'], comments: [] },
        // Equally asked: the group asked most recently first, and within it the most recent wording.
        { example: 'What did Zelensky say about Taiwan', count: 2, notCovered: 2, closest: 0, thumbsDown: 1, wordings: ['What did Zelenskyy say about Taiwan?'], comments: ['his speech in Kyiv'] },
        { example: 'who is funding the package', count: 2, notCovered: 1, closest: 0, thumbsDown: 1, wordings: ['who pays for it'], comments: ['the amounts per country'] },
        { example: 'which countries will send troops to Ukraine', count: 2, notCovered: 1, closest: 1, thumbsDown: 0, wordings: ['Who will send troops to Ukraine?'], comments: [] },
        { example: 'When did Bloomberg report on the package?', count: 1, notCovered: 0, closest: 0, thumbsDown: 1, wordings: [], comments: ['wrong date'] },
        { example: 'when did Trump pay Putin', count: 1, notCovered: 1, closest: 0, thumbsDown: 0, wordings: [], comments: [] },
        { example: 'When did Trump meet Putin?', count: 1, notCovered: 0, closest: 1, thumbsDown: 0, wordings: [], comments: [] },
      ])
      await log.close()
    })

    it('deletes questions and feedback older than RETENTION_DAYS when it opens', async () => {
      const old = newLog({ retentionDays: 90 })
      const oldId = old.recordQuestion(entry('an old question'))
      old.recordFeedback({ questionId: oldId, memberId: 'm', vote: 'up' })
      await old.close()
      expect(await db.query('SELECT id FROM questions WHERE id = $1', [oldId])).toHaveLength(1)
      const later = newLog({ retentionDays: 90 }) // 400 days on
      const keep = later.recordQuestion(entry('a new question'))
      await later.flush()
      await expect.poll(async () => (await db.query('SELECT id FROM questions WHERE id = $1', [oldId])).length).toBe(0)
      expect(await db.query('SELECT * FROM feedback WHERE question_id = $1', [oldId])).toEqual([])
      expect(await db.query('SELECT id FROM questions WHERE id = $1', [keep])).toHaveLength(1)
      await later.close()
    })

    it('200 records at once, in batches of 50, lose none', async () => {
      const log = newLog({ batchSize: 50 })
      log.start()
      const ids = await Promise.all(Array.from({ length: 200 }, async (_, i) => log.recordQuestion(entry(`concurrent ${i}`, { memberId: `m${i}` }))))
      await log.flush()
      const rows = await db.query<{ id: string }>('SELECT id FROM questions WHERE id = ANY($1::text[])', [ids])
      expect(rows).toHaveLength(200)
      await log.close()
    })

    it('database out of reach: keeps answering into memory (bounded), logs once, writes it all when back', async () => {
      const outage = new CuttableDatabase(db, false)
      const log = newLog({ maxPending: 50 }, outage)
      log.start()
      await expect.poll(() => log.state).toBe('ready')
      outage.down = true
      const ids = Array.from({ length: 60 }, (_, i) => log.recordQuestion(entry(`during the outage ${i}`)))
      await expect(log.flush()).rejects.toThrow('ECONNREFUSED')
      await new Promise((resolve) => setTimeout(resolve, 100)) // several retries
      expect(log.state).toBe('down')
      expect(log.pending).toBe(50)
      expect(log.dropped).toBe(10)
      expect(warnings.map((w) => w.message)).toEqual([
        'question log: memory buffer full while the database is out of reach; dropping the oldest records',
        'question log: database out of reach; answering goes on and records are kept in memory until it is back',
      ])
      // Reports say so plainly instead of failing.
      await expect(log.stats(1)).rejects.toThrow(UserFacingError)
      await expect(log.stats(1)).rejects.toThrow('The question log is out of reach right now')
      outage.down = false
      // A batch being written is no longer pending: the state turns 'ready' once a write has succeeded.
      await expect.poll(() => log.state, { timeout: 2000 }).toBe('ready')
      await log.flush()
      expect(log.pending).toBe(0)
      expect(infos).toContain('question log: database reachable again; writing what was kept')
      const rows = await db.query<{ id: string }>('SELECT id FROM questions WHERE id = ANY($1::text[])', [ids])
      expect(new Set(rows.map((r) => r.id))).toEqual(new Set(ids.slice(10)))
      await log.close()
    })

    it('a database that cannot be opened at start: answers go on, records are written once it opens', async () => {
      let attempts = 0
      const log = newLog({
        open: async () => {
          if (++attempts < 3) throw new Error('connect ECONNREFUSED 127.0.0.1:5432')
          return db
        },
      })
      log.start()
      const id = log.recordQuestion(entry('asked before the database opened'))
      await expect.poll(() => log.state, { timeout: 2000 }).toBe('ready')
      await log.flush()
      expect(attempts).toBe(3)
      expect(warnings.filter((w) => w.message.startsWith('question log: database out of reach'))).toHaveLength(1)
      expect(await db.query('SELECT id FROM questions WHERE id = $1', [id])).toHaveLength(1)
      await log.close()
    })

    it('close() writes what is pending (SIGTERM), and says how many could not be', async () => {
      const log = newLog({ flushEveryMs: 60_000 })
      log.start()
      const id = log.recordQuestion(entry('asked just before SIGTERM'))
      expect(await log.close()).toEqual({ unwritten: 0 })
      expect(await db.query('SELECT id FROM questions WHERE id = $1', [id])).toHaveLength(1)

      const outage = new CuttableDatabase(db, false)
      outage.down = true
      const stuck = newLog({ flushEveryMs: 60_000 }, outage)
      stuck.recordQuestion(entry('lost with the database down'))
      expect(await stuck.close({ timeoutMs: 200 })).toEqual({ unwritten: 1 })
      expect(warnings.at(-1)).toMatchObject({ message: 'question log: records not written before exit', fields: { unwritten: 1 } })
    })
  })
}

// A real outage: .ci/run passes the commands that stop and start its PostgreSQL server.
const STOP_SERVER = process.env.CB_TEST_PG_STOP
const START_SERVER = process.env.CB_TEST_PG_START
describe.runIf(SERVER_URL && STOP_SERVER && START_SERVER)('a PostgreSQL server that stops and starts again', () => {
  it('the real pg client: records wait in memory while it is down and are written when it is back', async () => {
    const { execSync } = await import('node:child_process')
    const url = withSchema(SERVER_URL!, `${schema}_outage`)
    const admin = await openDatabase({ dataDir: tmpdir(), databaseUrl: SERVER_URL! })
    await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}_outage`, [])
    await admin.close()
    const messages: string[] = []
    const log = new QuestionLog({
      open: () => openDatabase({ dataDir: tmpdir(), databaseUrl: url }),
      hashMember: hash,
      flushEveryMs: 50,
      retryMs: 100,
      logger: { warn: ((_f: unknown, m: string) => messages.push(m)) as never, info: ((_f: unknown, m: string) => messages.push(m)) as never },
    })
    log.start()
    try {
      await log.flush()
      execSync(STOP_SERVER!, { stdio: 'ignore' })
      const ids = Array.from({ length: 5 }, (_, i) => log.recordQuestion(entry(`asked while the server was down ${i}`)))
      await expect(log.flush()).rejects.toThrow()
      expect(log.state).toBe('down')
      expect(log.pending).toBe(5)
      execSync(START_SERVER!, { stdio: 'ignore' })
      await expect.poll(() => log.state, { timeout: 15_000, interval: 100 }).toBe('ready')
      await log.flush()
      expect(messages.filter((m) => m.startsWith('question log: database out of reach'))).toHaveLength(1)
      expect(messages).toContain('question log: database reachable again; writing what was kept')
      const check = await openDatabase({ dataDir: tmpdir(), databaseUrl: url })
      expect((await check.query<{ id: string }>('SELECT id FROM questions WHERE id = ANY($1::text[])', [ids])).map((r) => r.id).sort()).toEqual([...ids].sort())
      await check.query(`DROP SCHEMA ${schema}_outage CASCADE`, [])
      await check.close()
    } finally {
      await log.close({ timeoutMs: 1000 })
    }
  }, 60_000)
})

describe('the embedded database', () => {
  it('is opened anew when its worker is gone, and nothing kept meanwhile is lost', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cb-reopen-'))
    let current: Database | undefined
    let opened = 0
    const log = new QuestionLog({ open: async () => ((opened++, current = await openDatabase({ dataDir }))), hashMember: hash, flushEveryMs: 20, retryMs: 20 })
    log.start()
    await log.flush()
    await current!.close() // as if the worker had died
    const id = log.recordQuestion(entry('asked after the worker died'))
    await expect.poll(async () => (await log.flush().then(() => log.pending, () => -1)), { timeout: 20_000, interval: 200 }).toBe(0)
    expect(opened).toBe(2)
    expect(await current!.query('SELECT question FROM questions WHERE id = $1', [id])).toEqual([{ question: 'asked after the worker died' }])
    await log.close()
  }, 30_000)

  it('serves one opener at a time: a second is told who holds it and what to do; after close it opens again', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cb-lock-'))
    const db = await openDatabase({ dataDir })
    const second = openDatabase({ dataDir })
    await expect(second).rejects.toThrow(DatabaseInUseError)
    await expect(second).rejects.toThrow(`the question log in ${dataDir} is open in another coverage-bot process (pid ${process.pid})`)
    // The CLI says the same, as a user-facing error (exit 2), not a crash.
    const { runCli } = await import('../src/cli.ts')
    const cli = await runCli(['stats', '--json'], { DATA_DIR: dataDir, CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'cb-lock-cache-')) })
    expect(cli.code).toBe(2)
    expect(JSON.parse(cli.stdout).error.code).toBe('LOG_UNAVAILABLE')
    expect(JSON.parse(cli.stdout).error.message).toMatch(/^The question log in .* is open in another coverage-bot process \(pid \d+\); the embedded database serves one process at a time\./)
    await db.close()
    const again = await openDatabase({ dataDir })
    expect(await again.query('SELECT count(*)::int AS n FROM questions', [])).toEqual([{ n: 0 }])
    await again.close()
  }, 30_000)

  it('a lock left by a process that has ended is taken over', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cb-stale-'))
    const { writeFileSync } = await import('node:fs')
    writeFileSync(path.join(dataDir, 'pglite.lock'), '999999999')
    const db = await openDatabase({ dataDir })
    expect(readFileSync(path.join(dataDir, 'pglite.lock'), 'utf8')).toBe(String(process.pid))
    await db.close()
  }, 30_000)
})

describe('the member-hash secret', () => {
  it('is generated on first start, kept with mode 600, and the same afterwards', () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'cb-secret-')), 'data')
    const first = readOrCreateSecret(dataDir)
    expect(first).toHaveLength(32)
    expect(statSync(path.join(dataDir, 'secret')).mode & 0o777).toBe(0o600)
    expect(readOrCreateSecret(dataDir).equals(first)).toBe(true)
    expect(readFileSync(path.join(dataDir, 'secret'), 'utf8').trim()).toBe(first.toString('hex'))
    // A different secret, a different hash: without it, ids cannot be hashed and compared.
    expect(memberHasher(first)('42')).not.toBe(memberHasher(Buffer.alloc(32, 1))('42'))
  })
})

