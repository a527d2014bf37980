import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Coverage } from '../src/coverage.ts'
import { cacheFileFor, loadIndexedCorpus } from '../src/search/indexCache.ts'

const SEEDS = path.resolve(import.meta.dirname, '../seeds')
const QUESTIONS = [
  'Who will send troops to Ukraine?',
  'What did Karoline Leavitt say?',
  'Zelenksy meeting Trump one-on-one',
  'What did Kiev get from the Alaska summit?',
  'How much is the security package for Ukraine?',
  'Did Antonio Costa talk about Article 5?',
  'What did Putin say about Taiwan?',
]

let work: string
let corpus: string
let cacheDir: string
let logs: { level: string; message: string; fields: object }[]
const logger = {
  info: (fields: object, message: string) => logs.push({ level: 'info', message, fields }),
  warn: (fields: object, message: string) => logs.push({ level: 'warn', message, fields }),
}

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'index-cache-'))
  corpus = path.join(work, 'corpus')
  cacheDir = path.join(work, 'cache')
  cpSync(SEEDS, corpus, { recursive: true })
  logs = []
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

/** Everything a reply shows, so "answers exactly like" compares what members see. */
function answers(coverage: Coverage) {
  return QUESTIONS.map((q) => {
    const a = coverage.ask(q, { limit: 5 })
    return { answered: a.answered, total: a.total, results: a.results.map((r) => [r.passage.id, r.passage.source, r.score, r.answerSentence, r.alsoReportedBy]) }
  })
}

const load = () => loadIndexedCorpus(corpus, { cacheDir, logger })

describe('index cache', () => {
  it('round trip: a coverage loaded from the cache answers exactly like a fresh build', async () => {
    expect((await load()).cache).toBe('built')
    expect((await load()).cache).toBe('loaded')
    const fresh = await Coverage.load(corpus)
    const cached = await Coverage.load(corpus, { cacheDir, logger })
    expect(cached.passages).toEqual(fresh.passages)
    expect(cached.articles).toEqual(fresh.articles)
    expect(cached.index.documentFrequency).toEqual(fresh.index.documentFrequency)
    expect(cached.index.variants).toEqual(fresh.index.variants)
    expect(answers(cached)).toEqual(answers(fresh))
    expect(logs.filter((l) => l.level === 'warn')).toEqual([])
  })

  it('a changed file is re-indexed', async () => {
    await load()
    const file = path.join(corpus, '004_a96f1940f85f0698.txt')
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe delegation also visited the Zanzibar spice farms on Tuesday.\n`)
    const next = await load()
    expect(next.cache).not.toBe('loaded')
    const coverage = await Coverage.load(corpus, { cacheDir })
    expect(coverage.ask('Zanzibar spice farms').results[0]?.passage.source).toBe('004_a96f1940f85f0698.txt')
    expect(answers(coverage)).toEqual(answers(await Coverage.load(corpus)))
  })

  it('a file touched but the same size is re-read (mtime is part of the fingerprint)', async () => {
    await load()
    const file = path.join(corpus, '000_06fbccc68347ad1c.txt')
    const { mtime } = statSync(file)
    utimesSync(file, mtime, new Date(mtime.getTime() + 5_000))
    expect((await load()).cache).toBe('updated')
  })

  it('an added file is indexed and a removed one is gone', async () => {
    await load()
    writeFileSync(path.join(corpus, '005_added.txt'), 'Glacier study\n\nScientists measured the Thwaites glacier retreat at two kilometres a year.\n')
    unlinkSync(path.join(corpus, '001_4de870c6ba78c5ba.txt'))
    expect((await load()).cache).not.toBe('loaded')
    const coverage = await Coverage.load(corpus, { cacheDir })
    expect(coverage.ask('How fast is the Thwaites glacier retreating?').results[0]?.passage.source).toBe('005_added.txt')
    expect(coverage.articles.map((a) => a.source)).not.toContain('001_4de870c6ba78c5ba.txt')
    expect(answers(coverage)).toEqual(answers(await Coverage.load(corpus)))
  })

  it.each([
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['one byte changed', (text: string) => text.replace('Ukraine', 'Ukrainf')],
    ['not JSON', () => 'this is not a cache\n'],
  ])('a corrupt cache file (%s) is rebuilt with a warning, not trusted', async (_, corrupt) => {
    await load()
    const file = cacheFileFor(cacheDir, corpus)
    writeFileSync(file, corrupt(readFileSync(file, 'utf8')))
    const next = await load()
    expect(next.cache).toBe('built')
    expect(logs.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual(['index cache unusable; rebuilding'])
    const fresh = await Coverage.load(corpus)
    const coverage = await Coverage.load(corpus, { cacheDir })
    expect(answers(coverage)).toEqual(answers(fresh))
  })

  it('a cache of another folder is not used for this one', async () => {
    await load()
    const other = path.join(work, 'other')
    cpSync(corpus, other, { recursive: true })
    // Same file names, sizes and times, but a different folder: its own cache file.
    expect(cacheFileFor(cacheDir, other)).not.toBe(cacheFileFor(cacheDir, corpus))
    expect((await loadIndexedCorpus(other, { cacheDir, logger })).cache).toBe('built')
  })
})
