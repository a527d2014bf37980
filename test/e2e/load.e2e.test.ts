// Load: 200 interactions at once, from many members and some twice, ten rounds, with the real
// discord.js client against the fake server. Each is answered once and within Discord's 3 s
// (measured on the fake server's clock: sent → callback arrived), repeated members get the
// rate-limit notice, the bot's heap does not grow from round to round, and the question log
// (the real embedded database) ends with exactly one record per question answered.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Coverage } from '../../src/coverage.ts'
import { startBot, type RunningBot } from '../../src/discord/client.ts'
import { discordLimits } from '../../src/discordLimits.ts'
import { createLogger } from '../../src/log.ts'
import { openDatabase, type Database } from '../../src/store/database.ts'
import { memberHasher, readOrCreateSecret } from '../../src/store/memberHash.ts'
import { QuestionLog } from '../../src/store/questionLog.ts'
import { FakeDiscord, snowflake, type InteractionPayload, type RecordedRequest } from './fakeDiscord.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const ROUNDS = 10
const WARM_UP_ROUNDS = 2
const PER_ROUND = 200
/** Members who send a second command in the same round, before their bucket (1 per 30 s) refills. */
const REPEATS = 30
const HEAP_GROWTH_MAX = 20 * 1024 * 1024

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

let fake: FakeDiscord
let bot: RunningBot
let db: Database
let log: QuestionLog
/** The feedback ids of every logged question the bot answered, over all rounds. */
const loggedIds: string[] = []

beforeAll(async () => {
  fake = await FakeDiscord.start()
  const coverage = await Coverage.load(path.join(ROOT, 'seeds'))
  // Logged as in production (JSON lines at info), then dropped.
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() })
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cb-load-'))
  db = await openDatabase({ dataDir })
  // As in production: written in the background every second, in batches of up to 500.
  log = new QuestionLog({ open: async () => db, hashMember: memberHasher(readOrCreateSecret(dataDir)) })
  log.start()
  bot = await startBot({
    questionLog: log,
    // A bucket of one command per 30 s, so a member's second command in a round is refused.
    config: { discordToken: 'fake-token-load', discordApiUrl: fake.apiUrl, rateLimitBurst: 1, rateLimitPerSeconds: 30 },
    coverage,
    logger: createLogger('info', sink),
  })
})

afterAll(async () => {
  await bot?.stop({ drainMs: 0 })
  await log?.close()
  await fake?.close()
})

const questions = [
  'Who will send troops to Ukraine?',
  'Will European troops be deployed to Ukraine?',
  'What did Macron say about security guarantees?',
  'Who won the 2022 football World Cup?',
]

/** The nth distinct member's command: a mix of every command members type. */
function commandFor(n: number, userId: string): InteractionPayload {
  const payload = [
    () => fake.chatInput('ask', { question: questions[n % questions.length]! }),
    () => fake.chatInput('leader', { name: n % 2 ? 'Zelensky' : 'macorn' }),
    () => fake.chatInput('excerpt', { query: 'security guarantees' }),
    () => fake.chatInput('sources'),
    () => fake.chatInput('help'),
  ][n % 5]!()
  return { ...payload, member: { ...fake.member, user: { ...fake.member.user, id: userId } } }
}

const callbackOf = (payload: InteractionPayload): RecordedRequest | undefined =>
  fake.accepted(payload).find((r) => r.path.endsWith('/callback'))

/** Questions the bot answered (ask, leader, excerpt, not rate-limited): each must end up in the log. */
let expectedRecords = 0

interface Sent {
  payload: InteractionPayload
  repeat: boolean
}

/** One round: 170 members once and 30 of them twice, all sent in the same instant. */
async function round(): Promise<void> {
  const users = Array.from({ length: PER_ROUND - REPEATS }, () => snowflake())
  const sent: Sent[] = [
    ...users.map((user, n) => ({ payload: commandFor(n, user), repeat: false })),
    ...users.slice(0, REPEATS).map((user) => ({ payload: commandFor(0, user), repeat: true })),
  ]
  for (const { payload } of sent) fake.sendInteraction(payload)

  await fake.waitFor(() => (sent.every(({ payload }) => callbackOf(payload)) ? true : undefined), 15_000, 'every callback')
  // A deferred reply (type 5) is only finished by its edit.
  const deferred = sent.filter(({ payload }) => (callbackOf(payload)!.body as { type: number }).type === 5)
  await fake.waitFor(() => (deferred.every(({ payload }) => fake.accepted(payload).length === 2) ? true : undefined), 15_000, 'the edits')

  for (const { payload, repeat } of sent) {
    const accepted = fake.accepted(payload)
    const callbacks = accepted.filter((r) => r.path.endsWith('/callback'))
    expect(callbacks, payload.id).toHaveLength(1)
    expect(callbacks[0]!.at - fake.sentAt(payload)!, payload.id).toBeLessThanOrEqual(discordLimits.interactionAckMs)
    const { type, data } = callbacks[0]!.body as { type: number; data: { flags?: number; embeds: { description?: string }[] } }
    const notice = data?.embeds?.[0]?.description ?? ''
    if (repeat) {
      expect(type).toBe(4)
      expect(data.flags).toBe(64)
      expect(notice).toMatch(/^Please wait (29|30) more seconds before your next question\.$/)
    } else {
      expect(notice).not.toMatch(/^Please wait/)
      // /ask and /excerpt carry the logged question's id on their 👍 button; /leader is logged without one.
      const buttons = (data as { components?: { components: { custom_id: string }[] }[] }).components ?? []
      const up = buttons.flatMap((row) => row.components).find((b) => b.custom_id.startsWith('fb:up:'))
      if (up) loggedIds.push(up.custom_id.slice('fb:up:'.length))
      if (['ask', 'leader', 'excerpt'].includes((payload.data as { name: string }).name)) expectedRecords++
    }
  }
  fake.clearRecords()
}

function heapAfterGc(): number {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

it(`answers ${ROUNDS} rounds of ${PER_ROUND} interactions at once, each within 3 s, without heap growth`, async () => {
  for (let i = 0; i < WARM_UP_ROUNDS; i++) await round()
  const before = heapAfterGc()
  for (let i = WARM_UP_ROUNDS; i < ROUNDS; i++) await round()
  const after = heapAfterGc()
  expect(after - before).toBeLessThan(HEAP_GROWTH_MAX)

  // 2,000 interactions: every question answered is in the database, none twice.
  await log.flush()
  expect(expectedRecords).toBe(ROUNDS * ((PER_ROUND - REPEATS) * 3) / 5)
  const [{ n }] = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM questions', [])) as [{ n: number }]
  expect(n).toBe(expectedRecords)
  const found = await db.query<{ id: string }>('SELECT id FROM questions WHERE id = ANY($1::text[])', [loggedIds])
  expect(found).toHaveLength(loggedIds.length)
  expect(loggedIds.length).toBeGreaterThan(ROUNDS * 60)
}, 90_000)
