// Raw article text → title, metadata and clean paragraphs. Removes what is not the article
// ("Read also:" link lists, footnote debris, empty lines) and keeps section headings as context
// for the paragraphs under them.
import { normalizePublished } from './dates.ts'
import { splitSentences } from './sentences.ts'

export interface ArticleMeta {
  title?: string
  outlet?: string
  url?: string
  published?: string
  author?: string
}

export interface Paragraph {
  heading?: string
  text: string
}

export interface CleanArticle {
  meta: ArticleMeta
  title: string
  paragraphs: Paragraph[]
}

/** Why an article could not be used; the loader reports it with the file name. */
export class ArticleProblem extends Error {}

const META_KEYS = new Set(['title', 'outlet', 'url', 'published', 'author'])
const BOILERPLATE_INTRO = /^(read also|read more|see also|related( articles| stories)?|more on this story|also read)\s*:?$/i
const BULLET = /^([-*•–]|\d+[.)])\s+/
/** "[1] [Source] [2] [Source]": link debris left by scrapers. */
const FOOTNOTE_DEBRIS = /^(\[[^\]]{0,40}\]\s*)+$/
const TITLE_MAX_CHARS = 90

export function cleanArticle(raw: string, format: 'txt' | 'md' = 'txt'): CleanArticle {
  let text = normalizeText(raw)
  const { meta, body } = splitHeaderBlock(text) ?? splitFrontMatter(text)
  text = decodeEntities(body)
  if (format === 'md') text = stripMarkdown(text)

  const lines = dropBoilerplate(text.split('\n').map(collapseSpaces))
  if (lines.length === 0) throw new ArticleProblem('no article text')

  const headings = lines.filter((_, i) => headsSection(lines, i))
  let title = meta.title
  let bodyLines = lines
  const first = lines[0]!
  // The first line is the headline when it reads as one: short, one sentence, not a section
  // heading of a sectioned article ("What's Happening?"). A headline ending in a full stop is
  // a sentence too, so it stays in the body as well.
  if (!title && lines.length > 1 && isHeadline(first) && !(isHeading(first) && headings.length > 1)) {
    title = first.replace(/[.]$/, '')
    if (!/[.!]$/.test(first)) bodyLines = lines.slice(1)
  }

  const paragraphs: Paragraph[] = []
  let heading: string | undefined
  for (const [i, line] of bodyLines.entries()) {
    if (headsSection(bodyLines, i)) {
      heading = line
      continue
    }
    paragraphs.push(heading ? { heading, text: line } : { text: line })
  }
  if (paragraphs.length === 0) throw new ArticleProblem('no article text besides its title')

  return { meta, title: title ?? deriveTitle(paragraphs[0]!.text), paragraphs }
}

/**
 * Marks web pages put inside words that show nothing: a soft hyphen ("Sicherheits\u00ADgarantien"),
 * a zero-width space, a word joiner, a zero-width no-break space (and a BOM). Dropped from articles
 * and questions alike, so the word is indexed and asked whole and a quote reads the same. The
 * joiners that shape emoji and scripts (U+200C, U+200D) stay.
 */
export const INVISIBLE_IN_WORDS = /[\u00AD\u200B\u2060\uFEFF]/g

/** NFC, Unix line ends, no control characters (NUL and friends) other than newline and tab, nothing invisible inside words. */
export function normalizeText(raw: string): string {
  return raw
    .replace(INVISIBLE_IN_WORDS, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u2028\u2029]/g, (c) => (c === '\u2028' || c === '\u2029' ? '\n' : ''))
    .normalize('NFC')
}

function splitFrontMatter(text: string): { meta: ArticleMeta; body: string } {
  const lines = text.split('\n')
  const open = lines.findIndex((l) => l.trim() !== '')
  if (open < 0 || lines[open]!.trim() !== '---') return { meta: {}, body: text }
  const close = lines.findIndex((l, i) => i > open && l.trim() === '---')
  if (close < 0) throw new ArticleProblem('front matter opened with "---" is never closed')

  const meta: Record<string, string> = {}
  for (const line of lines.slice(open + 1, close)) {
    const m = line.match(/^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/)
    if (!m) continue
    const key = m[1]!.toLowerCase()
    const value = m[2]!.replace(/^(["'])(.*)\1$/, '$2').trim()
    if (META_KEYS.has(key) && value) meta[key] = collapseSpaces(value)
  }
  return { meta: withDate(meta), body: lines.slice(close + 1).join('\n') }
}

/** "Published:" is kept only as a date we can compare (ISO, see src/dates.ts); anything else is dropped. */
function withDate(meta: ArticleMeta): ArticleMeta {
  if (meta.published === undefined) return meta
  const { published, ...rest } = meta
  const iso = normalizePublished(published)
  return iso ? { ...rest, published: iso } : rest
}

/** A header line as ingest writes it: "Title: …", "Outlet: …", "URL: …", "Published: …", "Author: …". */
const HEADER_LINE = /^(Title|Outlet|URL|Published|Author):[ \t]*(.*?)\s*$/i

/**
 * The header block (docs/ingest.md): "Key: value" lines at the very top, only the five keys,
 * then a blank line. Anything else (a first line that merely contains a colon, "Update: …")
 * is not a header, so an article without one reads exactly as before.
 */
function splitHeaderBlock(text: string): { meta: ArticleMeta; body: string } | undefined {
  const lines = text.split('\n')
  const start = lines.findIndex((l) => l.trim() !== '')
  if (start < 0 || !HEADER_LINE.test(lines[start]!)) return undefined
  const meta: Record<string, string> = {}
  let i = start
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const m = HEADER_LINE.exec(lines[i]!)
    if (!m) return undefined
    const value = collapseSpaces(m[2]!)
    if (value) meta[m[1]!.toLowerCase()] = value
  }
  // The blank line is the header's end; a file that is only a header has no article.
  const body = lines.slice(i + 1).join('\n')
  if (!body.trim()) throw new ArticleProblem('a header block with no article text after it')
  return { meta: withDate(meta), body }
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' }

/** Numeric and basic named HTML entities, as scraped text often keeps them ("&#163;" is "£"). */
function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return NAMED_ENTITIES[code.toLowerCase()] ?? whole
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
    return n > 31 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : whole
  })
}

/** Markdown syntax is not the article's words: keep the text of headings, links and emphasis. */
function stripMarkdown(text: string): string {
  return text
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/^\s{0,3}>\s?/gm, '')
}

function collapseSpaces(line: string): string {
  return line.replace(/[\s\u00A0]+/g, ' ').trim()
}

/** Drops "Read also:" blocks with their bullet lines, footnote debris, media contacts and blank lines. */
function dropBoilerplate(lines: string[]): string[] {
  const kept: string[] = []
  let inLinkList = false
  let inContact = false
  for (const line of lines) {
    // A blank line ends a contact block (what follows is the article's again), not a link list.
    if (!line) {
      inContact = false
      continue
    }
    if (BOILERPLATE_INTRO.test(line)) {
      inLinkList = true
      continue
    }
    if (inLinkList && BULLET.test(line)) continue
    inLinkList = false
    const opensContact = CONTACT_INTRO.test(line)
    if (opensContact || END_MARK.test(line)) {
      inContact = opensContact
      continue
    }
    if (inContact && isContactLine(line)) continue
    inContact = false
    if (FOOTNOTE_DEBRIS.test(line)) continue
    kept.push(line)
  }
  return kept
}

/**
 * A press release's media contact and its end mark ("Media contact:", "Media enquiries: Press
 * Office, …", "Contact for media inquiries:", "-ENDS-"): who answers reporters' calls, not the
 * story. Kept, its "Larisa Pop, Head of Communications" answered "who runs mincarpat".
 */
const CONTACT_INTRO = /^(?:for\s+)?(?:media|press)\s+(?:contacts?|enquiries|inquiries)\b|^contacts?\s+for\s+(?:the\s+)?(?:media|press)\b/i
const END_MARK = /^[-–—\s]*(?:ends|###)[-–—\s]*$|^[-–—]\s*30\s*[-–—]$/i
/** A line of a contact block: short, and a name, a title, an address, a phone number or an email rather than a sentence. */
function isContactLine(line: string): boolean {
  return words(line).length <= 10 && (/[@,|]|\+?\d[\d\s-]{6,}/.test(line) || !/[.!?]$/.test(line))
}

function words(line: string): string[] {
  return line.split(' ').filter(Boolean)
}

/**
 * A line that hands over to a quotation below it, as club and company statements print one:
 * "First Team Manager Tomasz Wierzbicki said:". Its words are the article's, not a section's name.
 */
const SPEECH_LEAD_IN = /\b(said|says|added|adds|explained|stated|commented|continued|wrote|writes|noted|warned)\s*:$/i

/** A section heading: short, no sentence-ending full stop, in Title Case or ending with "?" or ":". */
export function isHeading(line: string): boolean {
  const w = words(line)
  if (w.length === 0 || w.length > 8 || line.length > 70 || /[.,;]$/.test(line) || SPEECH_LEAD_IN.test(line) || SIGNED.test(line) || FIELD.test(line) || isQaQuestion(line)) return false
  if (/[?:]$/.test(line)) return w.filter((x) => /^[\p{Lu}\p{N}]/u.test(x)).length >= Math.ceil(w.length / 2)
  const small = /^(a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|as|vs)$/i
  return w.every((x) => /^[\p{Lu}\p{N}"'“‘]/u.test(x) || small.test(x))
}

/** A line that heads the lines after it (never the last line: a heading heads something). */
function headsSection(lines: string[], i: number): boolean {
  return i < lines.length - 1 && (isHeading(lines[i]!) || opensNumberedSection(lines[i]!, lines[i + 1]!))
}

/**
 * "3. Snow and weather conditions" over "3.1 The avalanche bulletin…": an official report's
 * numbered section heading, in sentence case as such reports write them. Only over its own first
 * subsection: a numbered list's items ("1. Close the schools") are the article's text.
 */
function opensNumberedSection(line: string, next: string): boolean {
  const number = NUMBERED_HEADING.exec(line)?.[1]
  return number !== undefined && words(line).length <= 8 && line.length <= 70 && next.startsWith(`${number}.1 `)
}
const NUMBERED_HEADING = /^(\d{1,2})\.\s+\p{Lu}[^.;:!?]*$/u

/**
 * "Hiroshi Otsuka, President and Representative Director", "By Dana Whitcombe, Education
 * Reporter": a name and a comma open a signature or a byline, which is the article's text (who
 * signs a statement, who writes), not the heading of the lines after it.
 */
const SIGNED = /^(?:By\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s/u

/**
 * "Q: What is the Pan Justo agreement?": a Q&A's question is the article's text, the passage of
 * its answer, whose words it restates. As a heading it was context only (0.4 of a word's weight),
 * a heading or not by how many of its words had capitals, and it went on heading the answers
 * after it whose questions were not headings.
 */
const ASKED = /^(Q|Question)\s*[:.]\s/

/** A Q&A's question line ("Q: What is…?"), which goes with the answer after it. */
export const isQaQuestion = (line: string) => ASKED.test(line)

/**
 * "Committee Chair: Cllr Iain Dewar", "Venue: Oban mart": a label and its value, as a report's
 * header lines give them, is the article's text (who chairs, where), not a heading.
 */
const FIELD = /^[^:?]{1,40}:\s+\S.*[^?:]$/u

function isHeadline(line: string): boolean {
  return words(line).length <= 20 && line.length <= 160 && splitSentences(line).length === 1
}

/** A short title from the first sentence, cut at a word boundary. */
function deriveTitle(text: string): string {
  const first = splitSentences(text)[0]?.text ?? text
  const sentence = first.replace(/[.!?]+$/, '')
  if (sentence.length <= TITLE_MAX_CHARS) return sentence
  const cut = sentence.slice(0, TITLE_MAX_CHARS)
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`
}
