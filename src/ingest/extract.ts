// A news page's HTML → the article: its paragraphs and nothing else (no menu, cookie banner,
// caption, "Read more" line, related-article list or comments), with title, outlet, canonical
// URL and date from the page's metadata. Mozilla's Readability finds the main text over a
// linkedom DOM; the page is first cleared of what is never article text, and what Readability
// keeps is read block by block. A page whose text is only in its JSON-LD (`articleBody`) is
// read from there.
import { parseHTML } from 'linkedom'
import { isProbablyReaderable, Readability } from '@mozilla/readability'
import { normalizePublished } from '../corpus/dates.ts'
import { httpUrl } from './httpUrl.ts'

export interface ExtractedArticle {
  title: string
  outlet?: string
  /** The page's canonical URL when it gives one (an AMP page names its ordinary page), else the URL fetched. */
  url: string
  published?: string
  author?: string
  paragraphs: string[]
  /** Where the text came from. */
  method: 'readability' | 'json-ld' | 'feed'
}

/** Why a page is not an article we can add. */
export class NotAnArticle extends Error {}

/** Less text than this is a teaser, an index page or an error page, not an article. */
export const MIN_ARTICLE_CHARS = 250

// A minimal DOM surface: linkedom's types are loose, and this is all we use.
interface El {
  tagName: string
  textContent: string | null
  children: ArrayLike<El>
  parentElement: El | null
  getAttribute(name: string): string | null
  querySelectorAll(selector: string): ArrayLike<El>
  querySelector(selector: string): El | null
  remove(): void
}

/** Never article text, whatever Readability would make of it. */
const JUNK_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'iframe', 'form', 'button', 'select', 'svg', 'canvas',
  'nav', 'footer', 'aside', 'figure', 'figcaption', 'amp-sidebar', 'amp-ad', 'amp-analytics',
  '[role=navigation]', '[role=banner]', '[role=contentinfo]', '[role=complementary]', '[role=dialog]', '[hidden]', '[aria-hidden=true]',
].join(',')

/** A class or id naming a part of the page that is not the article. */
const JUNK_NAME =
  /^(?:.*[-_])?(cookies?|consent|gdpr|newsletter|subscribe|subscription|promo|related|recommended|recommendations|comments?|commenting|discussion|share|sharing|social|advert|advertisement|ads?|sponsored|outbrain|taboola|paywall|breadcrumbs?|most-read|mostread|popular|trending|byline|dateline|timestamp|caption|credits?|tags|topics|author-bio|read-more|readmore|more-stories|signup|sign-up)(?:[-_].*)?$/i

/** Lines that are furniture, not reporting (matched on a whole block of at most a few words). */
const FURNITURE =
  /^(read more|read next|see also|more on this story|related( stories| articles| coverage)?|advertisement|sponsored( content)?|sign up|subscribe|share( this)?( article| story)?|follow us|most read|click here|continue reading|comments?|listen to this article|skip to (main )?content)\b/i

export function extractArticle(html: string, pageUrl: string): ExtractedArticle {
  const { document } = parseHTML(withoutScripts(html)) as unknown as { document: Document & El }
  const meta = readMetadata(document, pageUrl)

  const jsonLdBody = meta.articleBody ? splitBody(meta.articleBody) : []
  for (const junk of Array.from(document.querySelectorAll(JUNK_SELECTOR))) junk.remove()
  for (const el of Array.from(document.querySelectorAll('[class],[id]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean)
    // The body and the article element itself are never furniture, whatever a theme calls them.
    if (['BODY', 'HTML', 'ARTICLE', 'MAIN'].includes(tagOf(el))) continue
    if (names.some((n) => JUNK_NAME.test(n))) el.remove()
  }

  let paragraphs: string[] = []
  const readerable = isProbablyReaderable(document as unknown as Document, { minContentLength: 100, minScore: 20 })
  if (readerable || !jsonLdBody.length) {
    const parsed = new Readability(document as unknown as Document, { serializer: (node: Node) => node, charThreshold: 200 }).parse()
    const content = parsed?.content as unknown as El | null | undefined
    if (content) paragraphs = readBlocks(content, meta.title ?? parsed?.title ?? '')
    meta.title ??= parsed?.title?.trim() || undefined
  }
  const length = (ps: string[]) => ps.reduce((n, p) => n + p.length, 0)
  // JSON-LD's articleBody is the publisher's own statement of the text: preferred when the page
  // shows much less of it (a teaser, a page assembled by script).
  const useJsonLd = jsonLdBody.length > 0 && length(jsonLdBody) > 2 * length(paragraphs)
  if (useJsonLd) paragraphs = jsonLdBody
  if (length(paragraphs) < MIN_ARTICLE_CHARS) {
    throw new NotAnArticle(paragraphs.length ? `only ${length(paragraphs)} characters of text were found, too little for an article` : 'no article text was found on the page')
  }
  const title = clean(meta.title ?? '') || paragraphs[0]!.slice(0, 90)
  return {
    title,
    url: meta.canonical ?? pageUrl,
    paragraphs,
    method: useJsonLd ? 'json-ld' : 'readability',
    ...(meta.outlet ? { outlet: meta.outlet } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.author ? { author: meta.author } : {}),
  }
}

/**
 * Scripts (but JSON-LD), styles, SVG and comments removed from the source before it is parsed:
 * often half of a news page's bytes, never article text, and every node of it would be built
 * only to be thrown away (garbage the answers then wait for the collector to clear).
 */
function withoutScripts(html: string): string {
  return html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<(style|svg|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
}

/** Text of an HTML fragment (a feed item's content), block by block: the fallback when a page cannot be read. */
export function paragraphsOfHtml(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: Document & El }
  for (const junk of Array.from(document.querySelectorAll(JUNK_SELECTOR))) junk.remove()
  const body = document.querySelector('body')
  if (!body) return []
  const blocks = readBlocks(body, '')
  if (blocks.length) return blocks
  return splitBody(body.textContent ?? '')
}

// Headings are left out: a subheading is not reporting, and in a .txt corpus file it would be
// quoted as a passage of its own.
const BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'DD'])
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6'])
const SKIP_INSIDE = new Set(['FIGURE', 'FIGCAPTION', 'TABLE', 'ASIDE', 'NAV'])

/** The text blocks of a node, in order: innermost blocks only, so nothing is read twice. */
function readBlocks(root: El, title: string): string[] {
  const out: string[] = []
  const walk = (el: El) => {
    const tag = tagOf(el)
    if (SKIP_INSIDE.has(tag) || HEADINGS.has(tag)) return
    const children = Array.from(el.children)
    const isBlock = BLOCKS.has(tag) || tag === 'DIV'
    const hasBlockChild = children.some((c) => {
      const t = tagOf(c)
      return BLOCKS.has(t) || t === 'DIV' || t === 'UL' || t === 'OL' || t === 'SECTION' || t === 'ARTICLE'
    })
    if (isBlock && !hasBlockChild) {
      const text = clean(el.textContent ?? '')
      if (text && keepBlock(el, text, title)) out.push(text)
      return
    }
    for (const child of children) walk(child)
  }
  walk(root)
  // A block repeated (a pull quote, a sticky headline) is said once.
  return out.filter((text, i) => out.indexOf(text) === i)
}

function keepBlock(el: El, text: string, title: string): boolean {
  if (title && text === clean(title)) return false
  const words = text.split(' ').length
  if (words <= 12 && FURNITURE.test(text)) return false
  // "By Jane Doe", "Updated 19 August 2025, 10:30 BST": the page's furniture, not its reporting.
  if (words <= 8 && /^(by|words by|reporting by|updated|published)\b/i.test(text) && !/[.!?]$/.test(text)) return false
  // A list of links (related stories, tags) has nearly all its text in links.
  const linkText = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + clean(a.textContent ?? '').length, 0)
  if (linkText > 0.6 * text.length) return false
  // List items and headings that are not sentences are navigation unless a paragraph: keep short
  // headings (section headings are context in the corpus format), drop lone words.
  return words > 1 || /[.!?]$/.test(text)
}

/** linkedom keeps a parsed element's tag as written ("p"), one it creates upper case ("DIV"). */
function tagOf(el: El): string {
  return el.tagName.toUpperCase()
}

/** Whitespace collapsed, no-break spaces and zero-width characters out. */
function clean(text: string): string {
  return text.replace(/[\u200B-\u200D\uFEFF]/g, '').replace(/[\s\u00A0]+/g, ' ').trim()
}

function splitBody(body: string): string[] {
  return body
    .split(/\n\s*\n|\r?\n/)
    .map(clean)
    .filter(Boolean)
}

interface PageMetadata {
  title?: string
  outlet?: string
  canonical?: string
  published?: string
  author?: string
  articleBody?: string
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|OpinionNewsArticle|WebPage)$/

function readMetadata(document: El, pageUrl: string): PageMetadata {
  const metaContent = (selector: string) => {
    const value = document.querySelector(selector)?.getAttribute('content')
    return value ? clean(value) || undefined : undefined
  }
  const ld = readJsonLd(document)
  const canonicalHref = document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? metaContent('meta[property="og:url"]')
  const timeEl = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]')
  const published =
    normalizePublished(metaContent('meta[property="article:published_time"]')) ??
    normalizePublished(ld?.datePublished) ??
    normalizePublished(metaContent('meta[name="date"]') ?? metaContent('meta[name="pubdate"]') ?? metaContent('meta[itemprop="datePublished"]')) ??
    normalizePublished(timeEl?.getAttribute('datetime') ?? undefined)
  const h1 = clean(document.querySelector('h1')?.textContent ?? '')
  return {
    title: metaContent('meta[property="og:title"]') ?? (ld?.headline ? clean(ld.headline) : undefined) ?? (h1 || undefined),
    outlet: metaContent('meta[property="og:site_name"]') ?? (ld?.publisher ? clean(ld.publisher) : undefined) ?? metaContent('meta[name="application-name"]'),
    canonical: httpUrl(canonicalHref, pageUrl)?.href,
    published,
    author: metaContent('meta[name="author"]') ?? (ld?.author ? clean(ld.author) : undefined),
    ...(ld?.articleBody ? { articleBody: ld.articleBody } : {}),
  }
}

interface JsonLdArticle {
  headline?: string
  datePublished?: string
  articleBody?: string
  publisher?: string
  author?: string
}

/** The first NewsArticle-like object among the page's JSON-LD blocks (arrays and @graph included). */
function readJsonLd(document: El): JsonLdArticle | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue
    }
    const queue: unknown[] = [data]
    while (queue.length) {
      const item = queue.shift()
      if (Array.isArray(item)) {
        queue.push(...item)
        continue
      }
      if (!item || typeof item !== 'object') continue
      const record = item as Record<string, unknown>
      if (Array.isArray(record['@graph'])) queue.push(...record['@graph'])
      const types = ([] as unknown[]).concat(record['@type'] ?? [])
      if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)) || (types.includes('WebPage') && !record.articleBody)) continue
      const name = (v: unknown): string | undefined => {
        const first = Array.isArray(v) ? v[0] : v
        if (typeof first === 'string') return first
        if (first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string') return (first as { name: string }).name
        return undefined
      }
      return {
        ...(typeof record.headline === 'string' ? { headline: record.headline } : {}),
        ...(typeof record.datePublished === 'string' ? { datePublished: record.datePublished } : {}),
        ...(typeof record.articleBody === 'string' ? { articleBody: decodeHtmlText(record.articleBody) } : {}),
        ...(name(record.publisher) ? { publisher: name(record.publisher)! } : {}),
        ...(name(record.author) ? { author: name(record.author)! } : {}),
      }
    }
  }
  return undefined
}

/** articleBody sometimes carries entities or tags; read it as HTML text, keeping its line breaks. */
function decodeHtmlText(text: string): string {
  if (!/[<&]/.test(text)) return text
  const { document } = parseHTML(`<!doctype html><html><body><pre>${text.replace(/<(\/?)p>/gi, '\n\n').replace(/<br\s*\/?>/gi, '\n')}</pre></body></html>`) as unknown as { document: El }
  return document.querySelector('pre')?.textContent ?? text
}
