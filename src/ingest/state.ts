// What ingest remembers between runs, in DATA_DIR/feeds.json: each feed's validators (ETag,
// Last-Modified), failures and next poll; the items already seen; the canonical URLs and text
// hashes of the articles it wrote. One JSON file written atomically (temporary file, then
// rename), so a crash leaves the previous state whole. It is small (ids and hashes, no text)
// and could move into the database that issue #13 adds on the same folder.
import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises'
import path from 'node:path'

export const STATE_FILE = 'feeds.json'
const STATE_VERSION = 1
/** Items remembered per feed: well above any feed's length, so an item never comes back as new. */
export const MAX_ITEMS_REMEMBERED = 2_000
/** Canonical URLs and hashes of written articles remembered (the oldest are forgotten first). */
export const MAX_ARTICLES_REMEMBERED = 50_000

export interface FeedState {
  etag?: string
  lastModified?: string
  lastPolledAt?: number
  /** When the feed is next due: the interval after a success, longer after each failure. */
  nextPollAt?: number
  /** Failures in a row (reset by a success). */
  failures: number
  lastError?: string
  /** Item ids seen, oldest first. */
  seen: string[]
}

interface StoredState {
  version: number
  feeds: Record<string, FeedState>
  /** Canonical URL → file written. */
  urls: Record<string, string>
  /** Text hash → file written. */
  hashes: Record<string, string>
}

export interface StateLogger {
  warn(fields: object, message: string): void
}

export class IngestState {
  /** URL → file and hash → file, as Maps (insertion order: the oldest first), written as objects. */
  readonly #urls: Map<string, string>
  readonly #hashes: Map<string, string>

  private constructor(
    readonly file: string,
    private state: StoredState,
  ) {
    this.#urls = new Map(Object.entries(state.urls))
    this.#hashes = new Map(Object.entries(state.hashes))
  }

  /** Reads the state; a missing file is a fresh start, a damaged one is set aside with a warning. */
  static async open(dataDir: string, logger?: StateLogger): Promise<IngestState> {
    const file = path.join(dataDir, STATE_FILE)
    let state: StoredState = { version: STATE_VERSION, feeds: {}, urls: {}, hashes: {} }
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as StoredState
      if (parsed?.version !== STATE_VERSION || typeof parsed.feeds !== 'object') throw new Error(`unknown state version ${String(parsed?.version)}`)
      state = { version: STATE_VERSION, feeds: parsed.feeds ?? {}, urls: parsed.urls ?? {}, hashes: parsed.hashes ?? {} }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // No file, or no folder to hold one (DATA_DIR unusable: saving says so when there is
      // something to save); a file that cannot be read is left where it is; one that is not a
      // state we know is set aside.
      if (code === 'ENOENT' || code === 'ENOTDIR') return new IngestState(file, state)
      if (code) {
        logger?.warn({ file, reason: (error as Error).message }, 'feed state unreadable; starting afresh (articles already in the coverage are still recognised)')
      } else {
        const aside = `${file}.damaged-${Date.now()}`
        await rename(file, aside).catch(() => {})
        logger?.warn({ file, keptAs: aside, reason: (error as Error).message }, 'feed state damaged; set aside, starting afresh (articles already in the coverage are still recognised)')
      }
    }
    return new IngestState(file, state)
  }

  feed(url: string): FeedState {
    return (this.state.feeds[url] ??= { failures: 0, seen: [] })
  }

  hasSeen(feedUrl: string, itemId: string): boolean {
    return this.feed(feedUrl).seen.includes(itemId)
  }

  markSeen(feedUrl: string, itemId: string): void {
    const seen = this.feed(feedUrl).seen
    if (seen.includes(itemId)) return
    seen.push(itemId)
    if (seen.length > MAX_ITEMS_REMEMBERED) seen.splice(0, seen.length - MAX_ITEMS_REMEMBERED)
  }

  fileForUrl(url: string): string | undefined {
    return this.#urls.get(url)
  }

  fileForHash(hash: string): string | undefined {
    return this.#hashes.get(hash)
  }

  /** Remembers an article written (call save() to keep it across restarts). */
  recordArticle(file: string, urls: string[], hash: string): void {
    for (const url of urls) this.#urls.set(url, file)
    this.#hashes.set(hash, file)
    trim(this.#urls)
    trim(this.#hashes)
  }

  /** Written to a temporary file and renamed over the old one: the file is always one whole state. */
  async save(): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true })
    const temp = `${this.file}.${randomBytes(6).toString('hex')}.tmp`
    const handle = await open(temp, 'w', 0o644)
    try {
      await handle.writeFile(JSON.stringify({ ...this.state, urls: Object.fromEntries(this.#urls), hashes: Object.fromEntries(this.#hashes) }))
      await handle.sync()
    } finally {
      await handle.close()
    }
    try {
      await rename(temp, this.file)
    } catch (error) {
      await unlink(temp).catch(() => {})
      throw error
    }
  }
}

/** Maps keep insertion order: drop the oldest entries past the limit. */
function trim(map: Map<string, string>): void {
  for (const key of map.keys()) {
    if (map.size <= MAX_ARTICLES_REMEMBERED) return
    map.delete(key)
  }
}
