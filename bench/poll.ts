// `npm run bench:poll [-- DIR] [--feeds 20] [--items 50] [--page-kb 120] [--inline]`: answers while the
// feeds are polled (issue #14's target: memory flat, answers not slowed).
//
// Serves `--feeds` RSS feeds of `--items` new articles each, every feed on its own loopback
// address (127.0.0.2, .3, …: separate hosts, so the per-host queue lets feeds run side by side),
// each article a page of about `--page-kb` KB shaped like a news site (scripts, navigation,
// cookie banner, related list, comments). The corpus folder is linked into a temporary copy that
// the bot's own folder watcher reloads as articles land. Meanwhile a question is asked every
// 10 ms, as members would: its latency counts from when it was due, so time spent waiting for
// the poll's or the reload's synchronous work counts, not only the answer's own. The same
// is measured with nothing polling, before. Memory is sampled throughout and after a second poll
// (which finds nothing new).
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import ask from '../commands/ask.ts'
import { PROJECT_ROOT } from '../src/config.ts'
import { listArticleFiles } from '../src/corpus/load.ts'
import { Coverage } from '../src/coverage.ts'
import { createExtractor } from '../src/ingest/extractor.ts'
import { createFetcher, DEFAULT_LIMITS } from '../src/ingest/fetch.ts'
import { Ingestor } from '../src/ingest/ingest.ts'
import { FeedPoller } from '../src/ingest/poller.ts'
import { IngestState } from '../src/ingest/state.ts'
import { createLogger } from '../src/log.ts'
import { renderDiscordReply } from '../src/render/discord.ts'
import { watchCoverage } from '../src/watch.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    feeds: { type: 'string', default: '20' },
    items: { type: 'string', default: '50' },
    'page-kb': { type: 'string', default: '120' },
    'every-ms': { type: 'string', default: '10' },
    inline: { type: 'boolean', default: false },
  },
})
const FEEDS = Number(values.feeds)
const ITEMS = Number(values.items)
const PAGE_BYTES = Number(values['page-kb']) * 1024
const EVERY_MS = Number(values['every-ms'])
const source = path.resolve(positionals[0] ?? path.join(PROJECT_ROOT, 'seeds'))

const questions = readFileSync(path.join(PROJECT_ROOT, 'bench/queries.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))

// ---------------------------------------------------------------------------------------------
// The news sites

/** A deterministic generator, so every run serves the same articles. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const WORDS = 'port union strike talks minister council harbour ships cargo workers budget election court ruling police city mayor plan inquiry report river bridge rail fares energy prices tax school hospital nurses doctors farmers weather storm flood museum festival club league coach season transfer record market shares bank rates inflation exports factory jobs pension housing rent'.split(' ')
const NAMES = ['Elena Sarris', 'Marco Dellis', 'Ines Varga', 'Tomas Brel', 'Nadia Korr', 'Jürgen Müller', 'Renée Laurent', 'Piet Haas', 'Lena Ostrova', 'Omar Haddad']

function sentence(next: () => number, feed: number, item: number, n: number): string {
  const pick = (xs: string[]) => xs[Math.floor(next() * xs.length)]!
  const words = Array.from({ length: 12 + Math.floor(next() * 14) }, () => pick(WORDS))
  return `${pick(NAMES)} said the ${words.join(' ')} would cost ${Math.floor(next() * 900) + 100} million (story ${feed}-${item}, line ${n}).`
}

function articlePage(feed: number, item: number): string {
  const next = random(feed * 1000 + item)
  const paragraphs = Array.from({ length: 8 }, (_, n) => `<p>${sentence(next, feed, item, n)} ${sentence(next, feed, item, n + 100)}</p>`).join('\n')
  const related = Array.from({ length: 12 }, (_, i) => `<li><a href="/a/${(item + i + 1) % ITEMS}">Related story ${i}</a></li>`).join('')
  const comments = Array.from({ length: 10 }, (_, i) => `<div class="comment"><p>Reader ${i} wrote a comment about the story that goes on for a while.</p></div>`).join('')
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${feed}-${item} | Site ${feed}</title>
<meta property="og:site_name" content="Site ${feed}"><meta property="og:title" content="Story ${feed}-${item}">
<meta property="article:published_time" content="2025-08-${String(1 + (item % 28)).padStart(2, '0')}T08:00:00Z">
<link rel="canonical" href="https://site${feed}.example/a/${item}"></head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience and show personalised ads.</p><button>Accept</button></div>
<header><nav><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('')}</ul></nav></header>
<main><article><h1>Story ${feed}-${item}</h1><p class="byline">By ${NAMES[item % NAMES.length]}</p>
<figure><img src="/i.jpg"><figcaption>A caption. Photo: Agency</figcaption></figure>
${paragraphs}
</article><aside class="related"><h3>Related</h3><ul>${related}</ul></aside><section class="comments">${comments}</section></main>
<footer><p>© Site ${feed}</p></footer>`
  // The rest of a real page's weight: inline scripts and data.
  const padding = Math.max(0, PAGE_BYTES - head.length - 40)
  return `${head}<script>window.__DATA__=${JSON.stringify('x'.repeat(padding))}</script></body></html>`
}

function feedXml(base: string, feed: number): string {
  const items = Array.from({ length: ITEMS }, (_, item) => `<item><title>Story ${feed}-${item}</title><link>${base}/a/${item}</link><guid>s${feed}-${item}</guid><pubDate>Mon, 18 Aug 2025 08:00:00 GMT</pubDate></item>`).join('\n')
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Site ${feed}</title>${items}</channel></rss>`
}

async function startSites(): Promise<{ urls: string[]; close(): Promise<void> }> {
  const servers: http.Server[] = []
  const urls: string[] = []
  for (let feed = 0; feed < FEEDS; feed++) {
    const host = `127.0.0.${feed + 2}`
    const server = http.createServer((req, res) => {
      const base = `http://${host}:${(server.address() as AddressInfo).port}`
      if (req.url === '/feed.xml') {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end()
        return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(feedXml(base, feed))
      }
      const item = /^\/a\/(\d+)$/.exec(req.url ?? '')
      if (item) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(feed, Number(item[1])))
      res.writeHead(404).end()
    })
    server.listen(0, host)
    await once(server, 'listening')
    servers.push(server)
    urls.push(`http://${host}:${(server.address() as AddressInfo).port}/feed.xml`)
  }
  return {
    urls,
    close: async () => {
      for (const s of servers) {
        s.closeAllConnections()
        s.close()
      }
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

/**
 * Asks a question EVERY_MS after the last was answered, until `until` resolves. Latency counts
 * from when the question was due, so time the event loop spent on the poll or the reload before
 * it could start counts; the bench's own questions never queue behind each other.
 */
async function askWhile(coverage: Coverage, until: Promise<unknown>): Promise<{ latency: number[]; compute: number[] }> {
  let done = false
  void until.finally(() => (done = true))
  const latency: number[] = []
  const compute: number[] = []
  const context = { coverage, userId: 'bench', canManageServer: false }
  for (let i = 0; !done; i++) {
    const due = performance.now() + EVERY_MS
    await sleep(EVERY_MS)
    const t0 = performance.now()
    renderDiscordReply(await ask.run({ question: questions[i % questions.length]! }, context))
    const t1 = performance.now()
    compute.push(t1 - t0)
    latency.push(t1 - due)
  }
  return { latency, compute }
}

function summary(name: string, r: { latency: number[]; compute: number[] }) {
  const f = (x: number) => x.toFixed(2)
  return `| ${name} | ${r.latency.length} | ${f(percentile(r.compute, 50))} / ${f(percentile(r.compute, 99))} | ${f(percentile(r.latency, 50))} / ${f(percentile(r.latency, 99))} / ${f(Math.max(...r.latency))} |`
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'cb-bench-poll-'))
  for (const name of await listArticleFiles(source)) symlinkSync(path.join(source, name), path.join(dir, name))
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'cb-bench-poll-cache-'))
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cb-bench-poll-data-'))
  const logger = createLogger('silent')
  const coverage = await Coverage.load(dir, { cacheDir, logger, people: 'now' })
  const startArticles = coverage.articles.length
  const sites = await startSites()
  const feedsFile = path.join(dataDir, 'feeds.txt')
  writeFileSync(feedsFile, sites.urls.join('\n'))
  const state = await IngestState.open(dataDir)
  const fetcher = createFetcher({ ...DEFAULT_LIMITS, allowPrivate: true })
  // As the bot runs it (src/ingest/index.ts): extraction on its own thread, unless --inline.
  const extractor = values.inline ? undefined : createExtractor()
  const ingestor = new Ingestor({ corpusDir: dir, fetcher, state, currentArticles: () => coverage.articles, ...(extractor ? { extract: extractor.extract } : {}) })
  const poller = new FeedPoller({ feedsFile, fetcher, ingestor, state, intervalMs: 30 * 60_000 })
  const watcher = watchCoverage(coverage, logger)

  let phase = 'idle'
  const memory: { phase: string; rss: number; heap: number }[] = []
  const sampler = setInterval(() => {
    const m = process.memoryUsage()
    memory.push({ phase, rss: m.rss, heap: m.heapUsed })
  }, 100)
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const before = process.memoryUsage()

  // Warm-up, then the same load with nothing polling.
  await askWhile(coverage, sleep(1000))
  const idle = await askWhile(coverage, sleep(8000))

  const pollStarted = performance.now()
  const polling = poller.poll()
  // The poll, then the watcher's reload of everything it wrote.
  const indexed = polling.then(async () => {
    const pollMs = performance.now() - pollStarted
    while (coverage.articles.length < startArticles + FEEDS * ITEMS) await sleep(50)
    return pollMs
  })
  phase = 'polling'
  const during = await askWhile(coverage, polling)
  phase = 'indexing'
  const indexing = await askWhile(coverage, indexed)
  phase = 'after'
  const pollMs = await indexed
  const indexedMs = performance.now() - pollStarted
  const reports = await polling
  const duringMemory = memory.splice(0)
  gc?.()
  const afterFirst = process.memoryUsage()

  const secondStarted = performance.now()
  const second = await poller.poll(true)
  const secondMs = performance.now() - secondStarted
  gc?.()
  const afterSecond = process.memoryUsage()
  clearInterval(sampler)
  watcher.close()
  await extractor?.close()
  await sites.close()

  const peak = (which: string, key: 'heap' | 'rss') => mb(Math.max(0, ...duringMemory.filter((m) => m.phase === which).map((m) => m[key])))
  const added = reports.reduce((n, r) => n + r.added.length, 0)
  const skipped = reports.reduce((n, r) => n + r.skipped.length, 0)
  const lines = [
    `corpus ${source}: ${startArticles} articles; ${FEEDS} feeds × ${ITEMS} items, pages of ${values['page-kb']} KB; a question every ${EVERY_MS} ms; extraction ${extractor ? 'on its own thread' : 'on the main thread (--inline)'}${gc ? '' : ' (run with --expose-gc for heap figures after collection)'}`,
    `first poll: ${added} added, ${skipped} skipped in ${(pollMs / 1000).toFixed(1)} s; all indexed by the watcher after ${(indexedMs / 1000).toFixed(1)} s (coverage now ${coverage.articles.length} articles)`,
    `second poll: ${second.reduce((n, r) => n + r.added.length, 0)} added, ${second.filter((r) => r.outcome === 'not modified').length}/${FEEDS} not modified, ${secondMs.toFixed(0)} ms`,
    '',
    '| while | questions | ask compute p50 / p99 (ms) | answer latency from due p50 / p99 / max (ms) |',
    '| --- | ---: | --- | --- |',
    summary('idle', idle),
    summary('polling (fetch, extract, write)', during),
    summary('the watcher re-indexing what was written', indexing),
    '',
    `memory (MB, main thread heap): ${mb(before.heapUsed)} before; max ${peak('polling', 'heap')} while polling, ${peak('indexing', 'heap')} while re-indexing; ${mb(afterFirst.heapUsed)} after the poll (after GC), ${mb(afterSecond.heapUsed)} after a second poll`,
    `memory (MB, process RSS, both threads): ${mb(before.rss)} before; max ${peak('polling', 'rss')} while polling, ${peak('indexing', 'rss')} while re-indexing; ${mb(afterSecond.rss)} at the end`,
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}

await main()
process.exit(0)
