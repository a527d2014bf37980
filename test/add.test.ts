// Issue #14 item 3 from the command line and the console: `coverage-bot add <url> [--json]`,
// `/add` and `/compare` typed in the console, and the configuration they read.
import { cp, mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../src/cli.ts'
import { readConfig } from '../src/config.ts'
import { parseConsoleLine, startConsole } from '../src/console.ts'
import { Coverage } from '../src/coverage.ts'
import { discordLimits } from '../src/discordLimits.ts'
import { openIngest } from '../src/ingest/index.ts'
import { embedsLength, renderDiscordReply } from '../src/render/discord.ts'
import { NewsServer } from './helpers/newsServer.ts'

const OUTLETS = path.resolve(import.meta.dirname, 'fixtures/outlets')
let site: NewsServer
beforeAll(async () => {
  site = await NewsServer.start()
})
afterAll(async () => {
  await site?.close()
})

const tempDir = (name: string) => mkdtemp(path.join(tmpdir(), `cb-${name}-`))

async function cliEnv() {
  const corpus = await tempDir('add-corpus')
  await cp(OUTLETS, corpus, { recursive: true })
  return { corpus, env: { CORPUS_DIR: corpus, CACHE_DIR: await tempDir('add-cache'), DATA_DIR: await tempDir('add-data'), ALLOW_PRIVATE_URLS: '1' } }
}

describe('coverage-bot add', () => {
  it('--json: what was added, and the file is in the corpus folder', async () => {
    const { corpus, env } = await cliEnv()
    const { code, stdout, stderr } = await runCli(['add', site.url('/ledger/2025/08/21/valmora-talks'), '--json'], env)
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    // The corpus has this story by hand already, without a URL: the page's text differs, so it is added.
    expect(JSON.parse(stdout)).toEqual({
      added: true,
      file: 'daily-ledger-2025-08-21-valmora-port-talks-break-down.txt',
      title: 'Valmora port talks break down',
      outlet: 'Daily Ledger',
      url: 'https://dailyledger.example/2025/08/21/valmora-talks',
      published: '2025-08-21T16:00:00.000Z',
      method: 'json-ld',
      // Its first paragraph is one sentence: it shares a passage with the next, joined as in the body.
      passages: [
        "Talks between the union and the port authority broke down on Thursday after the authority refused to pay a night-shift bonus.\n\nThe union's leader, Marco Dellis, said the strike would continue into next week & that members would vote on Monday.",
        'The authority said its offer of a 4% rise from January “remains on the table”.',
      ],
    })
    expect(await readdir(corpus)).toContain('daily-ledger-2025-08-21-valmora-port-talks-break-down.txt')
    // A second time: already in the coverage (its canonical URL is now in a header).
    const again = await runCli(['add', site.url('/ledger/2025/08/21/valmora-talks'), '--json'], env)
    expect(JSON.parse(again.stdout)).toEqual({
      added: false,
      code: 'DUPLICATE',
      reason: 'it is already in the coverage as daily-ledger-2025-08-21-valmora-port-talks-break-down.txt',
      url: site.url('/ledger/2025/08/21/valmora-talks'),
      existing: 'daily-ledger-2025-08-21-valmora-port-talks-break-down.txt',
    })
  })

  it('without --json, what a person reads; refusals say why', async () => {
    const { env } = await cliEnv()
    const added = await runCli(['add', site.url('/gazette/muller')], env)
    // The page gives no date: the file is named from the day it was fetched, and no date is shown.
    // Three paragraphs of one sentence each: the first two share a passage, quoted on one line.
    expect(added.stdout.split('\n')[1]).toMatch(/^ {2}saved as ostrin-gazette-\d{4}-\d{2}-\d{2}-muller-says-the-strike-costs-ostrin-too\.txt · 2 passages$/)
    expect(added.stdout.split('\n').filter((_, i) => i !== 1).slice(0, 3)).toEqual([
      `Added: Müller says the strike costs Ostrin too — Ostrin Gazette (${site.url('/gazette/muller')})`,
      '',
      "  “Ostrin's harbour master, Jürgen Müller, said on Wednesday that ships diverted from Valmora were now queueing outside Ostrin as well. «We have room for four more ships, not fourteen,» he said, adding that the pilots' association had asked for extra crews.”",
    ])
    const gone = await runCli(['add', site.url('/gone')], env)
    expect(gone).toEqual({ code: 0, stdout: `Not added: the server answered HTTP 404 Not Found.\n  ${site.url('/gone')}`, stderr: '' })
  })

  it('refuses a loopback address unless ALLOW_PRIVATE_URLS=1, and a link that is not http(s)', async () => {
    const { env } = await cliEnv()
    const strict = await runCli(['add', site.url('/gazette/muller'), '--json'], { ...env, ALLOW_PRIVATE_URLS: '0' })
    expect(JSON.parse(strict.stdout)).toEqual({ added: false, code: 'PRIVATE_ADDRESS', reason: '127.0.0.1 is a private or local address', url: site.url('/gazette/muller') })
    const ftp = await runCli(['add', 'ftp://files.example/a.txt', '--json'], env)
    expect(JSON.parse(ftp.stdout)).toMatchObject({ added: false, code: 'BAD_URL', reason: 'only http and https links can be added, not ftp' })
  })

  it('adds the first article of an empty folder; a folder that does not exist is a clear error', async () => {
    const corpus = await tempDir('add-empty')
    const env = { CORPUS_DIR: corpus, CACHE_DIR: await tempDir('add-cache'), DATA_DIR: await tempDir('add-data'), ALLOW_PRIVATE_URLS: '1' }
    expect(JSON.parse((await runCli(['add', site.url('/coastal/amp/ships-wait-at-valmora'), '--json'], env)).stdout)).toMatchObject({ added: true })
    expect(await readdir(corpus)).toEqual(['coastal-post-2025-08-19-ships-wait-at-valmora-as-strike-enters-second-day.txt'])
    const missing = await runCli(['add', site.url('/gone'), '--json'], { ...env, CORPUS_DIR: path.join(corpus, 'nope') })
    expect(missing.code).toBe(2)
    expect(JSON.parse(missing.stdout)).toEqual({ error: { code: 'EMPTY_CORPUS', message: `The corpus folder ${path.join(corpus, 'nope')} does not exist.` } })
  })

  it('usage: add needs a link, --since only for ask and compare', async () => {
    expect((await runCli(['add'], {})).stderr).toMatch(/^add needs a link\./)
    expect((await runCli(['sources', '--since', '7d'], {})).stderr).toMatch(/^--since applies to ask and compare\./)
  })
})

describe('the console', () => {
  it('parses /add with its link whole and /compare with since', () => {
    expect(parseConsoleLine('/add https://example.com/news/a?x=1')).toEqual({ name: 'add', options: { url: 'https://example.com/news/a?x=1' } })
    expect(parseConsoleLine('/compare When will talks resume? since:7d')).toEqual({ name: 'compare', options: { question: 'When will talks resume?', since: '7d' } })
    // A question with a colon in it stays a question.
    expect(parseConsoleLine('/ask What did the 3:2 vote decide?')).toEqual({ name: 'ask', options: { question: 'What did the 3:2 vote decide?' } })
  })

  it('adds a link with /add and compares with /compare', async () => {
    const corpus = await tempDir('console-corpus')
    await cp(OUTLETS, corpus, { recursive: true })
    const coverage = await Coverage.load(corpus)
    const ingest = await openIngest({ corpusDir: corpus, dataDir: await tempDir('console-data'), feedsFile: path.join(corpus, 'none.txt'), feedIntervalMinutes: 30, allowPrivateUrls: true }, { coverage })
    const input = new PassThrough()
    const output = new PassThrough()
    let printed = ''
    output.on('data', (chunk) => (printed += chunk))
    const { closed } = startConsole({ coverage, input, output, ingest })
    input.write(`/add ${site.url('/gazette/cafe-owners')}\n`)
    input.write('/compare How much coffee did Renée Laurent sell on Tuesday?\n')
    input.end()
    await closed
    const lines = printed.split('\n')
    expect(lines[0]).toBe(`Added: Café owners on the quay count the cost — Ostrin Gazette, 20 Aug 2025 (${site.url('/gazette/cafe-owners')})`)
    const compared = lines.indexOf('How the coverage reports “How much coffee did Renée Laurent sell on Tuesday?”: the best passage from each outlet, newest first')
    expect(compared).toBeGreaterThan(0)
    // The article's one-sentence lead and the paragraph that answers are one passage, quoted on one line.
    expect(lines.slice(compared + 2, compared + 4)).toEqual([
      '[1] Ostrin Gazette · 20 Aug 2025',
      '    “The cafés along Valmora’s quay say takings have fallen by half since the dockers’ strike began — “the worst week since the storms,” one owner said. Renée Laurent, who runs the Café du Port, said she had sold £300 of coffee on Tuesday, against £650 on a normal day.”',
    ])
    expect(lines).toContain('Not reported by: Coastal Post, Daily Ledger, Harbour Times, Weather Weekly')
  })
})

describe('configuration', () => {
  it('reads the feed and link settings, with defaults', () => {
    const config = readConfig({ FEEDS_FILE: '/tmp/f.txt', FEED_INTERVAL_MINUTES: '15', DATA_DIR: '/tmp/d', ALLOW_PRIVATE_URLS: '1' })
    expect(config).toMatchObject({ feedsFile: '/tmp/f.txt', feedIntervalMinutes: 15, dataDir: '/tmp/d', allowPrivateUrls: true })
    const defaults = readConfig({})
    expect(defaults).toMatchObject({ feedIntervalMinutes: 30, allowPrivateUrls: false })
    expect(path.basename(defaults.feedsFile)).toBe('feeds.txt')
    expect(path.basename(defaults.dataDir)).toBe('.data')
  })

  it('names every bad value', () => {
    expect(() => readConfig({ FEED_INTERVAL_MINUTES: '0', ALLOW_PRIVATE_URLS: 'yes' })).toThrow(
      'Invalid configuration:\n  - FEED_INTERVAL_MINUTES must be a number of minutes from 1 to 1440, got "0"\n  - ALLOW_PRIVATE_URLS must be 1 or 0, got "yes"',
    )
  })
})

describe('/add with bad input', () => {
  it.each([
    ['empty', '', 'Please type a url, for example “https://example.com/news/story”.'],
    ['too long', `https://x.example/${'a'.repeat(2000)}`, 'That url is 2018 characters long; please keep it to 2000 or fewer.'],
  ])('%s: a notice saying what is wrong', async (_name, url, message) => {
    const add = (await import('../commands/add.ts')).default
    const coverage = await Coverage.load(OUTLETS)
    const ingest = { add: async () => { throw new Error('must not be reached') } }
    await expect(Promise.resolve().then(() => add.run({ url }, { coverage, userId: 'x', canManageServer: true, ingest }))).rejects.toThrow(message)
  })

  it.each([
    ['words, not a link', 'troops in ukraine', 'that is not a link (it should start with https://)'],
    ['control characters and a mention', 'https://x.example/\u0000a @everyone', undefined],
    ['javascript:', 'javascript:alert(1)', 'only http and https links can be added, not javascript'],
    ['a user name in the link', 'https://user:pw@x.example/', 'links with a user name or password are not fetched'],
  ])('%s: refused with the reason, harmless on Discord', async (_name, url, reason) => {
    const add = (await import('../commands/add.ts')).default
    const corpus = await tempDir('bad-add')
    await cp(OUTLETS, corpus, { recursive: true })
    const coverage = await Coverage.load(corpus)
    const ingest = await openIngest({ corpusDir: corpus, dataDir: await tempDir('bad-add-data'), feedsFile: path.join(corpus, 'none.txt'), feedIntervalMinutes: 30, allowPrivateUrls: false }, { coverage })
    try {
      const reply = await add.run({ url }, { coverage, userId: 'x', canManageServer: true, ingest })
      expect(reply.kind).toBe('added')
      if (reply.kind !== 'added' || reply.outcome.status !== 'skipped') throw new Error('expected a refusal')
      if (reason) expect(reply.outcome.reason).toBe(reason)
      const message = renderDiscordReply(reply, { ephemeral: true })
      expect(JSON.stringify(message.embeds)).not.toMatch(/@everyone|\\u0000/)
      expect(embedsLength(message.embeds)).toBeLessThanOrEqual(discordLimits.embedTotal)
      expect(await readdir(corpus)).toHaveLength(5)
    } finally {
      await ingest.close()
    }
  })
})

describe('the /add reply on Discord', () => {
  it('stays within the limits and pings no one, whatever the page says', () => {
    const long = '@everyone read **this** <@123> '.repeat(200)
    const message = renderDiscordReply(
      { kind: 'added', outcome: { status: 'added', article: { file: `${'f'.repeat(300)}.txt`, title: long, outlet: long, url: `https://x.example/${'a'.repeat(3000)}`, published: '2025-08-19', method: 'readability', passages: [long, long, long, long, long] } } },
      { ephemeral: true },
    )
    const [embed] = message.embeds
    expect(message.allowed_mentions).toEqual({ parse: [] })
    expect(embed!.description!.length).toBeLessThanOrEqual(discordLimits.embedDescription)
    expect(embedsLength(message.embeds)).toBeLessThanOrEqual(discordLimits.embedTotal)
    expect(embed!.description).not.toMatch(/@everyone|<@123>/)
    // A URL too long to be a safe link is not made one.
    expect(embed!.description).not.toContain('](https://x.example/')
    expect(embed!.description!.split('\n').at(-1)).toBe('…and 2 more')
  })

  it('a refusal shows the link as text (no embed, no link) and the reason', () => {
    const message = renderDiscordReply({ kind: 'added', outcome: { status: 'skipped', code: 'TOO_LARGE', reason: 'it is too large (10.0 MB; the limit is 5.0 MB)', url: 'https://x.example/@everyone' } })
    expect(message.embeds[0]).toEqual({ title: 'Not added', description: 'https:\u200b//x.example/@\u200beveryone\n\nNot added: It is too large (10.0 MB; the limit is 5.0 MB).', color: 0x99aab5 })
  })
})
