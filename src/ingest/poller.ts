// Polls the feeds of feeds.txt: each when it is due (every FEED_INTERVAL_MINUTES; later after
// failures, doubling up to a day, or when the server asks with Retry-After), with conditional
// requests, a few feeds at a time and one request at a time per host (fetch.ts). New items go
// through the Ingestor one by one, so a poll holds one page in memory per feed at most.
import { readFile } from 'node:fs/promises'
import { FetchError, type Fetcher } from './fetch.ts'
import { FeedProblem, parseFeed, readFeedList, type FeedSource } from './feeds.ts'
import type { Ingestor } from './ingest.ts'
import type { IngestState } from './state.ts'

export interface PollLogger {
  info(fields: object, message: string): void
  warn(fields: object, message: string): void
}

export interface PollerOptions {
  feedsFile: string
  fetcher: Fetcher
  ingestor: Ingestor
  state: IngestState
  intervalMs: number
  logger?: PollLogger
  now?: () => number
  /** Feeds polled at once (each host still gets one request at a time). */
  parallelFeeds?: number
  /** New items taken from one feed in one poll; the rest wait for the next. */
  maxItemsPerPoll?: number
}

export interface FeedReport {
  feed: string
  outlet?: string
  outcome: 'polled' | 'not modified' | 'failed'
  /** Files written. */
  added: string[]
  /** Items not added, and why. */
  skipped: { item: string; reason: string }[]
  error?: string
  nextPollAt: number
}

export const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000
/** Item problems that a later poll could cure: the item is tried again then. */
const TRANSIENT = new Set(['TIMEOUT', 'NETWORK'])

export class FeedPoller {
  #timer?: NodeJS.Timeout
  #running?: Promise<FeedReport[]>
  /** Set by stop(): a poll in progress ends after the item it is on, so shutting down never waits for 50 pages. */
  #stopping = false
  readonly #now: () => number

  constructor(private readonly options: PollerOptions) {
    this.#now = options.now ?? Date.now
  }

  /** Polls every due feed (`force`: every feed) once; concurrent calls share one poll. */
  poll(force = false): Promise<FeedReport[]> {
    this.#running ??= this.#pollFeeds(force).finally(() => (this.#running = undefined))
    return this.#running
  }

  /** Polls now, then checks for due feeds every `tickMs` (default: a minute, or the interval if shorter). */
  start(tickMs = Math.min(this.options.intervalMs, 60_000)): void {
    const tick = () => {
      this.poll().catch((error: unknown) => this.options.logger?.warn({ err: error }, 'feed poll failed'))
    }
    tick()
    this.#timer = setInterval(tick, tickMs)
    this.#timer.unref()
  }

  async stop(): Promise<void> {
    this.#stopping = true
    clearInterval(this.#timer)
    await this.#running?.catch(() => {})
  }

  async #pollFeeds(force: boolean): Promise<FeedReport[]> {
    const { feeds, problems } = await this.#readFeeds()
    for (const p of problems) this.options.logger?.warn({ feedsFile: this.options.feedsFile, line: p.line }, `feeds.txt line ${p.line}: ${p.reason}`)
    const due = feeds.filter((f) => force || (this.options.state.feed(f.url).nextPollAt ?? 0) <= this.#now())
    const reports: FeedReport[] = []
    const queue = [...due]
    const worker = async () => {
      for (let feed = queue.shift(); feed && !this.#stopping; feed = queue.shift()) reports.push(await this.#pollFeed(feed))
    }
    await Promise.all(Array.from({ length: Math.min(this.options.parallelFeeds ?? 4, queue.length) }, worker))
    // Nothing due, nothing changed: no write every tick (nor, with no feeds, ever).
    if (due.length) await this.options.state.save()
    const added = reports.reduce((n, r) => n + r.added.length, 0)
    if (due.length) this.options.logger?.info({ feeds: due.length, added, failed: reports.filter((r) => r.outcome === 'failed').length }, `polled ${due.length} feed${due.length === 1 ? '' : 's'}: ${added} new article${added === 1 ? '' : 's'}`)
    // In feeds.txt order, whatever order they finished in.
    return reports.sort((a, b) => due.findIndex((f) => f.url === a.feed) - due.findIndex((f) => f.url === b.feed))
  }

  async #readFeeds(): Promise<ReturnType<typeof readFeedList>> {
    try {
      return readFeedList(await readFile(this.options.feedsFile, 'utf8'))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { feeds: [], problems: [] }
      throw error
    }
  }

  async #pollFeed(source: FeedSource): Promise<FeedReport> {
    const { state, fetcher, ingestor, intervalMs, logger } = this.options
    const feedState = state.feed(source.url)
    const report: FeedReport = { feed: source.url, ...(source.outlet ? { outlet: source.outlet } : {}), outcome: 'polled', added: [], skipped: [], nextPollAt: 0 }
    feedState.lastPolledAt = this.#now()
    try {
      const response = await fetchFeed(fetcher, source.url, feedState)
      if (response.status === 304) report.outcome = 'not modified'
      else {
        const feed = parseFeed(response.text, response.url)
        // Kept only once the feed is read: a malformed feed is fetched in full next time, not "not modified".
        if (response.etag) feedState.etag = response.etag
        else delete feedState.etag
        if (response.lastModified) feedState.lastModified = response.lastModified
        else delete feedState.lastModified
        const fresh = feed.items.filter((item, i) => !state.hasSeen(source.url, item.id) && feed.items.findIndex((o) => o.id === item.id) === i)
        for (const item of fresh.slice(0, this.options.maxItemsPerPoll ?? 100)) {
          if (this.#stopping) break
          if (!item.link && !item.content) {
            state.markSeen(source.url, item.id)
            report.skipped.push({ item: item.id, reason: 'the item has neither a link nor any text' })
            continue
          }
          let outcome
          try {
            outcome = await ingestor.add(item.link ?? item.id, { ...(source.outlet ? { outlet: source.outlet } : {}), item, save: false })
          } catch (error) {
            // A bug or a disk problem with one item: said, and the rest of the feed still read.
            logger?.warn({ feed: source.url, item: item.link ?? item.id, err: error }, 'feed item not added: unexpected error')
            report.skipped.push({ item: item.link ?? item.id, reason: `unexpected error: ${(error as Error).message}` })
            continue
          }
          if (outcome.status === 'added') report.added.push(outcome.article.file)
          else report.skipped.push({ item: item.link ?? item.id, reason: `${outcome.code}: ${outcome.reason}` })
          if (outcome.status === 'added' || !TRANSIENT.has(outcome.code)) state.markSeen(source.url, item.id)
        }
      }
      feedState.failures = 0
      delete feedState.lastError
      feedState.nextPollAt = this.#now() + intervalMs
    } catch (error) {
      if (!(error instanceof FetchError) && !(error instanceof FeedProblem)) throw error
      feedState.failures += 1
      feedState.lastError = error.message
      const backoff = Math.min(intervalMs * 2 ** feedState.failures, MAX_BACKOFF_MS)
      const asked = error instanceof FetchError && error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : 0
      feedState.nextPollAt = this.#now() + Math.max(backoff, asked)
      report.outcome = 'failed'
      report.error = error.message
      logger?.warn({ feed: source.url, failures: feedState.failures, nextPollAt: new Date(feedState.nextPollAt).toISOString() }, `feed not read: ${error.message}`)
    }
    report.nextPollAt = feedState.nextPollAt
    await state.save()
    return report
  }
}

function fetchFeed(fetcher: Fetcher, url: string, feedState: { etag?: string; lastModified?: string }) {
  return fetcher.fetch({
    url,
    kind: 'feed',
    ...(feedState.etag ? { etag: feedState.etag } : {}),
    ...(feedState.lastModified ? { lastModified: feedState.lastModified } : {}),
  })
}
