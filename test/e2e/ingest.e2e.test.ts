// Issue #14 end to end: /compare and /add through the real discord.js client, against the
// Discord-compatible server (fakeDiscord.ts) and the local news site (newsServer.ts), over a
// corpus folder of four outlets that /add writes into. Asserts the exact payloads.
import { cp, mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CommandContext } from '../../commands/command.ts'
import { findCommand } from '../../commands/index.ts'
import { Coverage } from '../../src/coverage.ts'
import { startBot, type RunningBot } from '../../src/discord/client.ts'
import { openIngest, type Ingest } from '../../src/ingest/index.ts'
import { createLogger } from '../../src/log.ts'
import { colors, renderDiscordReply, type DiscordMessage } from '../../src/render/discord.ts'
import { NewsServer } from '../helpers/newsServer.ts'
import { wireData } from '../helpers/wireData.ts'
import { FakeDiscord, snowflake, type InteractionPayload, type RecordedRequest } from './fakeDiscord.ts'

const OUTLETS = path.resolve(import.meta.dirname, '../fixtures/outlets')
const TOKEN = 'fake-token-ingest'
/** VIEW_CHANNEL | SEND_MESSAGES | USE_APPLICATION_COMMANDS | MANAGE_GUILD */
const MANAGER_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 31n) | (1n << 5n))

let fake: FakeDiscord
let site: NewsServer
let bot: RunningBot
let coverage: Coverage
let ingest: Ingest
let corpus: string

beforeAll(async () => {
  fake = await FakeDiscord.start()
  site = await NewsServer.start()
  corpus = await mkdtemp(path.join(tmpdir(), 'cb-e2e-ingest-'))
  await cp(OUTLETS, corpus, { recursive: true })
  coverage = await Coverage.load(corpus)
  const config = { corpusDir: corpus, dataDir: await mkdtemp(path.join(tmpdir(), 'cb-e2e-data-')), feedsFile: path.join(corpus, 'no-feeds.txt'), feedIntervalMinutes: 30, allowPrivateUrls: true }
  ingest = await openIngest(config, { coverage })
  // Start the extraction worker now: its cold start (1–1.6 s on a busy machine) would otherwise
  // fall on the first /add below and sometimes pass the 1.5 s defer point that test does not expect.
  expect(await ingest.add(site.url('/harbour/news'))).toMatchObject({ status: 'skipped', code: 'NOT_ARTICLE' })
  bot = await startBot({
    config: { discordToken: TOKEN, discordApiUrl: fake.apiUrl, rateLimitBurst: 0, rateLimitPerSeconds: 3 },
    coverage,
    logger: createLogger('silent'),
    ingest,
  })
})

afterAll(async () => {
  await bot?.stop()
  await ingest?.close()
  await site?.close()
  await fake?.close()
})

function asMember(payload: InteractionPayload, permissions?: string): InteractionPayload {
  const member = fake.member
  return { ...payload, member: { ...member, user: { ...member.user, id: snowflake() }, ...(permissions ? { permissions } : {}) } }
}

const callbackBody = (request: RecordedRequest) => request.body as { type: number; data: Record<string, unknown> & DiscordMessage }

async function send(payload: InteractionPayload, responses = 1, timeoutMs = 5000): Promise<RecordedRequest[]> {
  fake.sendInteraction(payload)
  return fake.responsesTo(payload, responses, timeoutMs)
}

describe('/compare', () => {
  it('answers publicly with one inline field per outlet, newest first, and the outlets that do not report it', async () => {
    const question = 'When will talks resume?'
    const payload = asMember(fake.chatInput('compare', { question }))
    const [callback] = await send(payload)
    const { type, data } = callbackBody(callback!)
    expect(type).toBe(4)
    const context: CommandContext = { coverage, userId: 'x', canManageServer: false }
    expect(data).toEqual(wireData(renderDiscordReply(await findCommand('compare')!.run({ question }, context))))
    expect(data.embeds[0]!.title).toBe('How the coverage reports it: 2 outlets')
    expect(data.embeds[0]!.description).toBe('**Q:** When will talks resume?\n\n**Not reported by:** Harbour Times, Weather Weekly')
    expect(data.embeds[0]!.fields!.map((f) => [f.name, f.inline])).toEqual([
      ['Daily Ledger · 21 Aug 2025', true],
      ['Coastal Post · 19 Aug 2025', true],
    ])
    expect(data.flags).toBeUndefined()
  })

  it('with since: only the outlets that reported it since then', async () => {
    // All four outlets' articles report what the union said; since the 20th only Daily Ledger's.
    const question = 'What did the union say about the strike?'
    expect(coverage.compare(question).entries.length).toBeGreaterThan(1)
    const payload = asMember(fake.chatInput('compare', { question, since: '2025-08-20' }))
    const { data } = callbackBody((await send(payload))[0]!)
    expect(data.embeds[0]!.title).toBe('How the coverage reports it: 1 outlet')
    expect(data.embeds[0]!.fields!.map((f) => f.name)).toEqual(['Daily Ledger · 21 Aug 2025'])
    // Only Daily Ledger has published since then, so no other outlet is said not to report it.
    expect(data.embeds[0]!.fields![0]!.value).toContain('The union\'s leader, Marco Dellis, said the strike would continue into next week.')
    expect(data.embeds[0]!.description).toBe(`**Q:** ${question} · *since 20 Aug 2025*`)
    expect(data.embeds[0]!.color).toBe(colors.answer)
  })
})

describe('/ask since:', () => {
  it('searches only the articles published since then, and its More button pages through the same coverage', async () => {
    // The outlets' one-sentence paragraphs share passages, so the two articles since the 19th have
    // three passages, one page: since the 18th (that day included) there are five, two pages.
    const question = "What is being said about Valmora's port?"
    const user = snowflake()
    const payload = { ...asMember(fake.chatInput('ask', { question, since: '2025-08-18' })), member: { ...fake.member, user: { ...fake.member.user, id: user } } }
    const { data } = callbackBody((await send(payload))[0]!)
    expect(data.embeds[0]!.description).toMatch(/^\*\*Q:\*\* What is being said about Valmora's port\? · \*since 18 Aug 2025\*/)
    expect(data.embeds[0]!.footer!.text).toBe('Passages 1–3 of 5 · quoted verbatim from the coverage')
    const moreId = (data.components[0]!.components[0] as { custom_id: string }).custom_id
    const message = fake.message({ embeds: data.embeds, components: data.components, flags: 0, webhook_id: fake.applicationId, application_id: fake.applicationId })
    const click = { ...fake.buttonClick(moreId, message), member: { ...fake.member, user: { ...fake.member.user, id: user } } }
    const page2 = callbackBody((await send(click))[0]!).data
    expect(page2.embeds[0]!.footer!.text).toBe('Passages 4–5 of 5 · quoted verbatim from the coverage')
    expect(page2.embeds[0]!.description).toContain('· *since 18 Aug 2025*')
    // Nothing from the Weather Weekly, published on the 10th, nor from the undated notes: without
    // since: both are quoted, the notes on the first page.
    expect(JSON.stringify([data.embeds, page2.embeds])).not.toContain('Weather Weekly')
    expect(JSON.stringify([data.embeds, page2.embeds])).not.toContain('notes-without-header')
    const all = callbackBody((await send(asMember(fake.chatInput('ask', { question }))))[0]!).data
    expect(all.embeds[0]!.footer!.text).toBe('Passages 1–3 of 7 · quoted verbatim from the coverage')
    expect(all.embeds[0]!.fields![0]!.value).toContain('(notes-without-header.txt)')
  })
})

describe('/add', () => {
  it('refuses a member who cannot manage the server, privately, and fetches nothing', async () => {
    const before = site.requests.length
    const payload = asMember(fake.chatInput('add', { url: site.url('/gazette/cafe-owners') }))
    const { data } = callbackBody((await send(payload))[0]!)
    expect(data).toEqual(
      wireData(renderDiscordReply({ kind: 'notice', tone: 'error', message: 'Only members who can manage this server can add articles to the coverage.' }, { ephemeral: true })),
    )
    expect(site.requests.length).toBe(before)
  })

  it('adds an article: the reply shows title, outlet, date and passages; the file is written and answers come from it at once', async () => {
    const url = site.url('/gazette/cafe-owners')
    const payload = asMember(fake.chatInput('add', { url }), MANAGER_PERMISSIONS)
    const { type, data } = callbackBody((await send(payload))[0]!)
    expect(type).toBe(4)
    const file = 'ostrin-gazette-2025-08-20-cafe-owners-on-the-quay-count-the-cost.txt'
    expect(data).toEqual(
      wireData({
        embeds: [
          {
            title: 'Added to the coverage',
            description: [
              `[Café owners on the quay count the cost](${url}) — Ostrin Gazette, 20 Aug 2025`,
              // Three one-sentence paragraphs: the first two share a passage, quoted on one line.
              `2 passages · saved as ${file}`,
              '> The cafés along Valmora’s quay say takings have fallen by half since the dockers’ strike began — “the worst week since the storms,” one owner said. Renée Laurent, who runs the Café du Port, said she had sold £300 of coffee on Tuesday, against £650 on a normal day.',
              '> Fishermen’s wives & daughters who sell the morning catch at the quay said trade there was steady, because the fish market does not depend on the container terminal.',
            ].join('\n'),
            color: 0x3b82f6,
            footer: { text: 'Text extracted from the page' },
          },
        ],
        components: [],
        allowed_mentions: { parse: [] },
        flags: 64,
      }),
    )
    expect((await readdir(corpus)).filter((f) => f.startsWith('ostrin'))).toEqual([file])
    // In the coverage now: the next question is answered from it.
    const ask = asMember(fake.chatInput('ask', { question: 'How much coffee did Renée Laurent sell on Tuesday?' }))
    const answer = callbackBody((await send(ask))[0]!).data
    expect(answer.embeds[0]!.description).toContain('she had sold £300 of coffee on Tuesday')
    expect(answer.embeds[0]!.fields![0]!.value).toContain(`[1] [Café owners on the quay count the cost](${url}) — Ostrin Gazette, 20 Aug 2025`)
  })

  it.each([
    ['a 404', '/gone', 'Not added', 'Not added: The server answered HTTP 404 Not Found.'],
    ['a PDF', '/files/report.pdf', 'Not added', 'Not added: It is not a web page (application/pdf).'],
    ['a section front', '/harbour/news', 'Not added', 'Not added: It is not an article: no article text was found on the page.'],
    ['a page already in the coverage (its canonical URL)', '/harbour/2025/08/18/valmora-dockers-walk-out', 'Already in the coverage', 'It is already in the coverage as harbour-times-2025-08-18-valmora-dockers-walk-out.txt.'],
  ])('says exactly why %s was not added', async (_name, pathname, title, why) => {
    const url = site.url(pathname)
    const files = await readdir(corpus)
    const payload = asMember(fake.chatInput('add', { url }), MANAGER_PERMISSIONS)
    const { data } = callbackBody((await send(payload))[0]!)
    expect(data.embeds).toEqual([
      { title, description: `${url.replace('://', ':\u200b//')}\n\n${why}`, color: title === 'Not added' ? 0x99aab5 : 0x5865f2 },
    ])
    expect(data.flags).toBe(64)
    expect(data.allowed_mentions).toEqual({ parse: [] })
    expect(await readdir(corpus)).toEqual(files)
  })

  it('a slow page: the bot defers within Discord’s 3 s, then edits in the outcome', async () => {
    const payload = asMember(fake.chatInput('add', { url: site.url('/slow') }), MANAGER_PERMISSIONS)
    const [defer, edit] = await send(payload, 2, 10_000)
    expect(defer!.body).toEqual({ type: 5, data: { flags: 64 } })
    expect(defer!.at - fake.sentAt(payload)!).toBeLessThan(3000)
    expect(edit).toMatchObject({ method: 'PATCH', path: `/api/v10/webhooks/${fake.applicationId}/${payload.token}/messages/@original` })
    // The slow page is the dockers story, whose canonical URL the coverage already has.
    expect((edit!.body as DiscordMessage).embeds[0]!.title).toBe('Already in the coverage')
  }, 15_000)
})
