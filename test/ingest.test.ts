// Issue #14 items 2 and 3 against a local news site (test/helpers/newsServer.ts): fetching with
// its limits, adding one link, reading feeds, polling them, and what is skipped and why.
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCorpus } from '../src/corpus/load.ts'
import { Coverage } from '../src/coverage.ts'
import { createLogger } from '../src/log.ts'
import { watchCoverage } from '../src/watch.ts'
import { removeStaleTempFiles } from '../src/ingest/articleFile.ts'
import { createFetcher, FetchError, HostQueue, isPrivateAddress, type FetchLimits } from '../src/ingest/fetch.ts'
import { parseFeed, readFeedList } from '../src/ingest/feeds.ts'
import { Ingestor } from '../src/ingest/ingest.ts'
import { FeedPoller } from '../src/ingest/poller.ts'
import { IngestState } from '../src/ingest/state.ts'
import { fixture, NewsServer } from './helpers/newsServer.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const LIMITS: FetchLimits = { allowPrivate: true, maxBytes: 5 * 1024 * 1024, timeoutMs: 1000, maxRedirects: 5 }
let site: NewsServer

beforeAll(async () => {
  site = await NewsServer.start()
})
afterAll(async () => {
  await site?.close()
})

const tempDir = (name: string) => mkdtemp(path.join(tmpdir(), `cb-${name}-`))

async function ingestorFor(corpusDir?: string, dataDir?: string) {
  const corpus = corpusDir ?? (await tempDir('corpus'))
  const state = await IngestState.open(dataDir ?? (await tempDir('data')))
  const fetcher = createFetcher(LIMITS)
  return { corpus, state, fetcher, ingestor: new Ingestor({ corpusDir: corpus, fetcher, state }) }
}

async function fetchFails(url: string, limits: Partial<FetchLimits> = {}): Promise<FetchError> {
  const error = await createFetcher({ ...LIMITS, ...limits })
    .fetch({ url, kind: 'page' })
    .then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(FetchError)
  return error as FetchError
}

describe('fetching a page', () => {
  it('follows a chain of three redirects (relative and absolute) to the article', async () => {
    const page = await createFetcher(LIMITS).fetch({ url: site.url('/r/1'), kind: 'page' })
    expect(page.url).toBe(site.url('/harbour/2025/08/18/valmora-dockers-walk-out'))
    expect(page.status).toBe(200)
    expect(page.text).toContain('Dockers at the port of Valmora walked out')
  })

  it.each([
    ['more than 5 redirects', '/loop/0', {}, 'TOO_MANY_REDIRECTS', 'it redirects more than 5 times'],
    ['a 404', '/no-such-story', {}, 'HTTP_STATUS', 'the server answered HTTP 404 Not Found'],
    ['a PDF', '/files/report.pdf', {}, 'NOT_HTML', 'it is not a web page (application/pdf)'],
    ['a 10 MB page that says so', '/huge', {}, 'TOO_LARGE', 'it is too large (10.0 MB; the limit is 5.0 MB)'],
    ['a 10 MB page that does not say so', '/huge-chunked', {}, 'TOO_LARGE', 'it is too large (more than 5.0 MB)'],
    ['a slow answer', '/slow', { timeoutMs: 300 }, 'TIMEOUT', 'no complete answer within 0.3 s'],
    ['redirects that together take too long', '/late/1', { timeoutMs: 300 }, 'TIMEOUT', 'no complete answer within 0.3 s'],
    ['a redirect to another scheme', '/redirect-to-ftp', {}, 'BAD_URL', 'only http and https links can be added, not ftp'],
  ] as const)('refuses %s', async (_name, pathname, limits, code, message) => {
    const error = await fetchFails(site.url(pathname), limits)
    expect({ code: error.code, message: error.message }).toEqual({ code, message })
  })

  it('refuses loopback, private and link-local addresses unless allowed, also after DNS and after a redirect', async () => {
    const strict = { allowPrivate: false }
    expect((await fetchFails(site.url('/harbour/news'), strict)).message).toBe('127.0.0.1 is a private or local address')
    const port = new URL(site.base).port
    // A name, resolved by DNS to loopback: checked on the address actually connected to.
    expect((await fetchFails(`http://localhost:${port}/harbour/news`, strict)).message).toBe('localhost resolves to a private or local address')
    expect((await fetchFails('http://[::1]/', strict)).code).toBe('PRIVATE_ADDRESS')
    expect((await fetchFails('http://169.254.169.254/latest/meta-data/', strict)).message).toBe('169.254.169.254 is a private or local address')
    // The first hop is allowed here (the test server is on loopback); the hop it redirects to is checked again.
    const viaRedirect = await createFetcher({ ...LIMITS, allowPrivate: true }).fetch({ url: site.url('/redirect-to-private'), kind: 'page' }).catch((e: FetchError) => e)
    expect(viaRedirect).toBeInstanceOf(FetchError)
    expect((await fetchFails('file:///etc/passwd')).message).toBe('only http and https links can be added, not file')
    expect((await fetchFails('not a link')).code).toBe('BAD_URL')
  })

  it.each([
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.32.0.1', false], ['192.168.1.1', true], ['169.254.1.1', true],
    ['100.64.0.1', true], ['0.0.0.0', true], ['8.8.8.8', false], ['::1', true], ['fe80::1', true], ['fd00::1', true], ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true], ['::ffff:8.8.8.8', false], ['2001:4860:4860::8888', false], ['not an address', true],
  ])('isPrivateAddress(%s) is %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected)
  })

  it('sends one request at a time to a host, whoever asks', async () => {
    const server = await NewsServer.start()
    try {
      server.routes.set('/a', async (_req, res) => {
        await new Promise((r) => setTimeout(r, 50))
        res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body>a</body></html>')
      })
      const fetcher = createFetcher(LIMITS, new HostQueue())
      await Promise.all(Array.from({ length: 6 }, () => fetcher.fetch({ url: server.url('/a'), kind: 'page' })))
      expect(server.requests).toHaveLength(6)
      expect(server.maxInFlight).toBe(1)
    } finally {
      await server.close()
    }
  })
})

describe('adding one link', () => {
  it('writes the article with its header, named from outlet, date and title, and answers with what was added', async () => {
    const { corpus, ingestor } = await ingestorFor()
    const outcome = await ingestor.add(site.url('/harbour/2025/08/18/valmora-dockers-walk-out'))
    expect(outcome).toEqual({
      status: 'added',
      article: {
        file: 'harbour-times-2025-08-18-valmora-dockers-walk-out-over-night-shifts.txt',
        title: 'Valmora dockers walk out over night shifts',
        outlet: 'Harbour Times',
        url: 'https://harbourtimes.example/2025/08/18/valmora-dockers-walk-out',
        published: '2025-08-18T08:15:00.000Z',
        method: 'readability',
        // A one-sentence paragraph shares a passage with the next, joined as in the body; the last stays alone.
        passages: [
          'Dockers at the port of Valmora walked out on Monday after the port authority added two night shifts a week without extra pay.\n\nThe union said 1,200 workers had joined the strike by noon, leaving 14 container ships waiting at anchor outside the harbour wall.',
          'Port director Elena Sarris said the night shifts were needed to clear a backlog left by the summer storms, which closed the terminal for nine days in July.\n\n“We cannot let cargo rot on the quay,” she told reporters. “Everyone will be paid what the contract says.”',
          'The union’s leader, Marco Dellis, called the new rota “unsafe and unfair” and said the strike would last until it was withdrawn.',
        ],
      },
    })
    expect(await readdir(corpus)).toEqual(['harbour-times-2025-08-18-valmora-dockers-walk-out-over-night-shifts.txt'])
    expect(await readFile(path.join(corpus, 'harbour-times-2025-08-18-valmora-dockers-walk-out-over-night-shifts.txt'), 'utf8')).toBe(
      [
        'Title: Valmora dockers walk out over night shifts',
        'Outlet: Harbour Times',
        'URL: https://harbourtimes.example/2025/08/18/valmora-dockers-walk-out',
        'Published: 2025-08-18T08:15:00.000Z',
        'Author: Nadia Korr',
        '',
        'Dockers at the port of Valmora walked out on Monday after the port authority added two night shifts a week without extra pay.',
        '',
        'The union said 1,200 workers had joined the strike by noon, leaving 14 container ships waiting at anchor outside the harbour wall.',
        '',
        'Port director Elena Sarris said the night shifts were needed to clear a backlog left by the summer storms, which closed the terminal for nine days in July.',
        '',
        '“We cannot let cargo rot on the quay,” she told reporters. “Everyone will be paid what the contract says.”',
        '',
        'The union’s leader, Marco Dellis, called the new rota “unsafe and unfair” and said the strike would last until it was withdrawn.',
        '',
      ].join('\n'),
    )
    // The corpus reads it back as the same article and the same passages.
    const loaded = await loadCorpus(corpus)
    expect(loaded.articles[0]).toMatchObject({ title: 'Valmora dockers walk out over night shifts', outlet: 'Harbour Times', published: '2025-08-18T08:15:00.000Z' })
    expect(loaded.passages.map((p) => p.text)).toEqual(outcome.status === 'added' ? outcome.article.passages : [])
  })

  it.each([
    ['a 404', '/no-such-story', 'HTTP_STATUS', 'the server answered HTTP 404 Not Found'],
    ['a page that is not an article', '/harbour/news', 'NOT_ARTICLE', 'it is not an article: no article text was found on the page'],
    ['a PDF', '/files/report.pdf', 'NOT_HTML', 'it is not a web page (application/pdf)'],
    ['a 10 MB page', '/huge', 'TOO_LARGE', 'it is too large (10.0 MB; the limit is 5.0 MB)'],
  ] as const)('says exactly why %s was not added, and writes nothing', async (_name, pathname, code, reason) => {
    const { corpus, ingestor } = await ingestorFor()
    expect(await ingestor.add(site.url(pathname))).toEqual({ status: 'skipped', code, reason, url: site.url(pathname) })
    expect(await readdir(corpus)).toEqual([])
  })

  it('an article already in the coverage is recognised by its canonical URL (AMP or tracking parameters) and by its text', async () => {
    const { corpus, ingestor } = await ingestorFor()
    expect((await ingestor.add(site.url('/r/1'))).status).toBe('added')
    const file = 'harbour-times-2025-08-18-valmora-dockers-walk-out-over-night-shifts.txt'
    // The same URL with tracking parameters: known before anything is fetched.
    const requests = site.requests.length
    expect(await ingestor.add(site.url('/harbour/2025/08/18/valmora-dockers-walk-out/?utm_source=x#comments'))).toEqual({
      status: 'skipped', code: 'DUPLICATE', reason: `it is already in the coverage as ${file}`, url: site.url('/harbour/2025/08/18/valmora-dockers-walk-out/?utm_source=x#comments'), existing: file,
    })
    expect(site.requests.length).toBe(requests)
    // Another site's copy with no canonical link: the same text.
    expect(await ingestor.add(site.url('/syndicated/dockers'))).toMatchObject({ status: 'skipped', code: 'DUPLICATE', reason: `it is already in the coverage: the same text as ${file}` })
    expect(await readdir(corpus)).toEqual([file])
  })

  it('articles the coverage already serves (written by hand, with a URL header) count as in the coverage', async () => {
    const corpus = await tempDir('corpus')
    await writeFile(path.join(corpus, 'mine.txt'), 'Title: Ships wait\nURL: https://coastalpost.example/news/ships-wait-at-valmora\n\nShips wait at anchor.\n')
    const loaded = await loadCorpus(corpus)
    const state = await IngestState.open(await tempDir('data'))
    const ingestor = new Ingestor({ corpusDir: corpus, fetcher: createFetcher(LIMITS), state, currentArticles: () => loaded.articles })
    // The AMP page names the canonical URL the coverage already has.
    expect(await ingestor.add(site.url('/coastal/amp/ships-wait-at-valmora'))).toMatchObject({ status: 'skipped', code: 'DUPLICATE', existing: 'mine.txt' })
  })

  it('a crash after the temporary file is written and before it is named leaves no article file, half or whole', async () => {
    const corpus = await tempDir('corpus')
    const data = await tempDir('data')
    const script = [
      "import { createFetcher } from './src/ingest/fetch.ts'",
      "import { Ingestor } from './src/ingest/ingest.ts'",
      "import { IngestState } from './src/ingest/state.ts'",
      `const state = await IngestState.open(${JSON.stringify(data)})`,
      `const ingestor = new Ingestor({ corpusDir: ${JSON.stringify(corpus)}, state, fetcher: createFetcher({ allowPrivate: true, maxBytes: 5e6, timeoutMs: 5000, maxRedirects: 5 }),`,
      "  hooks: { afterTempWritten: () => process.kill(process.pid, 'SIGKILL') } })",
      `await ingestor.add(${JSON.stringify(site.url('/harbour/2025/08/18/valmora-dockers-walk-out'))})`,
    ].join('\n')
    const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT }).then(
      () => 'exited',
      (error: { signal?: string }) => error.signal,
    )
    expect(run).toBe('SIGKILL')
    const left = await readdir(corpus)
    expect(left).toHaveLength(1)
    expect(left[0]).toMatch(/^\.harbour-times-2025-08-18-valmora-dockers-walk-out-over-night-shifts\.txt\.[0-9a-f]{12}\.tmp$/)
    // The loader never reads it, nothing was recorded as added, and a later start removes it.
    expect((await loadCorpus(corpus).catch(() => undefined))?.articles ?? []).toEqual([])
    expect(await readdir(data)).toEqual([])
    expect(await removeStaleTempFiles(corpus, 0)).toEqual(left)
    expect(await readdir(corpus)).toEqual([])
    // And the same link can then be added.
    const { ingestor } = await ingestorFor(corpus, data)
    expect((await ingestor.add(site.url('/harbour/2025/08/18/valmora-dockers-walk-out'))).status).toBe('added')
  })
})

describe('feeds', () => {
  it('reads feeds.txt: a URL a line, an optional outlet name, comments; bad lines reported by number', () => {
    expect(readFeedList('# news\nhttps://a.example/rss Harbour Times\n\nhttps://b.example/feed.json\nftp://c.example/x\nhttps://a.example/rss again\n')).toEqual({
      feeds: [{ url: 'https://a.example/rss', outlet: 'Harbour Times' }, { url: 'https://b.example/feed.json' }],
      problems: [
        { line: 5, reason: 'not an http(s) feed URL: “ftp://c.example/x”' },
        { line: 6, reason: 'listed twice: https://a.example/rss' },
      ],
    })
  })

  it('reads RSS, Atom and JSON Feed items with links, dates and content', () => {
    const base = 'http://news.example'
    const rss = parseFeed(fixture('harbour.rss').toString().replaceAll('{{base}}', base), `${base}/feeds/harbour.rss`)
    expect(rss.format).toBe('rss')
    expect(rss.items.map((i) => [i.id, i.link, i.published])).toEqual([
      ['ht-8812', `${base}/harbour/2025/08/18/valmora-dockers-walk-out?utm_source=rss&utm_medium=feed`, '2025-08-18T08:15:00.000Z'],
      ['ht-8813', `${base}/gone`, '2025-08-19T10:00:00.000Z'],
      ['ht-index', `${base}/harbour/news`, undefined],
      ['ht-report', `${base}/files/report.pdf`, undefined],
    ])
    expect(rss.items[0]!.author).toBe('Nadia Korr')
    expect(rss.items[1]!.content).toMatch(/^<p>The harbour pilots/)
    const atom = parseFeed(fixture('coastal.atom').toString().replaceAll('{{base}}', base), base)
    expect(atom.items.map((i) => [i.id, i.link, i.published, i.author])).toEqual([
      ['tag:coastalpost.example,2025:ships-wait', `${base}/coastal/amp/ships-wait-at-valmora`, '2025-08-19T07:30:00.000Z', 'Tomas Brel'],
      ['tag:coastalpost.example,2025:cafe', `${base}/gazette/cafe-owners`, '2025-08-20T12:00:00.000Z', undefined],
    ])
    const json = parseFeed(fixture('ledger.json').toString().replaceAll('{{base}}', base), base)
    expect(json.items.map((i) => [i.id, i.link, i.published])).toEqual([
      ['ledger-5521', `${base}/ledger/2025/08/21/valmora-talks`, '2025-08-21T16:00:00.000Z'],
      ['ledger-5522', `${base}/gazette/muller`, '2025-08-20T07:00:00.000Z'],
    ])
  })

  it.each([
    ['malformed XML, with its line', fixture('broken.xml').toString(), "malformed XML at line 12: Expected closing tag 'title' (opened in line 10, col 5) instead of closing tag 'item'."],
    ['an HTML page', '<!doctype html><html><body><p>hi</p></body></html>', 'not a feed (a web page)'],
    ['JSON that is not a feed', '{"hello": 1}', 'not a feed (JSON, but not a JSON Feed)'],
    ['plain text', 'just words', 'not a feed (neither XML nor JSON)'],
  ])('refuses %s', (_name, body, message) => {
    expect(() => parseFeed(body, 'http://x.example')).toThrow(message)
  })
})

describe('polling feeds', () => {
  async function setup(lines: string[], { interval = 30 * 60_000 } = {}) {
    const corpus = await tempDir('corpus')
    const data = await tempDir('data')
    const feedsFile = path.join(await tempDir('feeds'), 'feeds.txt')
    await writeFile(feedsFile, lines.join('\n'))
    let clock = Date.parse('2025-08-22T10:00:00Z')
    const make = async () => {
      const state = await IngestState.open(data)
      const fetcher = createFetcher(LIMITS)
      const ingestor = new Ingestor({ corpusDir: corpus, fetcher, state, now: () => clock })
      return new FeedPoller({ feedsFile, fetcher, ingestor, state, intervalMs: interval, now: () => clock })
    }
    return { corpus, data, make, advance: (ms: number) => (clock += ms) }
  }

  it('adds each new item once, falls back to the feed’s text, says what it skipped and why; a second poll adds nothing', async () => {
    const { corpus, make } = await setup([site.url('/feeds/harbour.rss'), `${site.url('/feeds/coastal.atom')} Coastal Post`, site.url('/feeds/ledger.json'), site.url('/feeds/broken.xml')])
    const poller = await make()
    const first = await poller.poll()
    expect(first.map((r) => [r.feed.replace(site.base, ''), r.outcome, r.added, r.skipped, r.error])).toEqual([
      [
        '/feeds/harbour.rss',
        'polled',
        ['harbour-times-2025-08-18-valmora-dockers-walk-out-over-night-shifts.txt', '127-0-0-1-2025-08-19-harbour-pilots-warn-of-winter-shortage.txt'],
        [
          { item: site.url('/harbour/news'), reason: 'NOT_ARTICLE: it is not an article: no article text was found on the page' },
          { item: site.url('/files/report.pdf'), reason: 'NOT_HTML: it is not a web page (application/pdf)' },
        ],
        undefined,
      ],
      ['/feeds/coastal.atom', 'polled', ['coastal-post-2025-08-19-ships-wait-at-valmora-as-strike-enters-second-day.txt', 'coastal-post-2025-08-20-cafe-owners-on-the-quay-count-the-cost.txt'], [], undefined],
      ['/feeds/ledger.json', 'polled', ['daily-ledger-2025-08-21-valmora-port-talks-break-down.txt', 'ostrin-gazette-2025-08-20-muller-says-the-strike-costs-ostrin-too.txt'], [], undefined],
      ['/feeds/broken.xml', 'failed', [], [], "malformed XML at line 12: Expected closing tag 'title' (opened in line 10, col 5) instead of closing tag 'item'."],
    ])
    // The 404 page's item came from the feed's own content, with the feed's date.
    expect(await readFile(path.join(corpus, '127-0-0-1-2025-08-19-harbour-pilots-warn-of-winter-shortage.txt'), 'utf8')).toBe(
      [
        'Title: Harbour pilots warn of winter shortage',
        `URL: ${site.url('/gone')}`,
        'Published: 2025-08-19T10:00:00.000Z',
        '',
        'The harbour pilots’ association warned on Tuesday that Valmora will be six pilots short by the winter, because four are retiring and two have left for Ostrin.',
        '',
        'Without them, large ships could wait up to a day for a pilot to bring them in, the association said in a letter to the port authority.',
        '',
      ].join('\n'),
    )
    // feeds.txt names the outlet: it wins over what the page calls itself.
    expect((await readFile(path.join(corpus, 'coastal-post-2025-08-20-cafe-owners-on-the-quay-count-the-cost.txt'), 'utf8')).split('\n').slice(0, 4)).toEqual([
      'Title: Café owners on the quay count the cost',
      'Outlet: Coastal Post',
      `URL: ${site.url('/gazette/cafe-owners')}`,
      'Published: 2025-08-20',
    ])
    const files = (await readdir(corpus)).sort()
    expect(files).toHaveLength(6)
    const corpusLoaded = await loadCorpus(corpus)
    expect(corpusLoaded.warnings).toEqual([])
    expect(corpusLoaded.articles).toHaveLength(6)

    const requests = site.requests.length
    const second = await poller.poll(true)
    expect(second.map((r) => [r.outcome, r.added.length, r.skipped.length])).toEqual([
      ['not modified', 0, 0],
      ['not modified', 0, 0],
      ['not modified', 0, 0],
      ['failed', 0, 0],
    ])
    expect((await readdir(corpus)).sort()).toEqual(files)
    // Four conditional feed requests, no page fetched again.
    expect(site.requests.slice(requests).map((r) => r.path).sort()).toEqual(['/feeds/broken.xml', '/feeds/coastal.atom', '/feeds/harbour.rss', '/feeds/ledger.json'])
    const conditional = site.requests.slice(requests)
    expect(conditional.find((r) => r.path === '/feeds/harbour.rss')!.headers['if-none-match']).toBe('"harbour.rss-v1"')
    expect(conditional.find((r) => r.path === '/feeds/coastal.atom')!.headers['if-modified-since']).toBe('Tue, 19 Aug 2025 08:00:00 GMT')
  })

  it('a feed whose items repeat: one article, the copies skipped as already in the coverage', async () => {
    const { corpus, make } = await setup([site.url('/feeds/repeats.rss')])
    const [report] = await (await make()).poll()
    expect(report!.added).toEqual(['harbour-times-2025-08-18-valmora-dockers-walk-out-over-night-shifts.txt'])
    expect(report!.skipped).toEqual([
      { item: site.url('/harbour/2025/08/18/valmora-dockers-walk-out#update'), reason: 'DUPLICATE: it is already in the coverage as harbour-times-2025-08-18-valmora-dockers-walk-out-over-night-shifts.txt' },
      { item: site.url('/syndicated/dockers'), reason: 'DUPLICATE: it is already in the coverage: the same text as harbour-times-2025-08-18-valmora-dockers-walk-out-over-night-shifts.txt' },
    ])
    expect(await readdir(corpus)).toEqual(['harbour-times-2025-08-18-valmora-dockers-walk-out-over-night-shifts.txt'])
  })

  it('the state survives a restart: a new poller with a changed feed (no ETag match) still adds nothing twice', async () => {
    const { corpus, data, make } = await setup([site.url('/feeds/ledger.json')])
    expect((await (await make()).poll())[0]!.added).toHaveLength(2)
    const state = JSON.parse(await readFile(path.join(data, 'feeds.json'), 'utf8'))
    expect(state.feeds[site.url('/feeds/ledger.json')]).toMatchObject({ etag: '"ledger.json-v1"', failures: 0, seen: ['ledger-5521', 'ledger-5522'] })
    // The site now sends a new ETag every time: the feed is read in full again, its items are known.
    const route = site.routes.get('/feeds/ledger.json')!
    site.routes.set('/feeds/ledger.json', site.feed('ledger.json', 'application/feed+json', { etag: '"v2"' }))
    try {
      const pages = site.requests.filter((r) => !r.path.startsWith('/feeds/')).length
      const [report] = await (await make()).poll(true)
      expect(report).toMatchObject({ outcome: 'polled', added: [], skipped: [] })
      expect(site.requests.filter((r) => !r.path.startsWith('/feeds/')).length).toBe(pages)
      expect(await readdir(corpus)).toHaveLength(2)
    } finally {
      site.routes.set('/feeds/ledger.json', route)
    }
  })

  it('a damaged state is set aside with a warning; no state, or no folder for one, is a quiet fresh start', async () => {
    const warnings: string[] = []
    const logger = { warn: (_fields: object, message: string) => void warnings.push(message) }
    const data = await tempDir('data')
    await writeFile(path.join(data, 'feeds.json'), '{"version": 1, "feeds": {')
    await IngestState.open(data, logger)
    expect(warnings).toEqual(['feed state damaged; set aside, starting afresh (articles already in the coverage are still recognised)'])
    expect((await readdir(data)).filter((f) => f.startsWith('feeds.json.damaged-'))).toHaveLength(1)
    warnings.length = 0
    await IngestState.open(await tempDir('empty'), logger)
    await IngestState.open('/dev/null/data', logger)
    expect(warnings).toEqual([])
  })

  it('polls with no feeds write nothing', async () => {
    const data = await tempDir('data')
    const fetcher = createFetcher(LIMITS)
    const state = await IngestState.open(data)
    const ingestor = new Ingestor({ corpusDir: await tempDir('corpus'), fetcher, state })
    await new FeedPoller({ feedsFile: path.join(data, 'no-feeds.txt'), fetcher, ingestor, state, intervalMs: 60_000 }).poll()
    expect(await readdir(data)).toEqual([])
  })

  it('backs off a failing feed (doubling, at most a day), polls only feeds that are due, and recovers', async () => {
    const { make, advance } = await setup([site.url('/feeds/broken.xml'), site.url('/feeds/ledger.json')], { interval: 60_000 })
    const poller = await make()
    const t0 = Date.parse('2025-08-22T10:00:00Z')
    let reports = await poller.poll()
    expect(reports.map((r) => [r.outcome, r.nextPollAt - t0])).toEqual([['failed', 120_000], ['polled', 60_000]])
    advance(60_000)
    reports = await poller.poll()
    expect(reports.map((r) => r.feed)).toEqual([site.url('/feeds/ledger.json')])
    advance(60_000)
    reports = await poller.poll()
    expect(reports.map((r) => [r.feed.replace(site.base, ''), r.outcome, r.nextPollAt - t0])).toEqual([
      ['/feeds/broken.xml', 'failed', 120_000 + 240_000],
      ['/feeds/ledger.json', 'not modified', 180_000],
    ])
    // The feed is fixed: the next due poll reads it and the backoff is forgotten.
    site.routes.set('/feeds/broken.xml', site.feed('coastal.atom', 'application/atom+xml'))
    try {
      advance(240_000)
      reports = await poller.poll()
      expect(reports.map((r) => [r.feed.replace(site.base, ''), r.outcome, r.added.length])).toEqual([
        ['/feeds/broken.xml', 'polled', 2],
        ['/feeds/ledger.json', 'not modified', 0],
      ])
    } finally {
      site.routes.set('/feeds/broken.xml', site.feed('broken.xml', 'application/xml'))
    }
  })

  it('many feeds on one host: never two requests to it at once', async () => {
    const server = await NewsServer.start()
    try {
      const feeds = ['harbour.rss', 'ledger.json', 'coastal.atom', 'repeats.rss']
      for (const f of feeds) server.routes.set(`/x/${f}`, server.feed(f, f.endsWith('json') ? 'application/feed+json' : 'application/xml', { delayMs: 20 }))
      const { make } = await setup(feeds.map((f) => server.url(`/x/${f}`)))
      const reports = await (await make()).poll()
      expect(reports.every((r) => r.outcome === 'polled')).toBe(true)
      expect(server.requests.length).toBeGreaterThan(8)
      expect(server.maxInFlight).toBe(1)
    } finally {
      await server.close()
    }
  })
})

describe('from feed to answer', () => {
  it('the folder watcher indexes what a poll writes: the next question is answered from it, with its outlet and date', async () => {
    const corpus = await tempDir('watched')
    await cp(path.resolve(import.meta.dirname, 'fixtures/outlets'), corpus, { recursive: true })
    const coverage = await Coverage.load(corpus)
    const feedsFile = path.join(await tempDir('feeds'), 'feeds.txt')
    await writeFile(feedsFile, `${site.url('/feeds/coastal.atom')} Coastal Post\n`)
    const state = await IngestState.open(await tempDir('data'))
    const fetcher = createFetcher(LIMITS)
    const ingestor = new Ingestor({ corpusDir: corpus, fetcher, state, currentArticles: () => coverage.articles })
    const poller = new FeedPoller({ feedsFile, fetcher, ingestor, state, intervalMs: 60_000 })
    const watcher = watchCoverage(coverage, createLogger('silent'), 50)
    try {
      const [report] = await poller.poll()
      // The corpus already has the Coastal Post story under its canonical URL; only the café story is new.
      expect(report!.added).toEqual(['coastal-post-2025-08-20-cafe-owners-on-the-quay-count-the-cost.txt'])
      expect(report!.skipped).toEqual([{ item: site.url('/coastal/amp/ships-wait-at-valmora'), reason: 'DUPLICATE: it is already in the coverage as coastal-post-2025-08-19-ships-wait-at-valmora.txt' }])
      await expect.poll(() => coverage.articles.length, { timeout: 5000 }).toBe(6)
      const answer = coverage.ask('How much coffee did Renée Laurent sell on Tuesday?')
      expect(answer.results[0]!.article).toMatchObject({ source: 'coastal-post-2025-08-20-cafe-owners-on-the-quay-count-the-cost.txt', outlet: 'Coastal Post', published: '2025-08-20' })
    } finally {
      watcher.close()
      await poller.stop()
    }
  })
})

describe('a poll that meets a broken item', () => {
  it('says which item and why, and still adds the rest of the feed', async () => {
    const corpus = await tempDir('broken-item')
    const feedsFile = path.join(await tempDir('feeds'), 'feeds.txt')
    await writeFile(feedsFile, `${site.url('/feeds/ledger.json')}\n`)
    const state = await IngestState.open(await tempDir('data'))
    const fetcher = createFetcher(LIMITS)
    let calls = 0
    // The first page's extraction throws as a bug would (not a refusal): the second item is still added.
    const ingestor = new Ingestor({
      corpusDir: corpus,
      fetcher,
      state,
      extract: async (html, url) => {
        if (calls++ === 0) throw new TypeError('boom in extraction')
        return (await import('../src/ingest/extract.ts')).extractArticle(html, url)
      },
    })
    const [report] = await new FeedPoller({ feedsFile, fetcher, ingestor, state, intervalMs: 60_000 }).poll()
    expect(report).toMatchObject({
      outcome: 'polled',
      added: ['ostrin-gazette-2025-08-20-muller-says-the-strike-costs-ostrin-too.txt'],
      skipped: [{ item: site.url('/ledger/2025/08/21/valmora-talks'), reason: 'unexpected error: boom in extraction' }],
    })
    // Not marked seen: the next poll tries it again.
    expect(state.hasSeen(site.url('/feeds/ledger.json'), 'ledger-5521')).toBe(false)
  })
})
