// An extracted article → a corpus file: the header block (docs/ingest.md), a blank line, its
// paragraphs; named from outlet, date and title; written so that no reader, and no crash, ever
// sees half of it.
import { randomBytes } from 'node:crypto'
import { link, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { isoDay } from '../dates.ts'
import { foldText } from '../search/fold.ts'

export interface ArticleToWrite {
  title: string
  outlet?: string
  url?: string
  published?: string
  author?: string
  paragraphs: string[]
}

/** One line per header field (values on one line), a blank line, then paragraphs a blank line apart. */
export function renderArticleFile(article: ArticleToWrite): string {
  const line = (text: string) => text.replace(/\s+/g, ' ').trim()
  const header = [
    `Title: ${line(article.title)}`,
    ...(article.outlet ? [`Outlet: ${line(article.outlet)}`] : []),
    ...(article.url ? [`URL: ${line(article.url)}`] : []),
    ...(article.published ? [`Published: ${article.published}`] : []),
    ...(article.author ? [`Author: ${line(article.author)}`] : []),
  ]
  return `${header.join('\n')}\n\n${article.paragraphs.map(line).filter(Boolean).join('\n\n')}\n`
}

/** "harbour-times-2025-08-18-valmora-dockers-walk-out-over-night-shifts.txt". */
export function articleFileName(article: Pick<ArticleToWrite, 'title' | 'outlet' | 'url' | 'published'>, fetchedAt: number = Date.now()): string {
  const host = article.url ? new URL(article.url).hostname.replace(/^www\./, '') : undefined
  const outlet = slug(article.outlet ?? host ?? 'article', 40) || 'article'
  const title = slug(article.title, 60)
  return `${outlet}-${isoDay(article.published, fetchedAt)}${title ? `-${title}` : ''}.txt`
}

function slug(text: string, max: number): string {
  const s = foldText(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (s.length <= max) return s
  const cut = s.slice(0, max)
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut
}

/** Temporary files end in .tmp and start with a dot: the corpus loader never reads them. */
const TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/

export interface WriteHooks {
  /** Called with the temporary file's path once its bytes are on disk, before it gets its name (tests crash here). */
  afterTempWritten?(tempPath: string): void | Promise<void>
}

/**
 * Writes `text` as `dir/name`, or `name-2`, `-3`… when that name is taken (never overwriting):
 * to a temporary file first, flushed to disk, then linked under its name in one step. A reader
 * sees the whole file or none; a crash leaves at most a temporary file, removed by
 * removeStaleTempFiles. Returns the name used.
 */
export async function writeArticleAtomically(dir: string, name: string, text: string, hooks: WriteHooks = {}): Promise<string> {
  const temp = path.join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx', 0o644)
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await hooks.afterTempWritten?.(temp)
    const ext = path.extname(name)
    const stem = name.slice(0, -ext.length)
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? name : `${stem}-${n}${ext}`
      const target = path.join(dir, candidate)
      try {
        // link() fails when the name exists, where rename() would replace it: no article is lost.
        await link(temp, target)
        return candidate
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        // A file system without hard links (some network and FUSE mounts): rename, still in one
        // step, after checking the name is free.
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
          if (await stat(target).then(() => true, () => false)) continue
          await rename(temp, target)
          return candidate
        }
        if (code !== 'EEXIST' || n >= 1000) throw error
      }
    }
  } finally {
    await unlink(temp).catch(() => {})
  }
}

/** Removes temporary files a crash left behind (older than `olderThanMs`, so a write in progress is safe). */
export async function removeStaleTempFiles(dir: string, olderThanMs = 60_000, now = Date.now()): Promise<string[]> {
  const removed: string[] = []
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!TEMP.test(name)) continue
    const full = path.join(dir, name)
    const info = await stat(full).catch(() => undefined)
    if (info && now - info.mtimeMs >= olderThanMs) {
      await rm(full, { force: true })
      removed.push(name)
    }
  }
  return removed
}
