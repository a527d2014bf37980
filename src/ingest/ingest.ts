// One link → one article file in the corpus folder, or the exact reason it was not added:
// fetch (fetch.ts) → extract (extract.ts, or the feed's own content) → duplicate checks by
// canonical URL and by text → written atomically with its header (articleFile.ts). Used by
// /add, `coverage-bot add` and the feed poller; the folder watcher then indexes the file.
import { createHash } from 'node:crypto'
import { cleanArticle } from '../corpus/clean.ts'
import { toPassages } from '../corpus/passages.ts'
import type { Article } from '../types.ts'
import { articleFileName, renderArticleFile, writeArticleAtomically, type ArticleToWrite, type WriteHooks } from './articleFile.ts'
import { extractArticle, NotAnArticle, paragraphsOfHtml, type ExtractedArticle } from './extract.ts'
import { FetchError, parseHttpUrl, type FetchFailure, type Fetcher } from './fetch.ts'
import type { Extract } from './extractor.ts'
import type { FeedItem } from './feeds.ts'
import type { IngestState } from './state.ts'

export type SkipCode = FetchFailure | 'NOT_ARTICLE' | 'DUPLICATE'

/** What was added: enough to answer /add with title, outlet, date and passages. */
export interface AddedArticle {
  file: string
  title: string
  outlet?: string
  url: string
  published?: string
  /** Where the text came from: the page (readability, json-ld) or the feed item ('feed'). */
  method: ExtractedArticle['method']
  /** The article's passages, as the coverage will quote them. */
  passages: string[]
}

export type IngestOutcome =
  | { status: 'added'; article: AddedArticle }
  | { status: 'skipped'; code: SkipCode; reason: string; url: string; existing?: string }

export interface IngestorOptions {
  corpusDir: string
  fetcher: Fetcher
  state: IngestState
  /** The articles being served, so a link already in the coverage is recognised (by URL or text). */
  currentArticles?: () => readonly Article[]
  hooks?: WriteHooks
  now?: () => number
  /** How a page's HTML becomes an article: extractArticle on a worker thread (extractor.ts), or in-line. */
  extract?: Extract
}

/** A feed item's own text is used only when it is more than a teaser. */
const MIN_FEED_TEXT_CHARS = 150
/** Tracking parameters that make one article look like many URLs. */
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|ns_\w+|at_\w+|ito|smid|s_cid|taid)$/i

export class Ingestor {
  #critical: Promise<unknown> = Promise.resolve()
  #known?: { articles: readonly Article[]; urls: Map<string, string>; hashes: Map<string, string> }
  /** Each served article's text hash, kept across reloads (a reload re-reads an unchanged article into the same body text). */
  #hashOf = new WeakMap<Article, string>()
  #hashByBody = new Map<string, string>()

  constructor(private readonly options: IngestorOptions) {}

  /**
   * Fetches `url` and adds its article. `outlet` (from feeds.txt) names the outlet whatever the
   * page says; `item` is the feed item it came from, whose content stands in when the page
   * cannot be read. `save: false` leaves saving the state to the caller (the poller, once per feed).
   */
  async add(url: string, { outlet, item, save = true }: { outlet?: string; item?: FeedItem; save?: boolean } = {}): Promise<IngestOutcome> {
    let requested: URL
    try {
      requested = parseHttpUrl(url)
    } catch (error) {
      return skipped(error as FetchError, url)
    }
    const already = this.#knownFile(canonicalUrl(requested.href))
    if (already) return duplicate(requested.href, already)

    let extracted: ExtractedArticle
    let finalUrl = requested.href
    try {
      const page = await this.options.fetcher.fetch({ url: requested.href, kind: 'page' })
      finalUrl = page.url
      extracted = await (this.options.extract ?? inline)(page.text, page.url)
    } catch (error) {
      if (!(error instanceof FetchError) && !(error instanceof NotAnArticle)) throw error
      const fallback = item && fromFeedItem(item, finalUrl)
      if (!fallback) {
        return error instanceof FetchError
          ? skipped(error, requested.href)
          : { status: 'skipped', code: 'NOT_ARTICLE', reason: `it is not an article: ${error.message}`, url: requested.href }
      }
      extracted = fallback
    }

    const article: ArticleToWrite = {
      title: extracted.title || item?.title || extracted.paragraphs[0]!.slice(0, 90),
      url: extracted.url,
      paragraphs: extracted.paragraphs,
      ...((outlet ?? extracted.outlet) ? { outlet: outlet ?? extracted.outlet } : {}),
      ...((extracted.published ?? item?.published) ? { published: extracted.published ?? item?.published } : {}),
      ...(extracted.author ? { author: extracted.author } : {}),
    }
    const urls = [...new Set([requested.href, finalUrl, extracted.url].map(canonicalUrl))]
    const text = renderArticleFile(article)
    const clean = cleanArticle(text)
    const hash = textHash(clean.paragraphs.map((p) => p.text).join('\n\n'))

    // Checked and written one at a time: two feeds carrying one story at once add it once.
    const result = this.#critical.then(async (): Promise<IngestOutcome> => {
      for (const u of urls) {
        const existing = this.#knownFile(u)
        if (existing) return duplicate(requested.href, existing)
      }
      const sameText = this.options.state.fileForHash(hash) ?? this.#knownArticles().hashes.get(hash)
      if (sameText) return { status: 'skipped', code: 'DUPLICATE', reason: `it is already in the coverage: the same text as ${sameText}`, url: requested.href, existing: sameText }
      const name = articleFileName(article, (this.options.now ?? Date.now)())
      const file = await writeArticleAtomically(this.options.corpusDir, name, text, this.options.hooks)
      this.options.state.recordArticle(file, urls, hash)
      // /add keeps it at once; the poller once per feed (a crash in between only means a page
      // fetched again next time, then recognised by its URL or text in the coverage).
      if (save) await this.options.state.save()
      return {
        status: 'added',
        article: {
          file,
          title: clean.title,
          url: extracted.url,
          method: extracted.method,
          passages: toPassages(file, clean.paragraphs, 0).map((p) => p.text),
          ...(article.outlet ? { outlet: article.outlet } : {}),
          ...(article.published ? { published: article.published } : {}),
        },
      }
    })
    this.#critical = result.catch(() => {})
    return result
  }

  /** The file already holding this canonical URL: one ingest wrote, or one the coverage serves. */
  #knownFile(url: string): string | undefined {
    return this.options.state.fileForUrl(url) ?? this.#knownArticles().urls.get(url)
  }

  /** The served articles' URLs and text hashes, computed once per set of articles. */
  #knownArticles(): { urls: Map<string, string>; hashes: Map<string, string> } {
    const articles = this.options.currentArticles?.() ?? []
    if (this.#known?.articles !== articles) {
      const urls = new Map<string, string>()
      const hashes = new Map<string, string>()
      const bodies = new Map<string, string>()
      for (const a of articles) {
        if (a.url) urls.set(canonicalUrl(a.url), a.source)
        // Hashed once per article text, not once per reload: 3,000 articles re-hashed after every
        // reload during a poll held answers up.
        let hash = this.#hashOf.get(a) ?? this.#hashByBody.get(a.body)
        if (hash === undefined) hash = textHash(a.body)
        this.#hashOf.set(a, hash)
        bodies.set(a.body, hash)
        hashes.set(hash, a.source)
      }
      this.#hashByBody = bodies
      this.#known = { articles, urls, hashes }
    }
    return this.#known!
  }
}

const inline: Extract = async (html, url) => extractArticle(html, url)

/** The item's own content as the article, when it is more than a teaser. */
function fromFeedItem(item: FeedItem, url: string): ExtractedArticle | undefined {
  if (!item.content) return undefined
  const paragraphs = paragraphsOfHtml(item.content)
  if (paragraphs.reduce((n, p) => n + p.length, 0) < MIN_FEED_TEXT_CHARS) return undefined
  return {
    title: item.title ?? paragraphs[0]!.slice(0, 90),
    url: item.link ?? url,
    paragraphs,
    method: 'feed',
    ...(item.published ? { published: item.published } : {}),
    ...(item.author ? { author: item.author } : {}),
  }
}

/**
 * One article, one URL: scheme and host lower-cased, default port, fragment, tracking
 * parameters and a trailing slash dropped ("…/story/?utm_source=x#top" is "…/story").
 */
export function canonicalUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return raw
  }
  url.hash = ''
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key)
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '')
  return url.href.replace(/\?$/, '')
}

/** The hash an article's cleaned body is known by: the same text from two URLs is one article. */
export function textHash(body: string): string {
  return createHash('sha1').update(body.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('base64url')
}

function skipped(error: FetchError, url: string): IngestOutcome {
  return { status: 'skipped', code: error.code, reason: error.message, url }
}

function duplicate(url: string, existing: string): IngestOutcome {
  return { status: 'skipped', code: 'DUPLICATE', reason: `it is already in the coverage as ${existing}`, url, existing }
}
