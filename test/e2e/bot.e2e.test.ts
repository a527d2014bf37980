// The real bot (discord.js client, dispatcher, commands, engine over the seed corpus) against a
// Discord-compatible server on 127.0.0.1. Asserts the exact payloads the bot sends.
import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Writable } from 'node:stream'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Command, CommandContext } from '../../commands/command.ts'
import { commands, findCommand } from '../../commands/index.ts'
import { ConfigError } from '../../src/config.ts'
import { Coverage } from '../../src/coverage.ts'
import { startBot, type RunningBot } from '../../src/discord/client.ts'
import { deployCommands } from '../../src/discord/deploy.ts'
import { createLogger } from '../../src/log.ts'
import { renderDiscordReply, type DiscordMessage, type RenderOptions } from '../../src/render/discord.ts'
import { wireData } from '../helpers/wireData.ts'
import { FakeDiscord, snowflake, type InteractionPayload, type RecordedRequest } from './fakeDiscord.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const TOKEN = 'fake-token-e2e'
/** Five commands at once, then one every 30 s: long enough that a test never sees a refill. */
const RATE_LIMIT = { rateLimitBurst: 5, rateLimitPerSeconds: 30 }

// Test-only commands, to reach the error boundary and the defer path with the real client.
const boom: Command = {
  definition: { name: 'boom', description: 'Always fails' },
  visibility: () => 'public',
  run: () => {
    throw new Error('kaboom')
  },
}
const slow: Command = {
  definition: { name: 'slow', description: 'Answers after 1.7 s' },
  visibility: () => 'public',
  run: () => new Promise((resolve) => setTimeout(() => resolve({ kind: 'notice', tone: 'info', message: 'done' }), 1700)),
}
const slowBoom: Command = {
  definition: { name: 'slowboom', description: 'Fails after 1.7 s' },
  visibility: () => 'ephemeral',
  run: () => new Promise((_, reject) => setTimeout(() => reject(new Error('late kaboom')), 1700)),
}

let fake: FakeDiscord
let bot: RunningBot
let coverage: Coverage
const logLines: Record<string, unknown>[] = []

beforeAll(async () => {
  fake = await FakeDiscord.start()
  coverage = await Coverage.load(path.join(ROOT, 'seeds'))
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line))
      done()
    },
  })
  bot = await startBot({
    config: { discordToken: TOKEN, discordApiUrl: fake.apiUrl, ...RATE_LIMIT },
    coverage,
    logger: createLogger('info', logStream),
    commands: [...commands, boom, slow, slowBoom],
  })
})

afterAll(async () => {
  await bot?.stop()
  await fake?.close()
})

// ---------------------------------------------------------------------------------------------
// Helpers

/** Each test acts as a member of its own, so the per-member rate limit never couples tests. */
function asMember(payload: InteractionPayload, userId = snowflake()): InteractionPayload {
  return { ...payload, member: { ...fake.member, user: { ...fake.member.user, id: userId } } }
}

const userOf = (payload: InteractionPayload) => (payload.member as { user: { id: string } }).user.id

function contextFor(payload: InteractionPayload): CommandContext {
  return { coverage, userId: userOf(payload), canManageServer: false }
}

/** Expected message: what the named command's own run() renders to, with the same answer id. */
async function expected(name: string, options: Record<string, unknown>, payload: InteractionPayload, render: RenderOptions) {
  const reply = await findCommand(name)!.run(options as never, contextFor(payload))
  return renderDiscordReply(reply, render)
}

function answerIdOf(message: { components: { components: { custom_id: string }[] }[] }): string | undefined {
  const id = message.components[0]?.components[0]?.custom_id
  return id?.split(':')[2]
}

async function send(payload: InteractionPayload, responses = 1): Promise<RecordedRequest[]> {
  fake.sendInteraction(payload)
  return fake.responsesTo(payload, responses)
}

/** A message as Discord would deliver it to a button click, from the body the bot sent. */
function messageFrom(data: Record<string, unknown>): Record<string, unknown> {
  return fake.message({
    embeds: data.embeds,
    components: data.components,
    flags: data.flags ?? 0,
    webhook_id: fake.applicationId,
    application_id: fake.applicationId,
  })
}

const callbackBody = (request: RecordedRequest) => request.body as { type: number; data: Record<string, unknown> & DiscordMessage }

/** No second response arrives for an interaction (each is answered exactly once). */
async function expectNoMoreResponses(payload: InteractionPayload, count: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100))
  expect(fake.requests.filter((r) => r.path.includes(`/${payload.token}`))).toHaveLength(count)
}

// ---------------------------------------------------------------------------------------------

describe('connecting', () => {
  it('fetches the gateway from DISCORD_API_URL and identifies with the Guilds intent, uncompressed', () => {
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/api/v10/gateway/bot', authorization: `Bot ${TOKEN}` })
    expect(fake.gatewayConnections).toEqual([{ v: '10', encoding: 'json' }])
    const identify = fake.gatewayReceived.find((p) => p.op === 2)
    expect(identify?.d).toMatchObject({ token: TOKEN, intents: 1, compress: false, shard: [0, 1] })
    expect(bot.client.user.id).toBe(fake.applicationId)
    expect(bot.client.guilds.cache.has(fake.guildId)).toBe(true)
  })
})

describe('deploying commands', () => {
  const definitions = () => JSON.parse(JSON.stringify(commands.map((c) => c.definition)))

  it('PUTs every definition to the guild when DISCORD_GUILD_ID is set', async () => {
    const config = { discordToken: TOKEN, discordClientId: fake.applicationId, discordGuildId: fake.guildId, discordApiUrl: fake.apiUrl }
    const registered = await deployCommands({ config, commands, logger: createLogger('silent') })
    const put = fake.requests.at(-1)!
    expect(put).toMatchObject({
      method: 'PUT',
      path: `/api/v10/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`,
      authorization: `Bot ${TOKEN}`,
    })
    expect(put.body).toEqual(definitions())
    expect(registered.map((c) => c.name)).toEqual(['ask', 'compare', 'leader', 'excerpt', 'sources', 'add', 'help', 'reload', 'gaps', 'stats', 'Find coverage'])
  })

  it('PUTs globally without a guild', async () => {
    const config = { discordToken: TOKEN, discordClientId: fake.applicationId, discordApiUrl: fake.apiUrl }
    await deployCommands({ config, commands, logger: createLogger('silent') })
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PUT', path: `/api/v10/applications/${fake.applicationId}/commands` })
    expect(fake.requests.at(-1)!.body).toEqual(definitions())
  })

  it('names every missing variable', async () => {
    const deploy = deployCommands({ config: { discordApiUrl: fake.apiUrl }, commands, logger: createLogger('silent') })
    await expect(deploy).rejects.toThrow(ConfigError)
    await expect(deploy).rejects.toThrow(
      'Invalid configuration:\n' +
        '  - DISCORD_TOKEN is required to deploy commands (see .env.example)\n' +
        '  - DISCORD_CLIENT_ID is required to deploy commands (see .env.example)',
    )
  })

  it('fails with what Discord said when the token is rejected', async () => {
    fake.overrideNext({ method: 'PUT', path: '/commands' }, { status: 401, body: { message: '401: Unauthorized', code: 0 } })
    const config = { discordToken: 'bad', discordClientId: fake.applicationId, discordApiUrl: fake.apiUrl }
    await expect(deployCommands({ config, commands, logger: createLogger('silent') })).rejects.toThrow('401: Unauthorized')
  })

  it('runs as `npm run deploy`: exit 0 on success, 1 with a clear message on failure', async () => {
    const run = promisify(execFile)
    const cwd = mkdtempSync(path.join(tmpdir(), 'deploy-')) // no .env here
    const script = path.join(ROOT, 'src/discord/deploy.ts')
    const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href // as `--import tsx`, from any cwd
    const env = { PATH: process.env.PATH, LOG_LEVEL: 'silent', DISCORD_API_URL: fake.apiUrl }
    const [ok, failed] = await Promise.all([
      run(process.execPath, ['--import', tsx, script], {
        cwd,
        env: { ...env, DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId },
      }),
      run(process.execPath, ['--import', tsx, script], { cwd, env }).catch((error) => error),
    ])
    expect(ok.stderr).toBe('')
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PUT', path: `/api/v10/applications/${fake.applicationId}/guilds/${fake.guildId}/commands` })
    expect(fake.requests.at(-1)!.body).toEqual(definitions())
    expect(failed.code).toBe(1)
    expect(failed.stderr).toBe(
      'Invalid configuration:\n' +
        '  - DISCORD_TOKEN is required to deploy commands (see .env.example)\n' +
        '  - DISCORD_CLIENT_ID is required to deploy commands (see .env.example)\n',
    )
  }, 30_000)
})

describe('/ask', () => {
  // Russia's opposition to the guarantees is reported, its view of NATO soldiers in Ukraine only
  // around it: a reply labelled "the closest the coverage comes", with more passages to page.
  const question = 'Is Russia ok with NATO soldiers in Ukraine?'

  it('answers publicly with cited passages and a More button', async () => {
    const payload = asMember(fake.chatInput('ask', { question }))
    const [callback] = await send(payload)
    expect(callback).toMatchObject({ method: 'POST', path: `/api/v10/interactions/${payload.id}/${payload.token}/callback` })
    const { type, data } = callbackBody(callback!)
    expect(type).toBe(4)
    const answerId = answerIdOf(data)
    expect(answerId).toMatch(/^[\w-]{8}$/)
    const want = await expected('ask', { question }, payload, { answerId })
    expect(data).toEqual(wireData(want))
    expect(data.flags).toBeUndefined()
    expect(data.embeds[0]!.title).toBe('The closest the coverage comes')
    expect(data.embeds[0]!.description).toContain('**The coverage may not answer this directly.**')
    expect(data.components[0]!.components.map((b) => b.custom_id)).toEqual([`ask:more:${answerId}:3`])
    await expectNoMoreResponses(payload, 1)
  })

  it('answers a question a passage plainly answers as what the coverage says', async () => {
    const plain = 'When did Bloomberg report on the package?'
    const payload = asMember(fake.chatInput('ask', { question: plain }))
    const [callback] = await send(payload)
    const { data } = callbackBody(callback!)
    expect(data).toEqual(wireData(await expected('ask', { question: plain }, payload, { answerId: answerIdOf(data) })))
    expect(data.embeds[0]!.title).toBe('What the coverage says')
    expect(data.embeds[0]!.description).toContain('Bloomberg reported on Aug. 19')
    await expectNoMoreResponses(payload, 1)
  })

  it('answers privately, then More pages in place and Share posts publicly', async () => {
    const user = snowflake()
    const payload = asMember(fake.chatInput('ask', { question, private: true }), user)
    const [callback] = await send(payload)
    const first = callbackBody(callback!).data
    const answerId = answerIdOf(first)!
    expect(first).toEqual(wireData(await expected('ask', { question, private: true }, payload, { answerId, ephemeral: true })))
    expect(first.flags).toBe(64)
    expect(first.components[0]!.components.map((b) => b.custom_id)).toEqual([
      `ask:more:${answerId}:3`,
      `ask:share:${answerId}:0`,
    ])

    const more = asMember(fake.buttonClick(`ask:more:${answerId}:3`, messageFrom(first)), user)
    const [moreCallback] = await send(more)
    const page2 = callbackBody(moreCallback!)
    expect(page2.type).toBe(7)
    const want2 = await expected('ask', { question, private: true, offset: 3 }, more, { answerId, ephemeral: true })
    // An update cannot change flags, so none are sent.
    expect(page2.data).toEqual({ ...wireData(want2), flags: undefined })
    expect(page2.data.embeds[0]!.footer!.text).toMatch(/^Passages? 4/)

    // The message, updated in place, is still the private one (an update keeps its flags).
    const privatePage2 = messageFrom({ ...page2.data, flags: 64 })
    const share = asMember(fake.buttonClick(`ask:share:${answerId}:3`, privatePage2), user)
    const [shareCallback] = await send(share)
    const shared = callbackBody(shareCallback!)
    expect(shared.type).toBe(4)
    expect(shared.data).toEqual(wireData(await expected('ask', { question, offset: 3 }, share, { answerId })))
    expect(shared.data.flags).toBeUndefined()
    expect(shared.data.embeds).toEqual(page2.data.embeds)
    await expectNoMoreResponses(share, 1)

    // Paging the public copy keeps it public: no Share button appears on a message the channel sees.
    const publicMore = asMember(fake.buttonClick(`ask:more:${answerId}:3`, messageFrom(shared.data)), user)
    const publicPage = callbackBody((await send(publicMore))[0]!)
    expect(publicPage.type).toBe(7)
    expect(publicPage.data.components[0]!.components.map((b) => b.custom_id)).not.toContain(`ask:share:${answerId}:3`)

    // Only the asker shares, and only from their private answer: each share is a public message.
    for (const [clicker, message, notice] of [
      [snowflake(), privatePage2, 'Only the member who asked can share this answer.'],
      [user, messageFrom(shared.data), 'This answer is already in the channel.'],
    ] as const) {
      const forged = asMember(fake.buttonClick(`ask:share:${answerId}:0`, message), clicker)
      const body = callbackBody((await send(forged))[0]!)
      expect(body.data.flags).toBe(64)
      expect(body.data.embeds[0]!.description).toBe(notice)
    }

    // A page past the end says so, not that the coverage does not answer.
    const pastEnd = asMember(fake.buttonClick(`ask:more:${answerId}:999999`, privatePage2), user)
    const past = callbackBody((await send(pastEnd))[0]!)
    expect(past.data.flags).toBe(64)
    expect(past.data.embeds[0]!.description).toBe('There are no more passages for this question.')
  })

  it("shows the next passages privately to someone paging another member's public answer", async () => {
    const payload = asMember(fake.chatInput('ask', { question }))
    const [callback] = await send(payload)
    const data = callbackBody(callback!).data
    const answerId = answerIdOf(data)!
    const click = asMember(fake.buttonClick(`ask:more:${answerId}:3`, messageFrom(data)))
    const [reply] = await send(click)
    const body = callbackBody(reply!)
    expect(body.type).toBe(4)
    expect(body.data).toEqual(wireData(await expected('ask', { question, offset: 3 }, click, { answerId, ephemeral: true })))
  })

  it.each([
    ['ask:more:gone1234:3', 'This answer has expired. Please ask again with /ask.'],
    ['poll:vote:1', 'This button no longer works. Please run the command again.'],
  ])('says politely when a button (%s) has expired', async (customId, message) => {
    const click = asMember(fake.buttonClick(customId, fake.message({ flags: 64 })))
    const [reply] = await send(click)
    expect(callbackBody(reply!)).toEqual({
      type: 4,
      data: wireData(renderDiscordReply({ kind: 'notice', tone: 'error', message }, { ephemeral: true })),
    })
  })

  it('says plainly when the coverage does not answer', async () => {
    const payload = asMember(fake.chatInput('ask', { question: 'Who won the 2022 football World Cup?' }))
    const [callback] = await send(payload)
    const { type, data } = callbackBody(callback!)
    expect(type).toBe(4)
    expect(data).toEqual(wireData(await expected('ask', { question: 'Who won the 2022 football World Cup?' }, payload, {})))
    expect(data.embeds[0]!.title).toBe('The coverage does not say')
    expect(data.components).toEqual([])
  })
})

describe('the other commands', () => {
  it.each([
    ['leader', { name: 'Zelensky' }],
    ['excerpt', { query: 'boots on the ground' }],
    ['sources', {}],
    ['help', {}],
  ])('/%s replies with exactly its rendered reply', async (name, options) => {
    const payload = asMember(fake.chatInput(name, options))
    const [callback] = await send(payload)
    const command = findCommand(name)!
    const ephemeral = command.visibility(options) === 'ephemeral'
    const { type, data } = callbackBody(callback!)
    expect(type).toBe(4)
    expect(data).toEqual(wireData(await expected(name, options, payload, { ephemeral })))
    expect(data.allowed_mentions).toEqual({ parse: [] })
    await expectNoMoreResponses(payload, 1)
  })

  it('turns a UserFacingError into an ephemeral notice', async () => {
    const payload = asMember(fake.chatInput('leader', { name: '!!!' }))
    const [callback] = await send(payload)
    const { type, data } = callbackBody(callback!)
    expect(type).toBe(4)
    expect(data.flags).toBe(64)
    expect(data.embeds[0]!.color).toBe(0xed4245)
    let message = ''
    try {
      await findCommand('leader')!.run({ name: '!!!' }, contextFor(payload))
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).not.toBe('')
    expect(data).toEqual(wireData(renderDiscordReply({ kind: 'notice', tone: 'error', message }, { ephemeral: true })))
  })

  it('autocompletes leader names (type 8), at most 25', async () => {
    const payload = asMember(fake.autocomplete('leader', 'name', 'ze'))
    const [callback] = await send(payload)
    const choices = findCommand('leader')!.autocomplete!('name', 'ze', contextFor(payload)).slice(0, 25)
    expect(choices.length).toBeGreaterThan(0)
    expect(callbackBody(callback!)).toEqual({ type: 8, data: { choices } })
  })

  it('runs "Find coverage" on the target message, privately', async () => {
    const content = 'Apparently the US will put boots on the ground in Ukraine?'
    const payload = asMember(fake.messageCommand('Find coverage', content))
    const [callback] = await send(payload)
    const { type, data } = callbackBody(callback!)
    expect(type).toBe(4)
    expect(data.flags).toBe(64)
    const answerId = answerIdOf(data)
    expect(data).toEqual(wireData(await expected('Find coverage', { message: content }, payload, { ephemeral: true, answerId })))
  })
})

describe('the error boundary and timing', () => {
  it('answers an unexpected error with a short ephemeral apology and logs it without the token', async () => {
    const payload = asMember(fake.chatInput('boom'))
    const [callback] = await send(payload)
    expect(callbackBody(callback!)).toEqual({
      type: 4,
      data: wireData(
        renderDiscordReply(
          { kind: 'notice', tone: 'error', message: 'Sorry, something went wrong on my side. Please try again in a moment.' },
          { ephemeral: true },
        ),
      ),
    })
    const failure = await fake.waitFor(() => logLines.find((l) => l.interactionId === payload.id && l.level === 50))
    expect(failure).toMatchObject({ command: 'boom', msg: 'interaction failed', error: { type: 'Error', message: 'kaboom' } })
  })

  it('defers a slow command, then edits the reply; a slow failure edits in the apology', async () => {
    const fine = asMember(fake.chatInput('slow'))
    const failing = asMember(fake.chatInput('slowboom'))
    fake.sendInteraction(fine)
    fake.sendInteraction(failing)
    const [fineDefer, fineEdit] = await fake.responsesTo(fine, 2)
    const [failDefer, failEdit] = await fake.responsesTo(failing, 2)

    expect(fineDefer!.body).toEqual({ type: 5, data: { flags: 0 } })
    expect(fineEdit).toMatchObject({ method: 'PATCH', path: `/api/v10/webhooks/${fake.applicationId}/${fine.token}/messages/@original` })
    const done = renderDiscordReply({ kind: 'notice', tone: 'info', message: 'done' })
    expect(fineEdit!.body).toEqual(wireData(done))

    expect(failDefer!.body).toEqual({ type: 5, data: { flags: 64 } })
    expect(failEdit!.method).toBe('PATCH')
    expect((failEdit!.body as DiscordMessage).embeds[0]!.description).toBe(
      'Sorry, something went wrong on my side. Please try again in a moment.',
    )
    await expectNoMoreResponses(fine, 2)
    await expectNoMoreResponses(failing, 2)
  }, 10_000)

  it('keeps running after Discord rejects a reply (10062 Unknown interaction)', async () => {
    const payload = asMember(fake.chatInput('help'))
    fake.overrideNext({ method: 'POST', path: `/${payload.token}/callback` }, { status: 404, body: { message: 'Unknown interaction', code: 10062 } })
    fake.sendInteraction(payload)
    // The reply fails and the interaction is gone: logged, no apology attempted, no crash.
    await fake.waitFor(() => logLines.find((l) => l.interactionId === payload.id && l.msg === 'interaction'))
    expect(fake.requests.filter((r) => r.path.includes(`/${payload.token}`))).toHaveLength(1)
    const next = asMember(fake.chatInput('help'))
    const [callback] = await send(next)
    expect(callbackBody(callback!).type).toBe(4)
  })

  it('lets a member run five commands at once, autocomplete and buttons free, then asks them to wait', async () => {
    const user = snowflake()
    // What the flat 3 s cooldown refused: a question, then /leader straight after.
    const first = callbackBody((await send(asMember(fake.chatInput('ask', { question: 'Who will send troops to Ukraine?' }), user)))[0]!)
    expect(first.data.embeds[0]!.description).not.toMatch(/^Please wait/)
    const second = callbackBody((await send(asMember(fake.chatInput('leader', { name: 'Zelensky' }), user)))[0]!)
    expect(second.data.embeds[0]!.title).toBe('Volodymyr Zelensky')
    // Autocomplete and a button click take no token.
    for (let i = 0; i < 6; i++) expect(callbackBody((await send(asMember(fake.autocomplete('leader', 'name', 'ze'), user)))[0]!).type).toBe(8)
    const answerId = answerIdOf(first.data)!
    const more = callbackBody((await send(asMember(fake.buttonClick(`ask:more:${answerId}:3`, messageFrom(first.data)), user)))[0]!)
    expect(more.type).toBe(7)
    for (let i = 0; i < 3; i++) {
      const { data } = callbackBody((await send(asMember(fake.chatInput('help'), user)))[0]!)
      expect(data.embeds[0]!.title).toBe('How to use coverage-bot')
    }
    const sixth = asMember(fake.chatInput('help'), user)
    const { type, data } = callbackBody((await send(sixth))[0]!)
    expect(type).toBe(4)
    expect(data.flags).toBe(64)
    expect(data.embeds[0]!.description).toMatch(/^Please wait (29|30) more seconds before your next question\.$/)
    // A share is a new public message, like a command: with no token left, it waits too.
    const share = asMember(fake.buttonClick(`ask:share:${answerIdOf(first.data)}:0`, messageFrom({ ...first.data, flags: 64 })), user)
    expect(callbackBody((await send(share))[0]!).data.embeds[0]!.description).toMatch(/^Please wait \d+ more seconds? before your next question\.$/)
    // Another member is not held up by this one.
    expect(callbackBody((await send(asMember(fake.chatInput('help'))))[0]!).data.embeds[0]!.title).toBe('How to use coverage-bot')
  })

  it('logs every interaction with id, command, user, latency and outcome, and never a token', async () => {
    const payload = asMember(fake.chatInput('sources'))
    await send(payload)
    const line = await fake.waitFor(() => logLines.find((l) => l.interactionId === payload.id && l.msg === 'interaction'))
    expect(line).toMatchObject({ command: 'sources', userId: userOf(payload), outcome: 'replied' })
    expect(typeof line.latencyMs).toBe('number')
    const tokens = fake.requests.map((r) => /\/(tok-[0-9a-f]+)/.exec(r.path)?.[1]).filter(Boolean)
    expect(tokens.length).toBeGreaterThan(10)
    const allLogs = JSON.stringify(logLines)
    for (const token of tokens) expect(allLogs).not.toContain(token)
    expect(allLogs).not.toContain(TOKEN)
  })
})

describe('interactions the commands do not expect', () => {
  it('an option of another type than the command defines (a registration Discord still shows from an older version) asks to run it again', async () => {
    const payload = asMember(fake.chatInput('ask', { question: 'Who will send troops?', since: 5 }))
    const body = callbackBody((await send(payload))[0]!)
    expect(body.data.flags).toBe(64)
    expect(body.data.embeds[0]!.description).toBe('This command has changed since Discord last showed it to you. Please run it again.')
  })

  it('autocomplete with no option marked focused answers with no choices, and is no error', async () => {
    const payload = asMember(fake.autocomplete('leader', 'name', 'ze'))
    ;(payload.data as { options: { focused?: boolean }[] }).options[0]!.focused = false
    expect(callbackBody((await send(payload))[0]!)).toEqual({ type: 8, data: { choices: [] } })
    const line = await fake.waitFor(() => logLines.find((l) => l.interactionId === payload.id && l.msg === 'interaction'))
    expect(line.outcome).toBe('autocomplete')
  })

  it('a select menu and a user context menu, which the bot never sends, are still answered', async () => {
    const { data } = callbackBody((await send(asMember(fake.chatInput('ask', { question: 'Who will send troops to Ukraine?' }))))[0]!)
    const click = asMember(fake.buttonClick(`ask:more:${answerIdOf(data)}:3`, messageFrom(data)))
    const select = { ...click, data: { custom_id: (click.data as { custom_id: string }).custom_id, component_type: 3, values: ['x'] } }
    const user = asMember(fake.interaction(2, { id: snowflake(), name: 'Find coverage', type: 2, target_id: fake.member.user.id, resolved: { users: { [fake.member.user.id]: fake.member.user } } }))
    for (const [payload, notice] of [
      [select, 'This button no longer works. Please run the command again.'],
      [user, "I don't know the command “Find coverage”. Try /help."],
    ] as const) {
      const body = callbackBody((await send(payload))[0]!)
      expect([body.type, body.data.flags, body.data.embeds[0]!.description]).toEqual([4, 64, notice])
    }
  })
})

describe('the gateway connection', () => {
  it('resumes after the socket closes with 4000, and keeps answering', async () => {
    const resumesBefore = fake.gatewayReceived.filter((p) => p.op === 6).length
    fake.closeGateway(4000)
    const resume = await fake.waitFor(() => fake.gatewayReceived.filter((p) => p.op === 6)[resumesBefore], 5000, 'RESUME')
    expect(resume.d).toMatchObject({ token: TOKEN, seq: expect.any(Number), session_id: expect.any(String) })
    const payload = asMember(fake.chatInput('help'))
    const [callback] = await send(payload)
    expect(callbackBody(callback!).type).toBe(4)
  })
})
