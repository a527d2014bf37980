// Discord misbehaving, with the real discord.js client against the fake server: REST 429 and
// 500, a slow callback, gateway RECONNECT / INVALID SESSION / a dropped socket, interactions
// that expired, and shutting down (stop() and SIGTERM) with work in flight. Every interaction
// is answered exactly once, asserted on the fake server's own records of what it accepted.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Command } from '../../commands/command.ts'
import { commands } from '../../commands/index.ts'
import { Coverage } from '../../src/coverage.ts'
import { startBot, type RunningBot } from '../../src/discord/client.ts'
import { createLogger } from '../../src/log.ts'
import { FakeDiscord, snowflake, type InteractionPayload, type RecordedRequest } from './fakeDiscord.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const TOKEN = 'fake-token-faults'

/** Past the dispatcher's 1.5 s defer point, so it is deferred and then edited. */
const slow: Command = {
  definition: { name: 'slow', description: 'Answers after 1.7 s' },
  visibility: () => 'public',
  run: () => new Promise((resolve) => setTimeout(() => resolve({ kind: 'notice', tone: 'info', message: 'done' }), 1700)),
}

let fake: FakeDiscord
let bot: RunningBot
let stopped = false
const logLines: Record<string, unknown>[] = []
/** Every interaction this file sends, and whether Discord should end up with its answer. */
const sent: { payload: InteractionPayload; fate: 'answered' | 'expired' }[] = []

beforeAll(async () => {
  fake = await FakeDiscord.start()
  const coverage = await Coverage.load(path.join(ROOT, 'seeds'))
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line))
      done()
    },
  })
  bot = await startBot({
    // No rate limit here: these tests are about Discord's faults, not the members' pace.
    config: { discordToken: TOKEN, discordApiUrl: fake.apiUrl, rateLimitBurst: 0, rateLimitPerSeconds: 3 },
    coverage,
    logger: createLogger('info', logStream),
    commands: [...commands, slow],
  })
})

afterAll(async () => {
  if (!stopped) await bot?.stop({ drainMs: 0 })
  await fake?.close()
})

// ---------------------------------------------------------------------------------------------
// Helpers

/** A /help or /ask from a member of its own; sent now, or kept to send later. */
function interaction(name = 'help', options: Record<string, string | boolean> = {}): InteractionPayload {
  const payload = fake.chatInput(name, options)
  return { ...payload, member: { ...fake.member, user: { ...fake.member.user, id: snowflake() } } }
}

function send(payload: InteractionPayload, fate: 'answered' | 'expired' = 'answered'): InteractionPayload {
  sent.push({ payload, fate })
  fake.sendInteraction(payload)
  return payload
}

const forToken = (payload: InteractionPayload) => fake.requests.filter((r) => r.path.includes(`/${payload.token}`))
const isCallback = (r: RecordedRequest) => r.path.endsWith('/callback')

/**
 * Waits until Discord accepted `count` requests for the interaction (1: a reply; 2: defer and
 * edit), then a little longer, and checks nothing more came: answered exactly once.
 */
async function answeredOnce(payload: InteractionPayload, count = 1, timeoutMs = 8000): Promise<RecordedRequest[]> {
  await fake.waitFor(() => (fake.accepted(payload).length >= count ? true : undefined), timeoutMs, `answer to ${payload.id}`)
  await sleep(150)
  const accepted = fake.accepted(payload)
  expect(accepted.filter(isCallback)).toHaveLength(1)
  expect(accepted).toHaveLength(count)
  return accepted
}

const logFor = (payload: InteractionPayload, msg = 'interaction') =>
  fake.waitFor(() => logLines.find((l) => l.interactionId === payload.id && l.msg === msg), 8000, `log "${msg}" for ${payload.id}`)

const opsReceived = (op: number) => fake.gatewayReceived.filter((p) => p.op === op).length

// ---------------------------------------------------------------------------------------------

// Each of these involves one interaction (or its own process) and waits on Discord's clock, so
// they run side by side; the gateway tests below act on the one connection and run in turn.
describe.concurrent('one interaction at a time', () => {
  describe('REST faults', () => {
    it('429 on the reply: waits the Retry-After discord.js reads, retries once, and others are not held up', async () => {
      const limited = interaction()
      fake.overrideNext(
        { method: 'POST', path: `/${limited.token}/callback` },
        {
          status: 429,
          body: { message: 'You are being rate limited.', retry_after: 0.5, global: false },
          // @discordjs/rest reads the header (seconds), not the body; interaction callbacks go
          // through its BurstHandler, which sleeps Retry-After (+50 ms offset) and retries.
          headers: {
            'retry-after': '0.5',
            'x-ratelimit-limit': '1',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset-after': '0.5',
            'x-ratelimit-bucket': 'fake-callback-bucket',
            'x-ratelimit-scope': 'user',
          },
        },
      )
      send(limited)
      const other = send(interaction())
      const [reply] = await answeredOnce(limited)
      const [first] = forToken(limited)
      expect(forToken(limited).map((r) => r.status)).toEqual([429, 204])
      expect(reply!.at - first!.answeredAt!).toBeGreaterThanOrEqual(500)
      expect(reply!.body).toEqual(first!.body)
      const [otherReply] = await answeredOnce(other)
      expect(otherReply!.answeredAt!).toBeLessThan(reply!.at)
    })

    it('429 on the edit of a deferred reply: the bucket headers are honoured and the edit lands once', async () => {
      const payload = interaction('slow')
      fake.overrideNext(
        { method: 'PATCH', path: `/${payload.token}/messages/@original` },
        {
          status: 429,
          body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
          headers: {
            'retry-after': '0.3',
            'x-ratelimit-limit': '5',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset-after': '0.3',
            'x-ratelimit-bucket': 'fake-webhook-bucket',
            'x-ratelimit-scope': 'shared',
          },
        },
      )
      send(payload)
      const [defer, edit] = await answeredOnce(payload, 2)
      expect(defer!.body).toEqual({ type: 5, data: { flags: 0 } })
      expect(forToken(payload).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 204', 'PATCH 429', 'PATCH 200'])
      expect(edit!.body).toMatchObject({ embeds: [{ description: 'done' }], allowed_mentions: { parse: [] } })
    })

    it('500 once: discord.js retries and the reply lands once', async () => {
      const payload = interaction()
      fake.overrideNext({ method: 'POST', path: `/${payload.token}/callback` }, { status: 500, body: { message: 'Internal Server Error', code: 0 } })
      send(payload)
      await answeredOnce(payload)
      expect(forToken(payload).map((r) => r.status)).toEqual([500, 204])
      expect((await logFor(payload)).outcome).toBe('replied')
    })

    it('a slow callback (2 s) is waited for, not sent twice, and does not hold up other interactions', async () => {
      const payload = interaction()
      fake.overrideNext({ method: 'POST', path: `/${payload.token}/callback` }, { status: 204, delayMs: 2000 })
      send(payload)
      const quick = send(interaction())
      const [quickReply] = await answeredOnce(quick)
      const [reply] = await answeredOnce(payload)
      expect(forToken(payload)).toHaveLength(1)
      // Date.now() and timers tick on different clocks: a 2,000 ms timer can read as 1,999 ms.
      expect(reply!.answeredAt! - reply!.at).toBeGreaterThanOrEqual(1990)
      expect(quickReply!.answeredAt!).toBeLessThan(reply!.answeredAt!)
      expect(await logFor(payload)).toMatchObject({ outcome: 'replied', latencyMs: expect.any(Number) })
    })
  })

  describe('interactions that can no longer be answered', () => {
    it('10062 Unknown interaction: logged once as expired, never retried, and the others are answered', async () => {
      const gone = interaction()
      fake.overrideNext({ method: 'POST', path: `/${gone.token}/callback` }, { status: 404, body: { message: 'Unknown interaction', code: 10062 } })
      send(gone, 'expired')
      const others = [send(interaction()), send(interaction('ask', { question: 'Who will send troops to Ukraine?' }))]
      for (const other of others) await answeredOnce(other)
      expect(await logFor(gone, 'interaction expired before it was answered')).toMatchObject({
        level: 40,
        command: 'help',
        error: { type: 'DiscordAPIError[10062]', code: 10062, status: 404 },
      })
      expect(await logFor(gone)).toMatchObject({ outcome: 'expired' })
      await sleep(300)
      expect(forToken(gone)).toHaveLength(1)
    })

    it('an expired token on the deferred edit (401, 50027): one attempt, logged, and the bot keeps answering', async () => {
      const payload = interaction('slow')
      fake.overrideNext(
        { method: 'PATCH', path: `/${payload.token}/messages/@original` },
        { status: 401, body: { message: 'Invalid Webhook Token', code: 50027 } },
      )
      send(payload, 'expired')
      expect(await logFor(payload)).toMatchObject({ outcome: 'expired' })
      await sleep(200)
      expect(forToken(payload).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 204', 'PATCH 401'])
      // A 401 on an interaction webhook must not make discord.js drop the bot token.
      await answeredOnce(send(interaction()))
    })
  })

  describe('shutting down the process', () => {
    it('SIGTERM: `npm start` answers the reply in flight, disconnects and exits 0', async () => {
      const own = await FakeDiscord.start()
      try {
        const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href
        const child = spawn(process.execPath, ['--import', tsx, path.join(ROOT, 'src/main.ts')], {
          cwd: mkdtempSync(path.join(tmpdir(), 'sigterm-')), // no .env here
          env: {
            PATH: process.env.PATH,
            DISCORD_TOKEN: TOKEN,
            DISCORD_API_URL: own.apiUrl,
            CORPUS_DIR: path.join(ROOT, 'seeds'),
            CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'sigterm-cache-')),
            DATA_DIR: mkdtempSync(path.join(tmpdir(), 'sigterm-data-')),
            RATE_LIMIT_BURST: '0',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        let stderr = ''
        child.stderr.on('data', (chunk) => (stderr += chunk))
        const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
        await own.waitFor(() => (stderr.includes('connected to Discord') ? true : undefined), 15_000, 'the bot to connect')

        // Discord takes 1 s to accept this reply: SIGTERM arrives while it is in flight.
        const payload = own.chatInput('help')
        own.overrideNext({ method: 'POST', path: `/${payload.token}/callback` }, { status: 204, delayMs: 1000 })
        own.sendInteraction(payload)
        await own.waitFor(() => (own.requests.some((r) => r.path.includes(payload.token)) ? true : undefined), 5000, 'the reply')
        child.kill('SIGTERM')

        expect(await exited).toBe(0)
        expect(own.accepted(payload).filter(isCallback)).toHaveLength(1)
        // The question log opens its database in the background; when it finishes is no part of this test.
        const messages = stderr.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { msg: string }).msg).filter((msg) => msg !== 'question log: database open')
        expect(messages.slice(messages.indexOf('shutting down'))).toEqual(['shutting down', 'interaction', 'disconnected from Discord', 'question log closed'])
        expect(stderr).not.toContain(TOKEN)
        expect(stderr).not.toContain(payload.token)
      } finally {
        await own.close()
      }
    }, 30_000)
  })
})

describe('gateway faults', () => {
  it('RECONNECT (op 7): resumes, and an interaction sent at that moment is answered once', async () => {
    const resumes = opsReceived(6)
    fake.sendGateway({ op: 7, d: null })
    const payload = send(interaction())
    await fake.waitFor(() => (opsReceived(6) > resumes ? true : undefined), 5000, 'RESUME')
    await answeredOnce(payload)
  })

  it('INVALID SESSION, resumable (op 9, d: true): resumes on the same connection and answers', async () => {
    const resumes = opsReceived(6)
    const connections = fake.gatewayConnections.length
    fake.sendGateway({ op: 9, d: true })
    await fake.waitFor(() => (opsReceived(6) > resumes ? true : undefined), 5000, 'RESUME')
    expect(fake.gatewayConnections).toHaveLength(connections)
    await answeredOnce(send(interaction()))
  })

  it('a dropped socket (no close frame): resumes, and what was sent meanwhile is replayed and answered once', async () => {
    const resumes = opsReceived(6)
    fake.dropGateway()
    const meanwhile = [send(interaction()), send(interaction('sources')), send(interaction('leader', { name: 'Zelensky' }))]
    await fake.waitFor(() => (opsReceived(6) > resumes ? true : undefined), 5000, 'RESUME')
    for (const payload of meanwhile) await answeredOnce(payload)
  })

  it('INVALID SESSION, not resumable (op 9, d: false): identifies anew and answers in the new session', async () => {
    const identifies = opsReceived(2)
    fake.sendGateway({ op: 9, d: false })
    // discord.js waits up to 5 s (+ up to 1.5 s jitter) between two IDENTIFYs of a shard.
    await fake.waitFor(() => (opsReceived(2) > identifies ? true : undefined), 10_000, 'IDENTIFY')
    await answeredOnce(send(interaction()))
  }, 15_000)
})

describe('the record', () => {
  it('every interaction sent so far was answered exactly once, or logged as expired', async () => {
    for (const { payload, fate } of sent) {
      const callbacks = fake.accepted(payload).filter(isCallback)
      if (fate === 'answered') expect(callbacks, payload.id).toHaveLength(1)
      const line = logLines.find((l) => l.interactionId === payload.id && l.msg === 'interaction')
      expect(line, payload.id).toMatchObject({
        command: expect.any(String),
        latencyMs: expect.any(Number),
        outcome: fate === 'expired' ? 'expired' : expect.stringMatching(/^(replied|deferred)$/),
      })
    }
  })

  it('logs carry no token: neither the bot token nor any interaction token', () => {
    const logs = JSON.stringify(logLines)
    expect(logs).not.toContain(TOKEN)
    // Including the DiscordAPIErrors logged above, whose `url` carries the interaction token.
    expect(logs).toContain('DiscordAPIError[10062]')
    for (const { payload } of sent) expect(logs).not.toContain(payload.token)
  })
})

describe('shutting down', () => {
  it('stop() lets an interaction in flight finish, tells newcomers it is restarting, then disconnects', async () => {
    const inFlight = send(interaction('slow'))
    await fake.waitFor(() => (forToken(inFlight).length ? true : undefined), 5000, 'the defer') // deferred at 1.5 s
    const stopping = bot.stop({ drainMs: 5000 }).then(() => fake.accepted(inFlight))
    stopped = true
    const newcomer = send(interaction('ask', { question: 'Who will send troops to Ukraine?' }))
    const [notice] = await answeredOnce(newcomer)
    expect(notice!.body).toMatchObject({
      type: 4,
      data: { flags: 64, embeds: [{ description: 'coverage-bot is restarting. Please ask again in a minute.' }], allowed_mentions: { parse: [] } },
    })
    // Answered before stop() resolved: the defer and the edit.
    const [defer, edit] = await stopping
    expect(defer!.body).toEqual({ type: 5, data: { flags: 0 } })
    expect(edit!.body).toMatchObject({ embeds: [{ description: 'done' }] })
    await fake.waitFor(() => (fake.connected ? undefined : true), 2000, 'the gateway to close')
    expect(logLines.at(-1)).toMatchObject({ msg: 'disconnected from Discord' })
  })
})
