// The built index on disk, so a restart takes a fraction of a second instead of a rebuild.
// Four files per corpus folder, in the cache folder:
// - index-KEY.jsonl: a header (cache format and a hash of the code and packages that shape the
//   index), each article file's fingerprint (size, mtime) with its cleaned text and its passages
//   as spans of it, minisearch's state in its own toJSON layout without the postings, the
//   index's term list, our learned name variants, and a trailer with the SHA-1 of every line;
// - index-KEY.postings: every term's postings and document frequency as 32-bit words
//   (storedPostings.ts), its SHA-1 recorded in the JSON file;
// - index-KEY.people: the people extracted from that exact index (src/leaders), under the JSON
//   file's SHA-1, so a restart need not extract them again;
// - index-KEY.roles: the role links made from those people (roleLinks.ts), under the same key.
// A file that fails a hash or does not parse is rebuilt with a warning, never trusted; a cache
// from other code is rebuilt; changed, added and removed articles are updated in place.
//
// Start-up time is reading this, so: the JSON is written in ASCII (non-ASCII as \u escapes),
// which reads as Latin-1 at memcpy speed and parses as one-byte strings; hashes run over the
// bytes read; postings are decoded only when a question first reads them.
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { endianness } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import MiniSearch from 'minisearch'
import { assembleCorpus, listArticleFiles, readAndCleanFiles, type Corpus, type CorpusFile, type FileResult } from '../corpus/load.ts'
import type { Passage, Person } from '../types.ts'
import { createAnalyzer } from './analyze.ts'
import {
  buildSearchIndexAsync,
  createIndexWriter,
  createSliceTimer,
  forEachInSlices,
  learnCorpusVariantsAsync,
  yieldToEventLoop,
  type IndexedPassage,
  type SearchIndex,
} from './buildIndex.ts'
import { internalsOf } from './miniInternals.ts'
import { readTerms, WordWriter, writeTerm } from './storedPostings.ts'
import type { StoredRoleLinks } from './roleLinks.ts'
import type { NameVariants } from './variants.ts'

/** Bump when the layout of the files changes. */
export const CACHE_FORMAT = 2
const FILES_PER_LINE = 500
const TERMS_PER_LINE = 5_000
/** Files stat'ed between turns of the event loop (a synchronous stat is a few µs; a promise per file cost more than the stat). */
const STAT_BATCH = 500

/** pino's Logger fits; so does anything with these two methods. */
export interface CacheLogger {
  info(fields: object, message: string): void
  warn(fields: object, message: string): void
}

export interface IndexCacheOptions {
  cacheDir: string
  logger?: CacheLogger
}

export interface IndexedCorpus {
  corpus: Corpus
  index: SearchIndex
  /** loaded: the cache as it was; updated: some articles re-indexed, or only their file times new; built: a full build. */
  cache: 'loaded' | 'updated' | 'built'
  /** Where this index's people are kept: undefined when the cache could not be written. */
  people?: PeopleCache
}

/** The .people file of one index: `key` is the SHA-1 of the index file it belongs to. */
export interface PeopleCache {
  file: string
  key: string
  logger?: CacheLogger
}

/** A file's record in the cache: its fingerprint and what cleaning it gave. */
interface FileRecord {
  source: string
  size?: number
  mtimeMs?: number
  problem?: string
  digest?: string
  article?: FileResult['article']
  /** [position, heading, start and end in the article's body, sentence offsets start,end,start,end… in the passage] */
  passages?: StoredPassage[]
  /** Id of its first passage in the cached index; -1 when it was not indexed. */
  firstId: number
}

type StoredPassage = [number, string | null, number, number, number[]]

/** minisearch's serialized state (its toJSON layout), without the postings. */
interface MiniMeta {
  documentCount: number
  nextId: number
  documentIds: Record<string, number>
  fieldIds: Record<string, number>
  fieldLength: Record<string, number[]>
  averageFieldLength: number[]
  storedFields: Record<string, never>
  dirtCount: number
  serializationVersion: 2
}


/** The .postings file as the JSON file records it. */
interface PostingsRecord {
  bytes: number
  sha1: string
  endianness: string
}

interface CacheContents {
  dir: string
  /** The SHA-1 of the JSON file's lines: names this exact index. */
  key: string
  records: FileRecord[]
  meta: MiniMeta
  terms: string[]
  /** The .postings file's words, one term after another in the order of `terms`. */
  postings: Uint32Array
  variants: { canonical: [string, string][]; bySkeleton: [string, string[]][] }
}

/** The cache file of one corpus folder (its JSON lines; see postingsFileFor). */
export function cacheFileFor(cacheDir: string, dir: string): string {
  const key = createHash('sha1').update(path.resolve(dir)).digest('hex').slice(0, 16)
  return path.join(cacheDir, `index-${key}.jsonl`)
}

/** The postings that go with a cache file. */
export function postingsFileFor(cacheFile: string): string {
  return cacheFile.replace(/\.jsonl$/, '.postings')
}

/**
 * What the cached index and people depend on besides the articles: this cache's format, the
 * source of the corpus, search and leaders code, and the installed packages. Any edit there
 * makes the cache stale.
 */
let engineKey: string | undefined
export function engineFingerprint(): string {
  if (engineKey) return engineKey
  const here = path.dirname(fileURLToPath(import.meta.url))
  const hash = createHash('sha1').update(`format ${CACHE_FORMAT}\n`)
  for (const folder of [path.join(here, '../corpus'), here, path.join(here, '../leaders')]) {
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.ts')).sort()) {
      hash.update(`${name}\n`).update(readFileSync(path.join(folder, name)))
    }
  }
  const lock = path.join(here, '../../package-lock.json')
  if (existsSync(lock)) hash.update(readFileSync(lock))
  engineKey = hash.digest('hex')
  return engineKey
}

/**
 * Loads a corpus folder with its index: from the cache when it is current, updating only the
 * articles that changed, else by a full build; writes the cache back when it changed.
 */
export async function loadIndexedCorpus(dir: string, { cacheDir, logger }: IndexCacheOptions): Promise<IndexedCorpus> {
  const cacheFile = cacheFileFor(cacheDir, dir)
  const names = await listArticleFiles(dir)
  const files = await statFiles(dir, names)
  const cached = await readCache(cacheFile, dir, logger)

  // Unchanged files come from the cache; the others are read and cleaned again.
  const reuse = new Map<string, FileRecord>()
  for (const r of cached?.records ?? []) reuse.set(r.source, r)
  const fresh = files.filter((f) => !sameFile(reuse.get(f.source), f)).map((f) => f.source)
  const cleaned = new Map((await readAndCleanFiles(dir, fresh)).map((r) => [r.source, r]))
  // In slices: at 50,000 articles making their passages from the cache takes 0.4 s.
  const results: FileResult[] = []
  await forEachInSlices(names, (name) => results.push(cleaned.get(name) ?? fromRecord(reuse.get(name)!)))
  const corpus = assembleCorpus(dir, results)

  const listed = new Set(names)
  const removed = (cached?.records ?? []).filter((r) => !listed.has(r.source)).map((r) => r.source)
  // A file with a new time but the same text (copied, checked out again, touched) keeps its
  // passages in the index: only its record is written again.
  const touched = new Set(fresh.filter((n) => sameText(reuse.get(n), cleaned.get(n)!)))
  const changed = fresh.filter((n) => reuse.has(n) && !touched.has(n))
  const added = fresh.filter((n) => !reuse.has(n))
  const reindexed = new Set([...changed, ...added])

  let index: SearchIndex | undefined
  let outcome: IndexedCorpus['cache'] = 'built'
  const indexAsCached = changed.length === 0 && added.length === 0 && removed.length === 0
  if (cached) {
    try {
      index = indexAsCached ? await restoreIndex(cached, corpus) : await updateIndex(cached, corpus, results, (source) => !reindexed.has(source), logger)
      if (index) outcome = fresh.length === 0 && removed.length === 0 ? 'loaded' : 'updated'
    } catch (error) {
      logger?.warn({ cacheFile, reason: (error as Error).message }, 'index cache unusable; rebuilding')
      index = undefined
    }
  }
  index ??= await buildSearchIndexAsync(corpus.articles, corpus.passages)

  if (outcome === 'updated') logger?.info({ cacheFile, added, changed, removed, sameTextNewTime: touched.size }, 'index cache updated for changed articles')
  let key = outcome === 'loaded' ? cached?.key : undefined
  if (outcome !== 'loaded') {
    try {
      key = await writeCache(cacheFile, dir, results, corpus, index)
      // Only file times changed: the people kept for the old index are this one's too.
      if (outcome === 'updated' && indexAsCached && cached) {
        await carryKeptPeople(peopleFileFor(cacheFile), cached.key, key).catch((error: unknown) =>
          logger?.warn({ cacheFile, reason: (error as Error).message }, 'could not carry the kept people to the new index; extracting them again'),
        )
      }
    } catch (error) {
      // The index is good; only the next start will be slower.
      logger?.warn({ cacheFile, reason: (error as Error).message }, 'could not write the index cache')
    }
  }
  const people = key ? { file: peopleFileFor(cacheFile), key, ...(logger ? { logger } : {}) } : undefined
  return { corpus, index, cache: outcome, ...(people ? { people } : {}) }
}

/** The role links kept with a people file (src/search/roleLinks.ts): what `ask` needs of the people. */
export function roleLinksFileFor(peopleFile: string): string {
  return peopleFile.replace(/\.people$/, '.roles')
}

/**
 * The role links kept for this index, or undefined when there are none for it. A short-lived
 * process (the CLI's ask) answers from them without reading the people (2 MB on BBC) or
 * analysing their roles again (~70 ms before V8 has optimised anything).
 * Line 1: the index they belong to and the SHA-1 of line 2, the links.
 */
export async function readCachedRoleLinks({ file, key, logger }: PeopleCache): Promise<StoredRoleLinks | undefined> {
  const rolesFile = roleLinksFileFor(file)
  try {
    const [headerLine, links, rest] = (await readFile(rolesFile, 'latin1')).split('\n')
    const header = JSON.parse(headerLine!) as { index?: string; sha1?: string }
    if (header.index !== key) return undefined
    if (links === undefined || rest !== '' || createHash('sha1').update(links, 'latin1').digest('hex') !== header.sha1) throw new Error('checksum mismatch')
    return JSON.parse(links) as StoredRoleLinks
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    logger?.warn({ rolesFile, reason: (error as Error).message }, 'kept role links unusable; reading the people instead')
    return undefined
  }
}

export async function writeCachedRoleLinks({ file, key }: PeopleCache, links: StoredRoleLinks): Promise<void> {
  const rolesFile = roleLinksFileFor(file)
  const line = asciiJson(links)
  const temporary = `${rolesFile}.${process.pid}.tmp`
  try {
    await writeFile(temporary, `${asciiJson({ index: key, sha1: createHash('sha1').update(line, 'latin1').digest('hex') })}\n${line}\n`, 'latin1')
    await rename(temporary, rolesFile)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** The people kept for a cache file. */
export function peopleFileFor(cacheFile: string): string {
  return cacheFile.replace(/\.jsonl$/, '.people')
}

/**
 * A .people file is a header line, then the people as JSON arrays of about this many characters
 * a line. Each line is hashed and parsed between two turns of the event loop, so its size bounds
 * the pause (~10 ms). By size, not by count: at 50,000 articles one person's mentions fill 1.2 MB
 * and a line of 500 people 6 MB, and hashing the whole file at once held the loop for 0.2 s.
 */
export const PEOPLE_LINE_CHARS = 1 << 20

/**
 * The people kept for this index, or undefined when there are none for it (not yet
 * extracted, or extracted from another index). A damaged file is reported and ignored.
 * Read while the bot answers, so streamed a line at a time.
 */
export async function readCachedPeople({ file, key, logger }: PeopleCache): Promise<Person[] | undefined> {
  const input = createReadStream(file, { encoding: 'latin1' })
  const lines = createInterface({ input, crlfDelay: Infinity })
  try {
    // Line 1: the index they belong to and the SHA-1 of the other lines, the people.
    let header: { index?: string; sha1?: string } | undefined
    const hash = createHash('sha1')
    const people: Person[] = []
    for await (const line of lines) {
      if (!header) {
        header = JSON.parse(line) as typeof header
        if (header!.index !== key) return undefined
        continue
      }
      hash.update(line, 'latin1').update('\n')
      people.push(...(JSON.parse(line) as Person[]))
    }
    if (!header) throw new Error('empty file')
    if (hash.digest('hex') !== header.sha1) throw new Error('checksum mismatch')
    return people
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    logger?.warn({ peopleFile: file, reason: (error as Error).message }, 'kept people unusable; extracting them again')
    return undefined
  } finally {
    lines.close()
    input.destroy()
  }
}

/**
 * The kept people and role links name the index they were made from in their first line. When
 * only file times changed the passages are the same, so they are carried to the new index by
 * rewriting that line (at 50,000 articles extracting them again takes 23 s). Files kept for
 * another index, or missing, are left as they are.
 */
async function carryKeptPeople(peopleFile: string, from: string, to: string): Promise<void> {
  for (const file of [peopleFile, roleLinksFileFor(peopleFile)]) {
    const text = await readFile(file, 'latin1').catch(() => undefined)
    const newline = text?.indexOf('\n') ?? -1
    if (text === undefined || newline < 0) continue
    let header: { index?: string }
    try {
      header = JSON.parse(text.slice(0, newline)) as { index?: string }
    } catch {
      continue
    }
    if (header.index !== from) continue
    const temporary = `${file}.${process.pid}.tmp`
    try {
      await writeFile(temporary, `${asciiJson({ ...header, index: to })}\n${text.slice(newline + 1)}`, 'latin1')
      await rename(temporary, file)
    } catch (error) {
      await rm(temporary, { force: true })
      throw error
    }
  }
}

/** Keeps the people extracted from this index, for the next start, in lines as they are read. */
export async function writeCachedPeople({ file, key }: PeopleCache, people: Person[]): Promise<void> {
  const lines: string[] = []
  const hash = createHash('sha1')
  let line: string[] = []
  let chars = 0
  const endLine = async () => {
    lines.push(`[${line.join(',')}]\n`)
    hash.update(lines.at(-1)!, 'latin1')
    line = []
    chars = 0
    await yieldToEventLoop()
  }
  for (const person of people) {
    const json = asciiJson(person)
    line.push(json)
    chars += json.length
    if (chars >= PEOPLE_LINE_CHARS) await endLine()
  }
  if (line.length) await endLine()
  const temporary = `${file}.${process.pid}.tmp`
  // Streamed too: joining the lines first made one 40 MB string at 50,000 articles.
  const out = fileWriter(temporary, 'latin1')
  try {
    for (const text of [`${asciiJson({ index: key, sha1: hash.digest('hex') })}\n`, ...lines]) await writeTo(out, text)
    await endOf(out)
    await rename(temporary, file)
  } catch (error) {
    out.destroy()
    await rm(temporary, { force: true })
    throw error
  }
}

async function statFiles(dir: string, names: string[]): Promise<CorpusFile[]> {
  const out: CorpusFile[] = []
  for (const [i, source] of names.entries()) {
    if (i > 0 && i % STAT_BATCH === 0) await yieldToEventLoop()
    let info
    try {
      info = statSync(path.join(dir, source), { throwIfNoEntry: false })
    } catch {
      // Unreadable: the loader reports why.
    }
    out.push({ source, size: info?.size ?? -1, mtimeMs: info?.mtimeMs ?? -1 })
  }
  return out
}

function sameFile(record: FileRecord | undefined, file: CorpusFile): boolean {
  return !!record && file.size >= 0 && record.size === file.size && record.mtimeMs === file.mtimeMs
}

/** The file read again cleans to exactly what the record keeps: headline, details, passages and sentences. */
function sameText(record: FileRecord | undefined, result: FileResult): boolean {
  if (!record || record.digest === undefined || record.digest !== result.digest) return false
  const { size: _size, mtimeMs: _mtime, firstId: _id, ...kept } = record
  const { size: _s, mtimeMs: _m, firstId: _f, ...read } = toRecord(result, -1)
  return JSON.stringify(kept) === JSON.stringify(read)
}

function toRecord(result: FileResult, firstId: number): FileRecord {
  const body = result.article?.body ?? ''
  let from = 0
  const span = (text: string): [number, number] => {
    const start = body.indexOf(text, from)
    if (start < 0) throw new Error(`a passage of ${result.source} is not a span of its body`)
    from = start + text.length
    return [start, from]
  }
  return {
    source: result.source,
    ...(result.file ? { size: result.file.size, mtimeMs: result.file.mtimeMs } : {}),
    ...(result.problem !== undefined ? { problem: result.problem } : {}),
    ...(result.digest !== undefined ? { digest: result.digest } : {}),
    ...(result.article ? { article: result.article } : {}),
    ...(result.passages
      ? { passages: result.passages.map((p): StoredPassage => [p.position, p.heading ?? null, ...span(p.text), p.sentences.flatMap((s) => [s.start, s.end])]) }
      : {}),
    firstId,
  }
}

function fromRecord(record: FileRecord): FileResult {
  return {
    source: record.source,
    ...(record.size !== undefined && record.mtimeMs !== undefined ? { file: { source: record.source, size: record.size, mtimeMs: record.mtimeMs } } : {}),
    ...(record.problem !== undefined ? { problem: record.problem } : {}),
    ...(record.digest !== undefined ? { digest: record.digest } : {}),
    ...(record.article ? { article: record.article } : {}),
    ...(record.passages ? { passages: record.passages.map((p) => toPassage(record, p)) } : {}),
  }
}

function toPassage(record: FileRecord, [position, heading, start, end, offsets]: StoredPassage): Passage {
  const source = record.source
  const text = record.article!.body.slice(start, end)
  const sentences = []
  for (let i = 0; i < offsets.length; i += 2) {
    const start = offsets[i]!
    const end = offsets[i + 1]!
    sentences.push({ text: text.slice(start, end), start, end })
  }
  return { id: -1, source, position, ...(heading !== null ? { heading } : {}), text, sentences }
}

// ---------------------------------------------------------------------------------------------
// Reading

async function readCache(file: string, dir: string, logger?: CacheLogger): Promise<CacheContents | undefined> {
  if (!existsSync(file)) return undefined
  try {
    const contents = await parseCacheFile(file)
    if (contents === 'stale') {
      logger?.info({ cacheFile: file }, 'index cache was built by other code; rebuilding')
      return undefined
    }
    if (path.resolve(contents.dir) !== path.resolve(dir)) throw new Error(`it belongs to ${contents.dir}`)
    return contents
  } catch (error) {
    logger?.warn({ cacheFile: file, reason: (error as Error).message }, 'index cache unusable; rebuilding')
    return undefined
  }
}

/** Small caches in one read (readline was a fifth of start-up on BBC), large ones streamed (V8 caps a string near 512 MB). */
const WHOLE_READ_BYTES = 128 * 2 ** 20
const END_MARK = '["end"'

/**
 * The cache's lines and a SHA-1 of everything before the end mark. A file that fits in memory
 * is read whole, hashed in one call and walked without an await per line (start-up time);
 * a larger one is streamed line by line. Both read the bytes as Latin-1: the writer wrote ASCII.
 */
async function readCacheLines(file: string): Promise<{ lines: string[] | AsyncIterable<string>; digest(): string; close(): void }> {
  if ((await stat(file)).size > WHOLE_READ_BYTES) {
    const hash = createHash('sha1')
    const rl = createInterface({ input: createReadStream(file, 'latin1'), crlfDelay: Infinity })
    async function* hashed() {
      for await (const line of rl) {
        if (!line.startsWith(END_MARK)) hash.update(line, 'latin1').update('\n')
        yield line
      }
    }
    return { lines: hashed(), digest: () => hash.digest('hex'), close: () => rl.close() }
  }
  const bytes = await readFile(file)
  const lines = bytes.toString('latin1').split('\n')
  if (lines.at(-1) === '') lines.pop()
  const endMark = lines.at(-1)?.startsWith(END_MARK) ? bytes.lastIndexOf(END_MARK) : bytes.length
  return { lines, digest: () => createHash('sha1').update(bytes.subarray(0, endMark)).digest('hex'), close() {} }
}

async function parseCacheFile(file: string): Promise<CacheContents | 'stale'> {
  const { lines, digest, close } = await readCacheLines(file)
  const contents: Partial<CacheContents> & { records: FileRecord[]; terms: string[] } = { records: [], terms: [] }
  let postings: PostingsRecord | undefined
  let count = 0
  let trailer: { lines: number; sha1: string } | undefined
  /** Takes one line; false when the cache was written by other code (stale). */
  const take = (line: string): boolean => {
    if (trailer) throw new Error('data after the end mark')
    const [kind, value] = JSON.parse(line) as [string, unknown]
    if (kind === 'end') {
      trailer = value as { lines: number; sha1: string }
      return true
    }
    count++
    if (count === 1) {
      const header = value as { format?: number; engine?: string; dir?: string }
      if (kind !== 'header') throw new Error('no header')
      if (header.format !== CACHE_FORMAT || header.engine !== engineFingerprint()) return false
      contents.dir = String(header.dir)
    } else if (kind === 'files') contents.records.push(...(value as FileRecord[]))
    else if (kind === 'mini') contents.meta = value as MiniMeta
    else if (kind === 'terms') contents.terms.push(...(value as string[]))
    else if (kind === 'variants') contents.variants = value as CacheContents['variants']
    else if (kind === 'postings') postings = value as PostingsRecord
    else throw new Error(`unknown line kind ${JSON.stringify(kind)}`)
    return true
  }
  // In memory, a plain loop: "for await" would wait a turn for every line.
  if (Array.isArray(lines)) {
    for (const line of lines) if (!take(line)) return 'stale'
  } else {
    for await (const line of lines) {
      if (!take(line)) {
        close()
        return 'stale'
      }
    }
  }
  if (!trailer) throw new Error('truncated (no end mark)')
  if (trailer.lines !== count || trailer.sha1 !== digest()) throw new Error('checksum mismatch')
  if (!contents.meta || !contents.variants || !postings || contents.dir === undefined) throw new Error('incomplete')
  contents.key = trailer.sha1
  contents.postings = await readPostingsFile(postingsFileFor(file), postings)
  return contents as CacheContents
}

/** The .postings file as 32-bit words, if it is the one the JSON file was written with. */
async function readPostingsFile(file: string, expected: PostingsRecord): Promise<Uint32Array> {
  if (expected.endianness !== endianness()) throw new Error('postings written on a machine of other byte order')
  const bytes = await readFile(file).catch(() => {
    throw new Error('postings file missing or unreadable')
  })
  if (bytes.length !== expected.bytes || createHash('sha1').update(bytes).digest('hex') !== expected.sha1) throw new Error('postings checksum mismatch')
  // A typed array needs its offset aligned to its element size; a small read may share a pool.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes)
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4)
}

function restoreVariants(v: CacheContents['variants']): NameVariants {
  return { canonical: new Map(v.canonical), bySkeleton: new Map(v.bySkeleton) }
}

/**
 * minisearch from the cache, its postings read lazily; fills `documentFrequency` from the
 * stored one. Its documents are not there yet: restoreDocuments adds them.
 */
function restoreMini(contents: CacheContents, options: object, documentFrequency: Map<string, number>): MiniSearch<IndexedPassage> {
  const mini = MiniSearch.loadJS<IndexedPassage>({ ...contents.meta, documentIds: {}, fieldLength: {}, index: [] }, options as never)
  const index = internalsOf(mini)._index
  readTerms(contents.postings, contents.terms, (term, df, postings) => {
    if (postings) index.set(term, postings)
    if (df > 0) documentFrequency.set(term, df)
  })
  return mini
}

/**
 * What minisearch's loadJS does with the stored documents, in slices (0.2 s in one piece at
 * 50,000 articles, while a reload runs beside the answering index), each renumbered by
 * `renumber` (old id → new id).
 */
async function restoreDocuments(mini: MiniSearch<IndexedPassage>, meta: MiniMeta, renumber = (id: number) => id): Promise<void> {
  const internals = internalsOf(mini)
  await forEachInSlices(Object.keys(meta.documentIds), (key) => {
    const shortId = Number(key)
    const id = renumber(meta.documentIds[key]!)
    internals._documentIds.set(shortId, id)
    internals._idToShortId.set(id, shortId)
  })
  await forEachInSlices(Object.keys(meta.fieldLength), (key) => internals._fieldLength.set(Number(key), meta.fieldLength[key]!))
}

/** The cached index, open for adds and removals, its documents renumbered by `renumber`. */
async function openCachedIndex(contents: CacheContents, variants: NameVariants, renumber?: (id: number) => number) {
  const analyzer = createAnalyzer(variants)
  const documentFrequency = new Map<string, number>()
  const writer = createIndexWriter(analyzer, documentFrequency, (options) => restoreMini(contents, options, documentFrequency))
  await restoreDocuments(writer.mini, contents.meta, renumber)
  return { writer, analyzer }
}

async function restoreIndex(contents: CacheContents, corpus: Corpus): Promise<SearchIndex> {
  if (contents.meta.documentCount !== corpus.passages.length) throw new Error('passage count differs from the index')
  const variants = restoreVariants(contents.variants)
  const { writer, analyzer } = await openCachedIndex(contents, variants)
  return { mini: writer.mini, analyzer, variants, documentFrequency: writer.documentFrequency, passageCount: corpus.passages.length }
}

/**
 * Some articles changed: remove their old passages, add the new ones, renumber the rest.
 * When the changes alter the learned name variants every passage analyzes differently, so
 * that case returns undefined for a full build.
 */
async function updateIndex(
  contents: CacheContents,
  corpus: Corpus,
  results: FileResult[],
  keepsPassages: (source: string) => boolean,
  logger?: CacheLogger,
): Promise<SearchIndex | undefined> {
  const variants = await learnCorpusVariantsAsync(corpus.articles, corpus.passages)
  if (!sameVariants(variants, restoreVariants(contents.variants))) {
    logger?.info({}, 'changed articles change the learned name variants; rebuilding the index')
    return undefined
  }
  // Old id → new id, for passages of files that are unchanged and still indexed.
  const oldRecords = new Map(contents.records.map((r) => [r.source, r]))
  const renumbered = new Map<number, number>()
  const toAdd: Passage[] = []
  const indexed = new Set(corpus.articles.map((a) => a.source))
  await forEachInSlices(results, (result) => {
    if (!indexed.has(result.source)) return
    const old = oldRecords.get(result.source)
    const unchanged = old && old.firstId >= 0 && keepsPassages(result.source)
    for (const [k, p] of result.passages!.entries()) {
      if (unchanged) renumbered.set(old.firstId + k, p.id)
      else toAdd.push(p)
    }
  })
  // Passages no longer indexed get temporary negative ids, then are removed.
  const toRemove: [number, Passage, string][] = []
  await forEachInSlices(contents.records, (record) => {
    if (record.firstId < 0) return
    for (const [k, p] of (record.passages ?? []).entries()) {
      const oldId = record.firstId + k
      if (!renumbered.has(oldId)) {
        const temporary = -1 - toRemove.length
        renumbered.set(oldId, temporary)
        toRemove.push([temporary, toPassage(record, p), record.article?.title ?? ''])
      }
    }
  })
  const { writer, analyzer } = await openCachedIndex(contents, variants, (id) => {
    const next = renumbered.get(id)
    if (next === undefined) throw new Error(`passage ${id} of the index is in no article`)
    return next
  })
  const titles = new Map(corpus.articles.map((a) => [a.source, a.title]))
  await forEachInSlices(toRemove, ([id, passage, title]) => writer.remove(id, passage, title))
  await forEachInSlices(toAdd, (p) => writer.add(p, titles.get(p.source) ?? ''))
  return { mini: writer.mini, analyzer, variants, documentFrequency: writer.documentFrequency, passageCount: corpus.passages.length }
}

function sameVariants(a: NameVariants, b: NameVariants): boolean {
  if (a.canonical.size !== b.canonical.size || a.bySkeleton.size !== b.bySkeleton.size) return false
  for (const [k, v] of a.canonical) if (b.canonical.get(k) !== v) return false
  for (const [k, v] of a.bySkeleton) if (b.bySkeleton.get(k)?.join(' ') !== v.join(' ')) return false
  return true
}

// ---------------------------------------------------------------------------------------------
// Writing

/** JSON in ASCII: every other character as a \\u escape, so the reader can decode Latin-1 (see the top). */
const NON_ASCII = /[\u007f-\uffff]/g
const asciiJson = (value: unknown) => JSON.stringify(value).replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/**
 * A file write stream whose failure (a full disk, a removed folder) is read at the next write or
 * at the end, never left as an 'error' event nobody hears: that would end the process.
 */
function fileWriter(file: string, encoding?: BufferEncoding): Writable {
  return createWriteStream(file, encoding ? { encoding } : {}).on('error', () => {})
}

async function writeTo(out: Writable, chunk: string | Buffer): Promise<void> {
  if (out.errored) throw out.errored
  if (out.write(chunk)) return
  await new Promise<void>((resolve, reject) => {
    const settle = () => {
      out.off('drain', settle).off('close', settle)
      if (out.errored) reject(out.errored)
      else resolve()
    }
    out.on('drain', settle).on('close', settle)
  })
}

async function endOf(out: Writable): Promise<void> {
  out.end()
  await finished(out)
}

/** Writes the cache; returns its key (the SHA-1 of its lines). */
async function writeCache(file: string, dir: string, results: FileResult[], corpus: Corpus, index: SearchIndex): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true })
  // Both files are written aside and renamed into place, the postings first: a crash between
  // the two renames leaves postings that fail the JSON file's checksum, and a rebuild.
  const postingsFile = postingsFileFor(file)
  const temporary = `${file}.${process.pid}.tmp`
  const temporaryPostings = `${postingsFile}.${process.pid}.tmp`
  const out = fileWriter(temporary)
  const postingsOut = fileWriter(temporaryPostings)
  try {
    const { terms, postings } = await writePostings(postingsOut, index)
    const hash = createHash('sha1')
    let count = 0
    const write = async (kind: string, value: unknown) => {
      const line = asciiJson([kind, value])
      hash.update(line).update('\n')
      count++
      await writeTo(out, `${line}\n`)
    }
    await write('header', { format: CACHE_FORMAT, engine: engineFingerprint(), dir: path.resolve(dir) })
    const indexed = new Set(corpus.articles.map((a) => a.source))
    const records: FileRecord[] = []
    await forEachInSlices(results, (r) => records.push(toRecord(r, indexed.has(r.source) && r.passages?.length ? r.passages[0]!.id : -1)))
    for (let i = 0; i < records.length; i += FILES_PER_LINE) await write('files', records.slice(i, i + FILES_PER_LINE))

    const mini = internalsOf(index.mini)
    const meta: MiniMeta = {
      documentCount: mini._documentCount,
      nextId: mini._nextId,
      documentIds: Object.fromEntries(mini._documentIds),
      fieldIds: mini._fieldIds,
      fieldLength: Object.fromEntries(mini._fieldLength),
      averageFieldLength: mini._avgFieldLength,
      storedFields: {},
      dirtCount: mini._dirtCount,
      serializationVersion: 2,
    }
    await write('mini', meta)
    for (let i = 0; i < terms.length; i += TERMS_PER_LINE) await write('terms', terms.slice(i, i + TERMS_PER_LINE))
    await write('variants', { canonical: [...index.variants.canonical], bySkeleton: [...index.variants.bySkeleton] })
    await write('postings', postings)
    const key = hash.digest('hex')
    await writeTo(out, `${asciiJson(['end', { lines: count, sha1: key }])}\n`)
    await endOf(out)
    await rename(temporaryPostings, postingsFile)
    await rename(temporary, file)
    return key
  } catch (error) {
    out.destroy()
    postingsOut.destroy()
    await rm(temporary, { force: true })
    await rm(temporaryPostings, { force: true })
    throw error
  }
}

/** Writes every term's postings and document frequency; returns the term list, in the order written. */
async function writePostings(out: Writable, index: SearchIndex): Promise<{ terms: string[]; postings: PostingsRecord }> {
  const mini = internalsOf(index.mini)
  const words = new WordWriter()
  const hash = createHash('sha1')
  let bytes = 0
  const flush = async (all = false) => {
    for (const chunk of words.take(all)) {
      const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      hash.update(buffer)
      bytes += buffer.length
      await writeTo(out, buffer)
    }
  }
  const terms: string[] = []
  // Written while the bot answers from the current index (a reload): give the event loop turns.
  const nextSlice = createSliceTimer()
  for (const [term, postings] of mini._index) {
    if (writeTerm(words, index.documentFrequency.get(term) ?? 0, postings)) terms.push(term)
    await flush()
    await nextSlice()
  }
  await flush(true)
  await endOf(out)
  return { terms, postings: { bytes, sha1: hash.digest('hex'), endianness: endianness() } }
}
