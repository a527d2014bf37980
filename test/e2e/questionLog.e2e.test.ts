// The question log end to end: the real discord.js client against the fake Discord, the real
// embedded database (PGlite) in a temporary DATA_DIR. 👍/👎 buttons and the 👎 form, /gaps and
// /stats (who may see them, what they show), the database going away and coming back, and
// SIGTERM writing what is pending before `npm start` exits.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findCommand } from '../../commands/index.ts'
import { Coverage } from '../../src/coverage.ts'
import { startBot, type RunningBot } from '../../src/discord/client.ts'
import { createLogger } from '../../src/log.ts'
import { renderDiscordReply, renderFeedbackModal, type DiscordMessage, type RenderOptions } from '../../src/render/discord.ts'
import { openDatabase } from '../../src/store/database.ts'
import { memberHasher, readOrCreateSecret } from '../../src/store/memberHash.ts'
import { QuestionLog } from '../../src/store/questionLog.ts'
import { CuttableDatabase } from '../helpers/cuttableDatabase.ts'
import { wireData } from '../helpers/wireData.ts'
import { FakeDiscord, snowflake, type InteractionPayload, type RecordedRequest } from './fakeDiscord.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const TOKEN = 'fake-token-question-log'
/** VIEW_CHANNEL | SEND_MESSAGES | USE_APPLICATION_COMMANDS, plus MANAGE_GUILD. */
const MANAGER_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 31n) | (1n << 5n))

let fake: FakeDiscord
let bot: RunningBot
let coverage: Coverage
let db: CuttableDatabase
let log: QuestionLog
let dataDir: string
const logLines: Record<string, unknown>[] = []

beforeAll(async () => {
  fake = await FakeDiscord.start()
  coverage = await Coverage.load(path.join(ROOT, 'seeds'))
  dataDir = mkdtempSync(path.join(tmpdir(), 'cb-e2e-log-'))
  db = new CuttableDatabase(await openDatabase({ dataDir }))
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line))
      done()
    },
  })
  const logger = createLogger('info', logStream)
  log = new QuestionLog({ open: async () => db, hashMember: memberHasher(readOrCreateSecret(dataDir)), logger, flushEveryMs: 50, retryMs: 50 })
  log.start()
  bot = await startBot({
    config: { discordToken: TOKEN, discordApiUrl: fake.apiUrl, rateLimitBurst: 0, rateLimitPerSeconds: 3 },
    coverage,
    logger,
    questionLog: log,
  })
}, 30_000)

afterAll(async () => {
  await bot?.stop({ drainMs: 0 })
  await log?.close()
  await fake?.close()
})

// ---------------------------------------------------------------------------------------------
// Helpers

function asMember(payload: InteractionPayload, userId = snowflake(), permissions?: string): InteractionPayload {
  return { ...payload, member: { ...fake.member, ...(permissions ? { permissions } : {}), user: { ...fake.member.user, id: userId } } }
}

async function send(payload: InteractionPayload, responses = 1): Promise<RecordedRequest[]> {
  fake.sendInteraction(payload)
  return fake.responsesTo(payload, responses)
}

const callbackBody = (request: RecordedRequest) => request.body as { type: number; data: Record<string, unknown> & DiscordMessage }

function messageFrom(data: Record<string, unknown>): Record<string, unknown> {
  return fake.message({ embeds: data.embeds, components: data.components, flags: data.flags ?? 0, webhook_id: fake.applicationId, application_id: fake.applicationId })
}

const customIds = (data: DiscordMessage) => data.components.flatMap((row) => row.components.map((b) => b.custom_id))
const noticeOf = (message: string, tone: 'info' | 'error' = 'info') => wireData(renderDiscordReply({ kind: 'notice', tone, message }, { ephemeral: true }))

/** The question id a reply's 👍 button carries. */
function feedbackIdOf(data: DiscordMessage): string {
  const id = customIds(data).find((c) => c.startsWith('fb:up:'))
  expect(id).toBeDefined()
  return id!.slice('fb:up:'.length)
}

async function expected(name: string, options: Record<string, unknown>, render: RenderOptions) {
  const reply = await findCommand(name)!.run(options as never, { coverage, userId: 'x', canManageServer: false })
  return renderDiscordReply(reply, render)
}

const hash = (id: string) => memberHasher(readOrCreateSecret(dataDir))(id)

async function questionRow(id: string) {
  await log.flush()
  const [row] = await db.query<Record<string, unknown>>('SELECT * FROM questions WHERE id = $1', [id])
  return row
}

async function votes(id: string) {
  await log.flush()
  return db.query<{ member_hash: string; vote: string; comment: string | null }>('SELECT member_hash, vote, comment FROM feedback WHERE question_id = $1 ORDER BY given_at', [id])
}

// ---------------------------------------------------------------------------------------------

describe('👍 and 👎 on answers', () => {
  it('/ask carries 👍/👎 beside More; the question is logged with server, channel, outcome, citations and latency', async () => {
    const member = snowflake()
    // The passages are about deployment plans, not a yes or no: the closest the coverage comes.
    const question = 'Is Russia ok with NATO soldiers in Ukraine?'
    const payload = asMember(fake.chatInput('ask', { question }), member)
    const { type, data } = callbackBody((await send(payload))[0]!)
    expect(type).toBe(4)
    const feedbackId = feedbackIdOf(data)
    expect(feedbackId).toMatch(/^[\w-]{12}$/)
    const answerId = customIds(data)[0]!.split(':')[2]!
    expect(customIds(data)).toEqual([`ask:more:${answerId}:3`, `fb:up:${feedbackId}`, `fb:down:${feedbackId}`])
    expect(data).toEqual(wireData(await expected('ask', { question }, { answerId, feedbackId })))
    expect(data.components[0]!.components.slice(1).map((b) => (b as { emoji?: { name: string } }).emoji)).toEqual([{ name: '👍' }, { name: '👎' }])

    const row = await questionRow(feedbackId)
    const answer = coverage.ask(question, { limit: 3 })
    expect(row).toMatchObject({
      via: 'discord',
      guild_id: fake.guildId,
      channel_id: fake.channel.id,
      member_hash: hash(member),
      command: 'ask',
      question,
      outcome: 'closest',
      person: null,
    })
    expect(row!.cited).toEqual(answer.results.map((r) => ({ source: r.passage.source, position: r.passage.position, start: r.article.body.indexOf(r.passage.text), end: r.article.body.indexOf(r.passage.text) + r.passage.text.length })))
    expect(row!.latency_ms).toBeGreaterThan(0)
    expect(row!.latency_ms).toBeLessThan(3000)
    expect(JSON.stringify(row)).not.toContain(member)

    // More pages in place and keeps the same question's buttons.
    const more = asMember(fake.buttonClick(`ask:more:${answerId}:3`, messageFrom(data)), member)
    const page2 = callbackBody((await send(more))[0]!)
    expect(page2.type).toBe(7)
    expect(customIds(page2.data).slice(-2)).toEqual([`fb:up:${feedbackId}`, `fb:down:${feedbackId}`])
  })

  it('👍 thanks the member privately; 👎 opens the form; its text goes with the 👎; a second click replaces the first', async () => {
    const asker = snowflake()
    const { data } = callbackBody((await send(asMember(fake.chatInput('ask', { question: 'When did Bloomberg report on the package?' }), asker)))[0]!)
    const id = feedbackIdOf(data)
    const reader = snowflake()

    const up = callbackBody((await send(asMember(fake.buttonClick(`fb:up:${id}`, messageFrom(data)), reader)))[0]!)
    expect(up).toEqual({ type: 4, data: noticeOf('Thanks for the 👍. Click 👎 instead if you change your mind.') })
    expect(await votes(id)).toEqual([{ member_hash: hash(reader), vote: 'up', comment: null }])

    // 👎: the answer to the click is the form itself (type 9), within Discord's 3 s.
    const down = asMember(fake.buttonClick(`fb:down:${id}`, messageFrom(data)), reader)
    const [modalCallback] = await send(down)
    expect(callbackBody(modalCallback!)).toEqual({ type: 9, data: renderFeedbackModal(id) })
    expect(renderFeedbackModal(id)).toMatchObject({
      custom_id: `fb:why:${id}`,
      title: 'What was wrong with this answer?',
      components: [{ type: 18, label: 'What were you looking for?', component: { type: 4, custom_id: 'comment', style: 2, required: false, max_length: 300 } }],
    })
    expect(modalCallback!.at - fake.sentAt(down)!).toBeLessThan(3000)
    // The 👎 counts even if the form is closed without sending it.
    expect(await votes(id)).toEqual([{ member_hash: hash(reader), vote: 'down', comment: null }])

    const comment = 'The date the **EU** agreed it <@123> @everyone'
    const submit = asMember(fake.modalSubmit(`fb:why:${id}`, { comment }, messageFrom(data)), reader)
    const thanks = callbackBody((await send(submit))[0]!)
    expect(thanks).toEqual({ type: 4, data: noticeOf('Thanks. Your 👎 is noted; the server’s admins see it in /gaps.') })
    expect(await votes(id)).toEqual([{ member_hash: hash(reader), vote: 'down', comment }])

    // The asker's own vote is theirs; the reader changing their mind replaces theirs (and its comment).
    await send(asMember(fake.buttonClick(`fb:up:${id}`, messageFrom(data)), asker))
    await send(asMember(fake.buttonClick(`fb:up:${id}`, messageFrom(data)), reader))
    expect(await votes(id)).toEqual(
      expect.arrayContaining([
        { member_hash: hash(asker), vote: 'up', comment: null },
        { member_hash: hash(reader), vote: 'up', comment: null },
      ]),
    )
    expect(await votes(id)).toHaveLength(2)
  })

  it('an empty form keeps the 👎 without a comment; a 301-character one is refused politely', async () => {
    const { data } = callbackBody((await send(asMember(fake.chatInput('ask', { question: 'Who will send troops to Ukraine?' }))))[0]!)
    const id = feedbackIdOf(data)
    const member = snowflake()
    await send(asMember(fake.buttonClick(`fb:down:${id}`, messageFrom(data)), member))
    const empty = callbackBody((await send(asMember(fake.modalSubmit(`fb:why:${id}`, { comment: '   ' }), member)))[0]!)
    expect(empty.data.embeds[0]!.description).toBe('Thanks. Your 👎 is noted; the server’s admins see it in /gaps.')
    const long = callbackBody((await send(asMember(fake.modalSubmit(`fb:why:${id}`, { comment: 'x'.repeat(301) }), member)))[0]!)
    expect(long).toEqual({ type: 4, data: noticeOf('That comment is 301 characters long; please keep it to 300 or fewer.', 'error') })
    expect(await votes(id)).toEqual([{ member_hash: hash(member), vote: 'down', comment: null }])
    // A form without its text field (an older form, or forged) is a 👎 with no comment, not an error.
    const bare = callbackBody((await send(asMember(fake.modalSubmit(`fb:why:${id}`, {}), member)))[0]!)
    expect(bare.data.embeds[0]!.description).toBe('Thanks. Your 👎 is noted; the server’s admins see it in /gaps.')
    expect(await votes(id)).toEqual([{ member_hash: hash(member), vote: 'down', comment: null }])
  })

  it('an interaction Discord delivers twice is answered and logged once', async () => {
    const question = 'Which outlet first reported the guarantees package, and when?'
    const payload = asMember(fake.chatInput('ask', { question }))
    await send(payload)
    fake.dispatch('INTERACTION_CREATE', payload)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(fake.requests.filter((r) => r.path.includes(`/${payload.token}`))).toHaveLength(1)
    await log.flush()
    expect(await db.query<{ n: number }>('SELECT count(*)::int AS n FROM questions WHERE question = $1', [question])).toEqual([{ n: 1 }])
  })

  it.each([
    ['/excerpt', () => fake.chatInput('excerpt', { query: 'boots on the ground' }), 'excerpt', { query: 'boots on the ground' }, false],
    ['Find coverage', () => fake.messageCommand('Find coverage', 'Apparently the US will put boots on the ground in Ukraine?'), 'Find coverage', { message: 'Apparently the US will put boots on the ground in Ukraine?' }, true],
    ['a "not covered" /ask', () => fake.chatInput('ask', { question: 'Who won the 2022 football World Cup?' }), 'ask', { question: 'Who won the 2022 football World Cup?' }, false],
    ['/compare', () => fake.chatInput('compare', { question: 'Who will send troops to Ukraine?' }), 'compare', { question: 'Who will send troops to Ukraine?' }, false],
  ] as const)('%s carries 👍/👎 and is logged', async (_name, make, command, options, ephemeral) => {
    const payload = asMember(make())
    const { data } = callbackBody((await send(payload))[0]!)
    const feedbackId = feedbackIdOf(data)
    const answerId = customIds(data).find((c) => c.startsWith('ask:'))?.split(':')[2]
    expect(data).toEqual(wireData(await expected(command, options, { feedbackId, ephemeral, ...(answerId ? { answerId } : {}) })))
    expect(await questionRow(feedbackId)).toMatchObject({ command, outcome: command === 'ask' ? 'not_covered' : expect.any(String) })
  })

  it('a greeting or a question about the bot gets a reply about the bot, without buttons, and is not logged', async () => {
    await log.flush()
    const [before] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM questions')
    for (const [question, title] of [['gm everyone!', 'Hello!'], ['what commands do you have?', 'About me']] as const) {
      const { type, data } = callbackBody((await send(asMember(fake.chatInput('ask', { question }))))[0]!)
      expect(type).toBe(4)
      expect(data).toEqual(wireData(await expected('ask', { question }, {})))
      expect(data.embeds[0]!.title).toBe(title)
      expect(data.components).toEqual([])
      expect(data.allowed_mentions).toEqual({ parse: [] })
    }
    await log.flush()
    expect(await db.query<{ n: number }>('SELECT count(*)::int AS n FROM questions')).toEqual([before])
  })

  it('/leader is logged for "most looked-up people", without buttons', async () => {
    const before = (await log.stats(1)).people.find((p) => p.name === 'Volodymyr Zelensky')?.lookups ?? 0
    const { data } = callbackBody((await send(asMember(fake.chatInput('leader', { name: 'zelenskyy' }))))[0]!)
    expect(data.components).toEqual([])
    expect((await log.stats(1)).people.find((p) => p.name === 'Volodymyr Zelensky')?.lookups).toBe(before + 1)
  })
})

describe('/gaps and /stats', () => {
  it.each(['gaps', 'stats'])('/%s is for members who can manage the server, and says so to others', async (name) => {
    const { type, data } = callbackBody((await send(asMember(fake.chatInput(name))))[0]!)
    expect(type).toBe(4)
    expect(data).toEqual(noticeOf(`Only members who can manage this server can see /${name}.`, 'error'))
    const definition = findCommand(name)!.definition as { default_member_permissions?: string; dm_permission?: boolean }
    expect(definition.default_member_permissions).toBe(String(1n << 5n))
    expect(definition.dm_permission).toBe(false)
  })

  it('/gaps shows, privately, what was not answered, grouped by meaning, with 👎 comments', async () => {
    const ask = async (question: string) => callbackBody((await send(asMember(fake.chatInput('ask', { question }))))[0]!).data
    await ask('What did Putin say about Taiwan?')
    await ask('what did putin say about taiwan')
    const answered = await ask('When did Bloomberg report on the package?')
    const id = feedbackIdOf(answered)
    const critic = snowflake()
    await send(asMember(fake.buttonClick(`fb:down:${id}`, messageFrom(answered)), critic))
    await send(asMember(fake.modalSubmit(`fb:why:${id}`, { comment: 'I wanted the date of the summit' }), critic))

    const payload = asMember(fake.chatInput('gaps', { days: 1 }), snowflake(), MANAGER_PERMISSIONS)
    const { type, data } = callbackBody((await send(payload))[0]!)
    expect(type).toBe(4)
    expect(data.flags).toBe(64)
    const report = await log.gaps(1, coverage.index.analyzer)
    expect(data).toEqual(wireData(renderDiscordReply({ kind: 'gaps', report }, { ephemeral: true })))
    const embed = data.embeds[0]!
    expect(embed.title).toBe('What the coverage lacks: the last 1 day')
    const putin = embed.fields!.find((f) => f.name.toLowerCase().includes('putin say about taiwan'))!
    expect(putin.name).toMatch(/^\d+\. 2× “what did putin say about taiwan”$/)
    expect(putin.value).toBe('not covered 2\nAlso asked as: “What did Putin say about Taiwan?”')
    const bloomberg = embed.fields!.find((f) => f.name.includes('Bloomberg'))!
    expect(bloomberg.value).toContain('👎 “I wanted the date of the summit”')
    expect(data.allowed_mentions).toEqual({ parse: [] })
  })

  it('/stats shows questions per day, share answered, 👍/👎, people and answer time', async () => {
    const payload = asMember(fake.chatInput('stats', { days: 7 }), snowflake(), MANAGER_PERMISSIONS)
    const { data } = callbackBody((await send(payload))[0]!)
    expect(data.flags).toBe(64)
    const report = await log.stats(7)
    expect(report.questions).toBeGreaterThan(5)
    expect(report.feedback.down).toBeGreaterThan(0)
    expect(report.people[0]).toEqual({ name: 'Volodymyr Zelensky', lookups: 1 })
    expect(data).toEqual(wireData(renderDiscordReply({ kind: 'stats', report }, { ephemeral: true })))
    const fields = Object.fromEntries(data.embeds[0]!.fields!.map((f) => [f.name, f.value]))
    expect(fields['Answered']).toBe(
      `${Math.round(report.shareAnswered! * 100)}% of ${report.questions} questions (answered ${report.outcomes.answered}, the closest the coverage comes ${report.outcomes.closest}, not covered ${report.outcomes.not_covered})`,
    )
    expect(fields['Feedback']).toBe(`👍 ${report.feedback.up} · 👎 ${report.feedback.down}`)
    expect(fields['Answer time']).toMatch(/^p50 [\d.]+ ms · p99 [\d.]+ ms$/)
    expect(fields['Most looked-up people']).toBe('Volodymyr Zelensky: 1')
    expect(fields['Questions per day']).toBe(`${new Date().toISOString().slice(0, 10)}: ${report.questions}`)
  })
})

describe('the database going away', () => {
  it('answers go on, the outage is logged once, /stats says so, and everything is written when it is back', async () => {
    db.down = true
    const ids: string[] = []
    const titles: string[] = []
    // Answered, the closest the coverage comes, not covered. Each answer has more than one page, so its
    // More button carries the answer id the expected reply is rendered with.
    for (const question of ['Who will send troops to Ukraine?', 'Is the war over?', 'Who won the 2022 football World Cup?']) {
      const payload = asMember(fake.chatInput('ask', { question }))
      const { type, data } = callbackBody((await send(payload))[0]!)
      expect(type).toBe(4)
      const id = feedbackIdOf(data)
      expect(data).toEqual(wireData(await expected('ask', { question }, { feedbackId: id, ...(customIds(data)[0]!.startsWith('ask:') ? { answerId: customIds(data)[0]!.split(':')[2] } : {}) })))
      ids.push(id)
      titles.push(data.embeds[0]!.title!)
    }
    expect(titles).toEqual(['What the coverage says', 'The closest the coverage comes', 'The coverage does not say'])
    await fake.waitFor(() => logLines.find((l) => l.msg === 'question log: database out of reach; answering goes on and records are kept in memory until it is back'), 5000, 'the outage log line')
    const stats = callbackBody((await send(asMember(fake.chatInput('stats'), snowflake(), MANAGER_PERMISSIONS)))[0]!)
    expect(stats.data).toEqual(noticeOf('The question log is out of reach right now (its database is down or still opening); answers are not affected. Please try again in a minute.', 'error'))
    expect(log.pending).toBeGreaterThanOrEqual(3)
    await new Promise((resolve) => setTimeout(resolve, 300)) // several retries, still one line
    expect(logLines.filter((l) => String(l.msg).startsWith('question log: database out of reach'))).toHaveLength(1)

    db.down = false
    // A batch being written is no longer "pending": wait for the write to succeed, as the log line says.
    await fake.waitFor(() => logLines.find((l) => l.msg === 'question log: database reachable again; writing what was kept'), 5000, 'the database to be back')
    for (const id of ids) expect(await questionRow(id)).toBeDefined()
    expect(log.pending).toBe(0)
  })
})

describe('shutting down', () => {
  it('the first answer does not wait for the database to open; SIGTERM: `npm start` writes the questions still in memory before it exits', async () => {
    const own = await FakeDiscord.start()
    const dir = mkdtempSync(path.join(tmpdir(), 'cb-sigterm-data-'))
    try {
      const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href
      const child = spawn(process.execPath, ['--import', tsx, path.join(ROOT, 'src/main.ts')], {
        cwd: mkdtempSync(path.join(tmpdir(), 'cb-sigterm-')),
        env: {
          PATH: process.env.PATH,
          DISCORD_TOKEN: TOKEN,
          DISCORD_API_URL: own.apiUrl,
          CORPUS_DIR: path.join(ROOT, 'seeds'),
          CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'cb-sigterm-cache-')),
          DATA_DIR: dir,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stderr = ''
      child.stderr.on('data', (chunk) => (stderr += chunk))
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      await own.waitFor(() => (stderr.includes('connected to Discord') ? true : undefined), 20_000, 'the bot to connect')
      // A new DATA_DIR: the database is being created (seconds). The first question does not wait for it.
      const first = own.chatInput('ask', { question: 'When did Bloomberg report on the package?' })
      own.sendInteraction(first)
      const [firstCallback] = await own.responsesTo(first, 1, 5000)
      expect(firstCallback!.at - own.sentAt(first)!).toBeLessThan(1500)
      expect(callbackBody(firstCallback!).data.embeds[0]!.title).toBe('What the coverage says')
      expect(stderr).not.toContain('question log: database open')
      await own.waitFor(() => (stderr.includes('question log: database open') ? true : undefined), 30_000, 'the database to open')
      // SIGTERM as soon as the reply is in: the record is still in memory (written once a second).
      const payload = own.chatInput('ask', { question: 'Who will send troops to Ukraine?' })
      own.sendInteraction(payload)
      const [callback] = await own.responsesTo(payload, 1, 5000)
      const id = (callbackBody(callback!).data.components[0]!.components.find((b) => b.custom_id.startsWith('fb:up:'))!.custom_id).slice('fb:up:'.length)
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
      const closed = stderr.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { msg: string; unwritten?: number }).find((l) => l.msg === 'question log closed')
      expect(closed).toMatchObject({ unwritten: 0 })
      const after = await openDatabase({ dataDir: dir })
      try {
        // Asked while the database was still being created: kept in memory, written once it opened.
        const firstId = customIds(callbackBody(firstCallback!).data).find((c) => c.startsWith('fb:up:'))!.slice('fb:up:'.length)
        expect(await after.query('SELECT outcome FROM questions WHERE id = $1', [firstId])).toEqual([{ outcome: 'answered' }])
        expect(await after.query('SELECT question, outcome FROM questions WHERE id = $1', [id])).toEqual([{ question: 'Who will send troops to Ukraine?', outcome: 'answered' }])
      } finally {
        await after.close()
      }
    } finally {
      await own.close()
    }
  }, 60_000)
})
