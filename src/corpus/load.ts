// A folder of articles on disk → articles and passages. A file that cannot be used is skipped
// with a warning that names it and says why; the rest of the coverage is still served.
import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Article, LoadWarning, Passage } from '../types.ts'
import { ArticleProblem, cleanArticle } from './clean.ts'
import { byteOrderMark, decodeWindows1252 } from './encoding.ts'
import { PARAGRAPH_BREAK, toPassages } from './passages.ts'

/** Larger files are almost certainly not one news article (a dump, a log, a binary). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024
const READ_CONCURRENCY = 32
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md'])
/** Documents news is saved in that are not read: reported, so a folder of them does not load in silence. */
const OTHER_DOCUMENTS = new Set(['.html', '.htm', '.pdf', '.doc', '.docx', '.rtf', '.odt', '.epub'])

/** How a warning about a copy begins: its text is served, from the first file that has it. */
const SAME_TEXT = 'same text as'

/** A copy of another article (indexed once, not lost), as opposed to a file that was skipped. */
export function isSameTextWarning(warning: LoadWarning): boolean {
  return warning.reason.startsWith(`${SAME_TEXT} `)
}

export interface CorpusFile {
  source: string
  size: number
  mtimeMs: number
}

export interface Corpus {
  dir: string
  articles: Article[]
  passages: Passage[]
  warnings: LoadWarning[]
  /** Every article file seen (used or not), for the index cache's fingerprint. */
  files: CorpusFile[]
}

/**
 * The article files of a folder and of the folders inside it (articles kept by month or by
 * outlet), as paths relative to it ("2025-08/strike.txt": the citation), sorted so ids and order
 * are stable.
 */
export async function listArticleFiles(dir: string): Promise<string[]> {
  return (await readFolderTree(dir)).files.sort()
}

/** The folder itself ('') and every folder inside it that may hold articles, relative to it: what the watcher watches. */
export async function listFolders(dir: string): Promise<string[]> {
  return (await readFolderTree(dir)).folders
}

/**
 * Hidden folders (a cache, a repository's .git) and node_modules are not coverage; a link to a
 * folder is not followed, so a loop of links cannot hold up a load.
 */
async function readFolderTree(dir: string): Promise<{ folders: string[]; files: string[] }> {
  const folders = ['']
  const files: string[] = []
  for (let i = 0; i < folders.length; i++) {
    const folder = folders[i]!
    const entries = await readdir(path.join(dir, folder), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      // The folder itself must be there; one inside it removed while listing is simply gone, and
      // one that cannot be read is listed like a file, so the loader reports it by name.
      if (folder === '') throw error
      if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') files.push(`${folder}/`)
      return []
    })
    for (const entry of entries) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') folders.push(relative)
      } else {
        const extension = path.extname(entry.name).toLowerCase()
        if (ARTICLE_EXTENSIONS.has(extension) || OTHER_DOCUMENTS.has(extension)) files.push(relative)
      }
    }
  }
  return { folders, files }
}

type Loaded = { source: string; file?: CorpusFile; text?: string; problem?: string }

/** One article file read and cleaned: what the index cache keeps per file. Passage ids are set when the corpus is assembled. */
export interface FileResult {
  source: string
  file?: CorpusFile
  problem?: string
  /** Digest of the cleaned body, to index byte-identical articles once. */
  digest?: string
  article?: Article
  passages?: Passage[]
}

export async function loadCorpus(dir: string): Promise<Corpus> {
  const names = await listArticleFiles(dir)
  return assembleCorpus(dir, await readAndCleanFiles(dir, names))
}

/** Reads and cleans the named files, in order, a batch at a time. */
export async function readAndCleanFiles(dir: string, names: string[]): Promise<FileResult[]> {
  const results: FileResult[] = new Array(names.length)
  for (let i = 0; i < names.length; i += READ_CONCURRENCY) {
    const batch = names.slice(i, i + READ_CONCURRENCY)
    const loaded = await Promise.all(batch.map((name) => readArticleFile(dir, name)))
    loaded.forEach((r, j) => (results[i + j] = cleanFile(r)))
  }
  return results
}

function cleanFile({ source, file, text, problem }: Loaded): FileResult {
  if (problem !== undefined || text === undefined) return { source, ...(file ? { file } : {}), problem: problem ?? 'unreadable' }
  try {
    const clean = cleanArticle(text, path.extname(source).toLowerCase() === '.md' ? 'md' : 'txt')
    const body = clean.paragraphs.map((p) => p.text).join(PARAGRAPH_BREAK)
    // The headline counts: a story republished under another headline is another article, with
    // its own file name to cite (the BBC corpus has 59 such near-copies beside 98 exact ones).
    const digest = createHash('sha1').update(`${clean.title}\n${body}`).digest('base64')
    return {
      source,
      ...(file ? { file } : {}),
      digest,
      article: { source, title: clean.title, ...clean.meta, body },
      passages: toPassages(source, clean.paragraphs, 0),
    }
  } catch (error) {
    if (!(error instanceof ArticleProblem)) throw error
    return { source, ...(file ? { file } : {}), problem: error.message }
  }
}

/** Cleaned files, in file-name order → the corpus: warnings, one copy of each text, passage ids in order. */
export function assembleCorpus(dir: string, results: FileResult[]): Corpus {
  const articles: Article[] = []
  const passages: Passage[] = []
  const warnings: LoadWarning[] = []
  const files: CorpusFile[] = []
  const firstWithBody = new Map<string, string>()

  for (const { source, file, problem, digest, article, passages: own } of results) {
    if (file) files.push(file)
    if (problem !== undefined || !article || !own || digest === undefined) {
      warnings.push({ source, reason: problem ?? 'unreadable' })
      continue
    }
    const original = firstWithBody.get(digest)
    if (original) {
      warnings.push({ source, reason: `${SAME_TEXT} ${original}; indexed once` })
      continue
    }
    firstWithBody.set(digest, source)
    articles.push(article)
    for (const p of own) {
      p.id = passages.length
      passages.push(p)
    }
  }
  return { dir, articles, passages, warnings, files }
}

async function readArticleFile(dir: string, source: string): Promise<Loaded> {
  const full = path.join(dir, source)
  try {
    const info = await stat(full)
    const file = { source, size: info.size, mtimeMs: info.mtimeMs }
    if (info.isDirectory()) return { source, file, problem: 'a folder that cannot be read' }
    const extension = path.extname(source).toLowerCase()
    if (OTHER_DOCUMENTS.has(extension)) return { source, file, problem: `a ${extension} document: only .txt and .md articles are read (save it as text)` }
    if (!info.isFile()) return { source, file, problem: 'not a regular file' }
    if (info.size === 0) return { source, file, problem: 'empty file' }
    if (info.size > MAX_ARTICLE_BYTES) {
      return { source, file, problem: `too large (${formatBytes(info.size)}; the limit is ${formatBytes(MAX_ARTICLE_BYTES)})` }
    }
    const text = decodeArticle(await readFile(full))
    if (typeof text !== 'string') return { source, file, ...text }
    if (!text.trim()) return { source, file, problem: 'empty file' }
    // A web page saved under a text name would be indexed tags and all, and quoted so.
    if (/^\s*<(!doctype html|html)\b/i.test(text)) return { source, file, problem: 'a web page (HTML), not its text (save the page as text)' }
    return { source, file, text }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const problem =
      code === 'ENOENT' ? 'vanished while loading' : code === 'EACCES' || code === 'EPERM' ? 'unreadable (permission denied)' : `unreadable (${code ?? String(error)})`
    return { source, problem }
  }
}

/**
 * Text as people save it: UTF-8; UTF-16 with its byte-order mark (Windows Notepad's "Unicode"),
 * the mark dropped as UTF-8's is; and the single-byte files of older archives and editors, read
 * as Windows-1252 (Latin-1 and its curly quotes: the raw BBC dataset's sport/199.txt has one
 * Latin-1 pound sign, and one "£" or "é" is no reason to lose an article). Only when few of its
 * characters are outside ASCII: text in another single-byte encoding (Cyrillic, Greek) would be
 * misread throughout, and is refused instead.
 */
function decodeArticle(bytes: Buffer): string | { problem: string } {
  const mark = byteOrderMark(bytes)
  const utf16 = mark === 'utf-16le' || mark === 'utf-16be' ? mark : undefined
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes)
    } catch {
      return { problem: `not valid ${utf16.toUpperCase()} text` }
    }
  }
  if (bytes.includes(0)) return { problem: 'not text (binary content)' }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    let outside = 0
    let visible = 0
    for (const byte of bytes) {
      if (byte > 0x20) visible++
      if (byte >= 0x80) outside++
    }
    if (outside <= SINGLE_BYTE_OUTSIDE_ASCII * visible) return decodeWindows1252(bytes)
    return { problem: 'not valid UTF-8 text' }
  }
}

/** A Western European article has a few accented letters and signs in a hundred; a Cyrillic one, most. */
const SINGLE_BYTE_OUTSIDE_ASCII = 0.1

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`
}
