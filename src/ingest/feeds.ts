// feeds.txt and the feeds it lists: RSS 2.0 (and RSS 1.0/RDF), Atom, and JSON Feed → items.
// Malformed XML is refused with its line number, never half read.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { normalizePublished } from '../corpus/dates.ts'
import { httpUrl } from './httpUrl.ts'

/** One line of feeds.txt: a feed URL, optionally followed by the outlet's name. */
export interface FeedSource {
  url: string
  outlet?: string
}

export interface FeedListProblem {
  line: number
  reason: string
}

/**
 * feeds.txt: one feed a line, `URL` or `URL Outlet name`; blank lines and lines starting with
 * `#` are ignored. A line that is not an http(s) URL is reported with its number, the rest used.
 */
export function readFeedList(text: string): { feeds: FeedSource[]; problems: FeedListProblem[] } {
  const feeds: FeedSource[] = []
  const problems: FeedListProblem[] = []
  const seen = new Set<string>()
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (!line || line.startsWith('#')) return
    const [first = '', ...rest] = line.split(/\s+/)
    const url = httpUrl(first)
    if (!url) {
      problems.push({ line: i + 1, reason: `not an http(s) feed URL: “${first.slice(0, 80)}”` })
      return
    }
    if (seen.has(url.href)) {
      problems.push({ line: i + 1, reason: `listed twice: ${url.href}` })
      return
    }
    seen.add(url.href)
    const outlet = rest.join(' ').trim()
    feeds.push({ url: url.href, ...(outlet ? { outlet } : {}) })
  })
  return { feeds, problems }
}

export interface FeedItem {
  /** The item's identity across polls: its guid or id, else its link. */
  id: string
  link?: string
  title?: string
  published?: string
  author?: string
  /** The item's own content (HTML or text): the fallback when its page cannot be read. */
  content?: string
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'json'
  title?: string
  items: FeedItem[]
}

export class FeedProblem extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
})

/** Parses a feed body; throws FeedProblem saying why it is not a feed we can read. */
export function parseFeed(text: string, baseUrl: string): ParsedFeed {
  const body = text.replace(/^\uFEFF/, '').trimStart()
  if (body.startsWith('{')) return parseJsonFeed(body, baseUrl)
  if (!body.startsWith('<')) throw new FeedProblem('not a feed (neither XML nor JSON)')
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype html|html)[\s>]/i.test(body)) throw new FeedProblem('not a feed (a web page)')
  const valid = XMLValidator.validate(body)
  if (valid !== true) throw new FeedProblem(`malformed XML at line ${valid.err.line}: ${valid.err.msg}`)
  const doc = parser.parse(body) as Record<string, unknown>
  const rss = record(doc.rss)
  if (rss) {
    const channel = record(rss.channel) ?? {}
    return { format: 'rss', ...titled(text_(channel.title)), items: list(channel.item).map((item) => rssItem(item, baseUrl)).filter(isItem) }
  }
  const rdf = record(doc['rdf:RDF'])
  if (rdf) return { format: 'rss', ...titled(text_(record(rdf.channel)?.title)), items: list(rdf.item).map((item) => rssItem(item, baseUrl)).filter(isItem) }
  const feed = record(doc.feed)
  if (feed) return { format: 'atom', ...titled(text_(feed.title)), items: list(feed.entry).map((entry) => atomEntry(entry, baseUrl)).filter(isItem) }
  throw new FeedProblem('not a feed (XML, but neither RSS nor Atom)')
}

function rssItem(value: unknown, base: string): FeedItem | undefined {
  const item = record(value)
  if (!item) return undefined
  const link = httpUrl(text_(list(item.link)[0]), base)?.href
  const guid = text_(item.guid)
  const id = guid ?? link
  if (!id) return undefined
  const content = text_(item['content:encoded']) ?? text_(item.description)
  const published = normalizePublished(text_(item.pubDate) ?? text_(item['dc:date']))
  const author = text_(item['dc:creator']) ?? text_(item.author)
  return compact({ id, link: link ?? (guid && /^https?:\/\//.test(guid) ? guid : undefined), title: text_(item.title), published, author, content })
}

function atomEntry(value: unknown, base: string): FeedItem | undefined {
  const entry = record(value)
  if (!entry) return undefined
  const links = list(entry.link).map(record).filter((l): l is Record<string, unknown> => !!l)
  const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0]
  const link = httpUrl(text_(alternate?.['@_href']), base)?.href
  const id = text_(entry.id) ?? link
  if (!id) return undefined
  const author = text_(record(entry.author)?.name)
  return compact({
    id,
    link,
    title: text_(entry.title),
    published: normalizePublished(text_(entry.published) ?? text_(entry.updated)),
    author,
    content: text_(entry.content) ?? text_(entry.summary),
  })
}

function parseJsonFeed(body: string, base: string): ParsedFeed {
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch (error) {
    throw new FeedProblem(`malformed JSON (${(error as Error).message})`)
  }
  const feed = record(data)
  if (!feed || typeof feed.version !== 'string' || !feed.version.includes('jsonfeed.org') || !Array.isArray(feed.items)) {
    throw new FeedProblem('not a feed (JSON, but not a JSON Feed)')
  }
  const items = feed.items
    .map((value): FeedItem | undefined => {
      const item = record(value)
      if (!item) return undefined
      const link = httpUrl(typeof item.url === 'string' ? item.url : undefined, base)?.href
      const id = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : link
      if (!id) return undefined
      const author = record(list(item.authors)[0] ?? item.author)?.name
      return compact({
        id,
        link,
        title: typeof item.title === 'string' ? item.title : undefined,
        published: normalizePublished(typeof item.date_published === 'string' ? item.date_published : undefined),
        author: typeof author === 'string' ? author : undefined,
        content: typeof item.content_html === 'string' ? item.content_html : typeof item.content_text === 'string' ? item.content_text : undefined,
      })
    })
    .filter(isItem)
  return { format: 'json', ...titled(typeof feed.title === 'string' ? feed.title : undefined), items }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

function list(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

/** An element's text: a string, or the text node of an element with attributes. */
function text_(value: unknown): string | undefined {
  const v = record(value) ? (value as Record<string, unknown>)['#text'] : value
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : undefined
  return s ? s : undefined
}

function titled(title: string | undefined): { title?: string } {
  return title ? { title } : {}
}

function compact(item: { id: string } & Partial<Record<keyof FeedItem, string | undefined>>): FeedItem {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as unknown as FeedItem
}

function isItem(item: FeedItem | undefined): item is FeedItem {
  return item !== undefined
}
