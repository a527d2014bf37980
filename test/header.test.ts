// Issue #14 item 1: the header block (Title/Outlet/URL/Published, then a blank line), and the
// outlet and date it gives every citation. Files without one read exactly as before.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli.ts'
import { cleanArticle } from '../src/corpus/clean.ts'
import { loadCorpus } from '../src/corpus/load.ts'
import { formatDate, normalizePublished, parseSince } from '../src/dates.ts'
import { renderDiscordReply } from '../src/render/discord.ts'
import { renderTerminal } from '../src/render/terminal.ts'
import { Coverage } from '../src/coverage.ts'

const OUTLETS = path.resolve(import.meta.dirname, 'fixtures/outlets')
const HARBOUR = 'harbour-times-2025-08-18-valmora-dockers-walk-out.txt'

describe('the header block', () => {
  it('gives title, outlet, URL and date, and the rest is the article', async () => {
    const clean = cleanArticle(await readFile(path.join(OUTLETS, HARBOUR), 'utf8'))
    expect(clean.meta).toEqual({
      title: 'Valmora dockers walk out over night shifts',
      outlet: 'Harbour Times',
      url: 'https://harbourtimes.example/2025/08/18/valmora-dockers-walk-out',
      published: '2025-08-18',
    })
    expect(clean.title).toBe('Valmora dockers walk out over night shifts')
    expect(clean.paragraphs.map((p) => p.text)).toEqual([
      'Dockers at the port of Valmora walked out on Monday after the port authority added two night shifts a week without extra pay.',
      'The union said 1,200 workers had joined the strike by noon, leaving 14 container ships waiting at anchor.',
      'Port director Elena Sarris said the night shifts were needed to clear a backlog from the summer storms.',
    ])
  })

  it.each([
    ['a date and time becomes UTC', 'Published: 2025-08-19T09:30:00+02:00', '2025-08-19T07:30:00.000Z'],
    ['an RSS date is read', 'Published: Tue, 19 Aug 2025 07:30:00 GMT', '2025-08-19T07:30:00.000Z'],
    ['a date that is not one is dropped', 'Published: last Tuesday', undefined],
    ['an impossible day is dropped', 'Published: 2025-02-30', undefined],
  ])('%s', (_name, line, published) => {
    const clean = cleanArticle(`Title: Strike\n${line}\n\nThe strike goes on.`)
    expect(clean.meta.published).toBe(published)
    expect(clean.paragraphs.map((p) => p.text)).toEqual(['The strike goes on.'])
  })

  it.each([
    ['a first line with another key', 'Update: the strike is over.\n\nDockers went back to work.', ['Update: the strike is over.', 'Dockers went back to work.']],
    ['header lines with no blank line after them', 'Title: Strike\nDockers went back to work today.', ['Dockers went back to work today.']],
    ['a known key followed by prose', 'Outlet: none of them reported it.\nThe mayor said so.\n\nMore text here.', ['Outlet: none of them reported it.', 'The mayor said so.', 'More text here.']],
  ])('is not read from %s: the text stays the article', (_name, text, paragraphs) => {
    const clean = cleanArticle(text)
    expect(clean.meta).toEqual({})
    expect(clean.paragraphs.map((p) => p.text)).toEqual(paragraphs)
  })

  it('a header with nothing after it is a broken article, reported by name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cb-header-'))
    await writeFile(path.join(dir, 'only-header.txt'), 'Title: Nothing\nOutlet: Nobody\n')
    await writeFile(path.join(dir, 'fine.txt'), 'Title: Fine\n\nThe article is fine.\n')
    const corpus = await loadCorpus(dir)
    expect(corpus.articles.map((a) => a.source)).toEqual(['fine.txt'])
    expect(corpus.warnings).toEqual([{ source: 'only-header.txt', reason: 'a header block with no article text after it' }])
  })

  it('a file without a header keeps its file name as the citation and no metadata', async () => {
    const corpus = await loadCorpus(OUTLETS)
    const notes = corpus.articles.find((a) => a.source === 'notes-without-header.txt')!
    expect(notes).toEqual({
      source: 'notes-without-header.txt',
      title: 'Fishing boats kept working at the old harbour of Valmora, which the strike does not affect',
      body: 'Fishing boats kept working at the old harbour of Valmora, which the strike does not affect.\n\nThe fish market opened as usual on Tuesday, traders said.',
    })
  })
})

describe('dates', () => {
  it('formats a date the same on every server (UTC)', () => {
    expect(formatDate('2025-08-19')).toBe('19 Aug 2025')
    expect(formatDate('2025-08-19T23:30:00.000Z')).toBe('19 Aug 2025')
    expect(formatDate(undefined)).toBeUndefined()
    expect(normalizePublished('2025-8-19')).toBeUndefined()
  })

  it('reads since as days, hours, weeks or a date, and says what it means', () => {
    const now = Date.parse('2025-08-25T12:00:00Z')
    expect(parseSince('7d', now)).toEqual({ ms: Date.parse('2025-08-18T12:00:00Z'), label: 'in the last 7 days', text: '7d' })
    expect(parseSince('24h', now).ms).toBe(Date.parse('2025-08-24T12:00:00Z'))
    expect(parseSince('1w', now).label).toBe('in the last week')
    expect(parseSince(' 2025-08-18 ', now)).toEqual({ ms: Date.parse('2025-08-18T00:00:00Z'), label: 'since 18 Aug 2025', text: '2025-08-18' })
    expect(() => parseSince('yesterday', now)).toThrow('“since” takes a number of days (7d), hours (24h) or weeks (2w), or a date like 2025-08-18; got “yesterday”.')
  })
})

describe('citations show outlet and date', () => {
  it('on Discord the title links to the URL, then outlet and date; without a URL the file name is kept', async () => {
    const coverage = await Coverage.load(OUTLETS)
    const message = renderDiscordReply({ kind: 'sources', articles: coverage.sources(), warnings: [] })
    expect(message.embeds[0]!.description!.split('\n')).toEqual([
      '[1] [Ships wait at Valmora as strike enters second day](https://coastalpost.example/news/ships-wait-at-valmora) — Coastal Post, 19 Aug 2025 · 2 passages',
      '[2] Valmora port talks break down — Daily Ledger, 21 Aug 2025 (daily-ledger-2025-08-21-valmora-talks.txt) · 1 passage',
      '[3] [Valmora dockers walk out over night shifts](https://harbourtimes.example/2025/08/18/valmora-dockers-walk-out) — Harbour Times, 18 Aug 2025 · 2 passages',
      '[4] Fishing boats kept working at the old harbour of Valmora, which the strike does not affect (notes-without-header.txt) · 1 passage',
      '[5] Summer storms flood the coast road — Weather Weekly, 10 Aug 2025 (weather-weekly-2025-08-10-summer-storms.txt) · 1 passage',
    ])
    expect(message.allowed_mentions).toEqual({ parse: [] })
  })

  it('in a terminal: title — outlet, date (URL or file name)', async () => {
    const coverage = await Coverage.load(OUTLETS)
    const text = renderTerminal({ kind: 'sources', articles: coverage.sources(), warnings: [] })
    expect(text.split('\n').slice(1, 3)).toEqual([
      '  • Ships wait at Valmora as strike enters second day — Coastal Post, 19 Aug 2025 (https://coastalpost.example/news/ships-wait-at-valmora) — 2 passages',
      '  • Valmora port talks break down — Daily Ledger, 21 Aug 2025 (daily-ledger-2025-08-21-valmora-talks.txt) — 1 passage',
    ])
  })

  it('sources --json gains outlet, url and published where known; the contract fields stay', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'cb-header-cache-'))
    const { code, stdout } = await runCli(['sources', '--json', '--corpus', OUTLETS], { CACHE_DIR: cache })
    expect(code).toBe(0)
    const body = JSON.parse(stdout)
    expect(body.articles[0]).toEqual({
      source: 'coastal-post-2025-08-19-ships-wait-at-valmora.txt',
      title: 'Ships wait at Valmora as strike enters second day',
      outlet: 'Coastal Post',
      url: 'https://coastalpost.example/news/ships-wait-at-valmora',
      published: '2025-08-19T07:30:00.000Z',
      passages: 2,
    })
    expect(body.articles[3]).toEqual({ source: 'notes-without-header.txt', title: 'Fishing boats kept working at the old harbour of Valmora, which the strike does not affect', passages: 1 })
    expect(body.warnings).toEqual([])
  })
})

describe('the index cache', () => {
  it('keeps outlet, URL and date: a start from the cache serves the same articles as a build', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'cb-header-idx-'))
    const built = await Coverage.load(OUTLETS, { cacheDir })
    const cached = await Coverage.load(OUTLETS, { cacheDir })
    expect(cached.articles).toEqual(built.articles)
    expect(cached.article(HARBOUR)).toMatchObject({ outlet: 'Harbour Times', published: '2025-08-18', url: 'https://harbourtimes.example/2025/08/18/valmora-dockers-walk-out' })
    expect(cached.ask('How many ships are waiting at anchor?').results[0]).toMatchObject({ firstReportedBy: HARBOUR })
  })
})
