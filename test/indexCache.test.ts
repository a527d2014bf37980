import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Coverage } from '../src/coverage.ts'
import {
  cacheFileFor,
  loadIndexedCorpus,
  PEOPLE_LINE_CHARS,
  peopleFileFor,
  postingsFileFor,
  readCachedPeople,
  roleLinksFileFor,
  writeCachedPeople,
} from '../src/search/indexCache.ts'
import { buildRoleLinks, restoreRoleLinks, storeRoleLinks } from '../src/search/roleLinks.ts'
import { createHash } from 'node:crypto'
import { readTerms, StoredPostings, WordWriter, writeTerm } from '../src/search/storedPostings.ts'
import { buildSearchIndex, type SearchIndex } from '../src/search/buildIndex.ts'
import { internalsOf } from '../src/search/miniInternals.ts'

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

/** `count` distinct made-up words of three syllables ("bakedo", "bakedu", …), for a corpus with many terms. */
function syntheticWords(count: number): string[] {
  const syllables = ['ba', 'ke', 'do', 'mi', 'lu', 'fo', 'ra', 'ti', 'sen', 'gor', 'pal', 'vin', 'zu', 'nem', 'hax']
  const words: string[] = []
  for (let i = 0; words.length < count; i++) words.push([i % 15, Math.floor(i / 15) % 15, Math.floor(i / 225) % 15].map((k) => syllables[k]).join(''))
  return words
}

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
    // The reader decodes the JSON file as Latin-1: the writer escapes everything else.
    const written = readFileSync(cacheFileFor(cacheDir, corpus), 'utf8')
    expect(written).toMatch(/Zelensky/)
    expect(/[^\x00-\x7f]/.test(written)).toBe(false)
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

  it('files with new times but the same text (a copy, a checkout) keep their passages; the new times are kept', async () => {
    await load()
    const later = new Date(Date.now() + 60_000)
    for (const name of readdirSync(corpus)) utimesSync(path.join(corpus, name), later, later)
    // One file really changed among them (plain words: no new name, so no full rebuild).
    const file = path.join(corpus, '004_a96f1940f85f0698.txt')
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nIt rained all day and the roads were wet for hours.\n`)
    const updated = await load()
    expect(updated.cache).toBe('updated')
    expect(logs.find((l) => l.message === 'index cache updated for changed articles')?.fields).toMatchObject({ changed: ['004_a96f1940f85f0698.txt'], added: [], removed: [], sameTextNewTime: 4 })
    const coverage = await Coverage.load(corpus, { cacheDir })
    expect(coverage.ask('roads wet after the rain').results[0]?.passage.source).toBe('004_a96f1940f85f0698.txt')
    expect(answers(coverage)).toEqual(answers(await Coverage.load(corpus)))
    expect((await load()).cache).toBe('loaded')
  })

  it('an update in place renumbers the documents it keeps: each passage keeps its own lengths', async () => {
    await load()
    // Sorted first, so every passage after it moves up; plain words, so no name variant changes.
    writeFileSync(path.join(corpus, '000_00_weather.txt'), 'Weather\n\nIt rained all day and the roads were wet for hours.\n\nThe rain stopped at night.\n')
    const updated = await load()
    expect(updated.cache).toBe('updated')
    expect(updated.corpus.passages[0]!.source).toBe('000_00_weather.txt')
    const fresh = buildSearchIndex(updated.corpus.articles, updated.corpus.passages)
    // Short ids differ (the update discards and adds); what each passage id leads to must not.
    const byPassage = (index: SearchIndex) => {
      const mini = internalsOf(index.mini)
      return updated.corpus.passages.map((p) => mini._fieldLength.get(mini._idToShortId.get(p.id)!))
    }
    expect(byPassage(updated.index)).toEqual(byPassage(fresh))
    expect(byPassage(updated.index).every(Boolean)).toBe(true)
    expect(internalsOf(updated.index.mini)._documentCount).toBe(updated.corpus.passages.length)
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

  it.each([
    ['missing', (file: string) => unlinkSync(file)],
    ['truncated', (file: string) => writeFileSync(file, readFileSync(file).subarray(0, 4096))],
    [
      'one byte changed',
      (file: string) => {
        const bytes = readFileSync(file)
        bytes[bytes.length >> 1]! ^= 1
        writeFileSync(file, bytes)
      },
    ],
  ])('a postings file that is %s is rebuilt with a warning, not trusted', async (_, corrupt) => {
    await load()
    corrupt(postingsFileFor(cacheFileFor(cacheDir, corpus)))
    expect((await load()).cache).toBe('built')
    expect(logs.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual(['index cache unusable; rebuilding'])
    expect((await load()).cache).toBe('loaded')
  })

  describe('people kept with the index', () => {
    const peopleFile = () => peopleFileFor(cacheFileFor(cacheDir, corpus))
    /** Rewrites the kept people through `edit`, with a valid checksum, as if extracted so. */
    const rewritePeople = (edit: (text: string) => string) => {
      const text = readFileSync(peopleFile(), 'latin1')
      const newline = text.indexOf('\n')
      const edited = edit(text.slice(newline + 1))
      const sha1 = createHash('sha1').update(edited, 'latin1').digest('hex')
      writeFileSync(peopleFile(), `${JSON.stringify({ ...JSON.parse(text.slice(0, newline)), sha1 })}\n${edited}`, 'latin1')
    }

    it('are kept after extraction and read at the next start instead of extracted again', async () => {
      const first = await Coverage.load(corpus, { cacheDir, logger })
      const name = first.leader('Zelensky').person!.name
      expect(name).toBe('Volodymyr Zelensky')
      expect(readFileSync(peopleFile(), 'latin1')).toContain(name)
      // Proof that they are read, not re-extracted: an edit in the kept file shows up.
      rewritePeople((text) => text.replaceAll(name, 'Volodymyr Zelensky Kept'))
      const second = await Coverage.load(corpus, { cacheDir, logger })
      expect(second.leader('Zelensky').person!.name).toBe('Volodymyr Zelensky Kept')
      expect(logs.filter((l) => l.level === 'warn')).toEqual([])
    })

    it('are carried to the new index when only file times changed (a copy, a checkout), with their role links', async () => {
      await Coverage.load(corpus, { cacheDir, logger })
      rewritePeople((text) => text.replaceAll('Volodymyr Zelensky', 'Volodymyr Zelensky Kept'))
      const later = new Date(Date.now() + 60_000)
      for (const name of readdirSync(corpus)) utimesSync(path.join(corpus, name), later, later)
      const coverage = await Coverage.load(corpus, { cacheDir, logger })
      // Read, not extracted again: the edit in the kept file shows up.
      expect(coverage.leader('Zelensky').person!.name).toBe('Volodymyr Zelensky Kept')
      const indexOf = (file: string) => (JSON.parse(readFileSync(file, 'latin1').split('\n')[0]!) as { index: string }).index
      expect(indexOf(roleLinksFileFor(peopleFile()))).toBe(indexOf(peopleFile()))
      expect((await load()).cache).toBe('loaded')
      expect(logs.filter((l) => l.level === 'warn')).toEqual([])
    })

    it('belong to one index: after an article changes they are extracted again', async () => {
      await Coverage.load(corpus, { cacheDir })
      rewritePeople((text) => text.replaceAll('Volodymyr Zelensky', 'Someone Else'))
      const file = path.join(corpus, '004_a96f1940f85f0698.txt')
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe delegation also visited the Zanzibar spice farms on Tuesday.\n`)
      const coverage = await Coverage.load(corpus, { cacheDir })
      expect(coverage.leader('Zelensky').person!.name).toBe('Volodymyr Zelensky')
    })

    it('round-trip many people, in lines of bounded size, and only for their own index', async () => {
      const person = (i: number, statements: number) => ({
        name: `Person ${i} Łukasz “Quoted” Müller`,
        aliases: [],
        roles: ['Minister'],
        articles: ['a.txt'],
        mentions: i,
        statements: Array.from({ length: statements }, (_, j) => ({ source: 'a.txt', text: `He said — “yes” ${j}.`, passageId: j })),
      })
      // Many small people and, as in a large archive, one whose statements alone fill more than a line.
      const many = Array.from({ length: 1_201 }, (_, i) => person(i, i === 600 ? 30_000 : 40))
      const kept = { file: path.join(work, 'many.people'), key: 'index-sha1', logger }
      await writeCachedPeople(kept, many)
      const lines = readFileSync(kept.file, 'latin1').split('\n').slice(1, -1)
      expect(lines.length).toBeGreaterThanOrEqual(3)
      // A line ends once it reaches the size: the big person ends its own, the others run over by
      // less than one small person.
      const bigLine = lines.findIndex((line) => (JSON.parse(line) as typeof many).some((p) => p.mentions === 600))
      expect((JSON.parse(lines[bigLine]!) as typeof many).at(-1)!.mentions).toBe(600)
      expect(lines[bigLine]!.length).toBeGreaterThan(PEOPLE_LINE_CHARS)
      for (const [i, line] of lines.entries()) if (i !== bigLine) expect(line.length).toBeLessThan(PEOPLE_LINE_CHARS + 10_000)
      expect(await readCachedPeople(kept)).toEqual(many)
      expect(await readCachedPeople({ ...kept, key: 'another index' })).toBeUndefined()
      expect(await readCachedPeople({ ...kept, file: path.join(work, 'none.people') })).toBeUndefined()
      expect(logs).toEqual([])
    })

    it('a damaged people file is reported and the people extracted again', async () => {
      const fresh = await Coverage.load(corpus)
      await Coverage.load(corpus, { cacheDir })
      writeFileSync(peopleFile(), readFileSync(peopleFile(), 'latin1').replace('Zelensky', 'Zelenskx'), 'latin1')
      const coverage = await Coverage.load(corpus, { cacheDir, logger })
      expect(logs.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual(['kept people unusable; extracting them again'])
      expect(coverage.leader('Zelensky')).toEqual(fresh.leader('Zelensky'))
      expect(answers(coverage)).toEqual(answers(fresh))
    })
  })

  describe('role links kept beside the people', () => {
    const ROLES_QUESTION = 'What further contact between the American and Russian presidents is expected?'
    const rolesFile = () => roleLinksFileFor(peopleFileFor(cacheFileFor(cacheDir, corpus)))
    const rewriteLinks = (edit: (links: { entries: unknown[]; byKey: [string, number[]][] }) => object) => {
      const [header, line] = readFileSync(rolesFile(), 'latin1').split('\n')
      const edited = JSON.stringify(edit(JSON.parse(line!)))
      const sha1 = createHash('sha1').update(edited, 'latin1').digest('hex')
      writeFileSync(rolesFile(), `${JSON.stringify({ ...JSON.parse(header!), sha1 })}\n${edited}\n`, 'latin1')
    }

    it('stored and restored, they are the links built from the people, one entry shared by its keys', async () => {
      const coverage = await Coverage.load(corpus)
      const built = buildRoleLinks(coverage.index.analyzer, coverage.people())
      const restored = restoreRoleLinks(JSON.parse(JSON.stringify(storeRoleLinks(built))))
      expect(restored).toEqual(built)
      // An entry under several keys (a word and its concept tag) stays one entry.
      const shared = (links: typeof built) => [...links.byKey.values()].flat().length - new Set([...links.byKey.values()].flat()).size
      expect(shared(built)).toBeGreaterThan(0)
      expect(shared(restored)).toBe(shared(built))
    })

    it("people: 'links' answers from them, as with the people, and reads no people", async () => {
      const fresh = await Coverage.load(corpus)
      await Coverage.load(corpus, { cacheDir, logger })
      const links = await Coverage.load(corpus, { cacheDir, logger, people: 'links' })
      expect(answers(links)).toEqual(answers(fresh))
      expect(links.ask(ROLES_QUESTION)).toEqual(fresh.ask(ROLES_QUESTION))
      expect(links.ask(ROLES_QUESTION).results.slice(0, 2).map((r) => r.passage.text).join('\n')).toContain('between President Trump and President Putin')
      expect(links.suggestPeople('zel')).toEqual([])
      // Proof that the kept links are what answers: without them, the roles link to nobody.
      rewriteLinks(() => ({ entries: [], byKey: [] }))
      const none = await Coverage.load(corpus, { cacheDir, logger, people: 'links' })
      expect(none.ask(ROLES_QUESTION)).not.toEqual(fresh.ask(ROLES_QUESTION))
      expect(logs.filter((l) => l.level === 'warn')).toEqual([])
    })

    it('missing or damaged, they are made again from the people, with a warning when damaged', async () => {
      const fresh = await Coverage.load(corpus)
      await Coverage.load(corpus, { cacheDir })
      unlinkSync(rolesFile())
      // People kept but links missing (a cache from before links were kept): written at the next start.
      await Coverage.load(corpus, { cacheDir, logger })
      expect(statSync(rolesFile()).size).toBeGreaterThan(0)
      writeFileSync(rolesFile(), readFileSync(rolesFile(), 'latin1').replace('presid', 'presix'), 'latin1')
      const damaged = await Coverage.load(corpus, { cacheDir, logger, people: 'links' })
      expect(logs.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual(['kept role links unusable; reading the people instead'])
      expect(damaged.ask(ROLES_QUESTION)).toEqual(fresh.ask(ROLES_QUESTION))
      logs = []
      const again = await Coverage.load(corpus, { cacheDir, logger, people: 'links' })
      expect(answers(again)).toEqual(answers(fresh))
      expect(logs).toEqual([])
    })
  })

  it('a full disk while the cache is written is a warning, not the end of the process', async () => {
    // Each file is written aside as <name>.<pid>.tmp: point the index's at /dev/full, where every
    // write fails, while its short lines are still accepted into the stream's buffer.
    const file = cacheFileFor(cacheDir, corpus)
    mkdirSync(cacheDir, { recursive: true })
    symlinkSync('/dev/full', `${file}.${process.pid}.tmp`)
    const { corpus: loaded } = await load()
    expect(loaded.articles).toHaveLength(5)
    expect(logs.filter((l) => l.level === 'warn').map((l) => [l.message, (l.fields as { reason: string }).reason])).toEqual([
      ['could not write the index cache', expect.stringContaining('ENOSPC')],
    ])
    // Nothing is left to fail later as an 'error' event nobody hears (that ends the process).
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('many articles changed at once: the update finishes and answers like a fresh build', async () => {
    // Enough passages and words that minisearch's automatic vacuum (after 20 discards and a tenth
    // of the documents) would still be walking its word tree while the update adds the new
    // passages in slices: adds split the tree's nodes under it, and it crashed the process.
    const before = syntheticWords(3000)
    // New words that part from old ones mid-word ("bak" + "x" + "edo"): each splits a node of the tree.
    const after = before.map((w) => `${w.slice(0, 3)}x${w.slice(3)}`)
    const write = (words: string[]) => {
      for (let i = 0; i < 120; i++) {
        const paragraphs = Array.from({ length: 4 }, (_, p) => `${Array.from({ length: 25 }, (_, w) => words[(i * 97 + p * 31 + w * 7) % words.length]).join(' ')}.`)
        writeFileSync(path.join(corpus, `bulk-${String(i).padStart(3, '0')}.txt`), `Bulk story ${i}\n\n${paragraphs.join('\n\n')}\n`)
      }
    }
    write(before)
    await load()
    write(after)
    const updated = await load()
    expect(updated.cache).toBe('updated')
    // Long enough for a vacuum started by the update to run to its end.
    await new Promise((resolve) => setTimeout(resolve, 300))
    // The updated index holds what a fresh build holds: no posting of the old text is left behind.
    const fresh = buildSearchIndex(updated.corpus.articles, updated.corpus.passages)
    const terms = (index: SearchIndex) => [...internalsOf(index.mini)._index].map(([term]) => term).sort()
    expect(terms(updated.index)).toEqual(terms(fresh))
    expect(internalsOf(updated.index.mini)._index.get(before[0]!)).toBeUndefined()
    expect(updated.index.documentFrequency).toEqual(fresh.documentFrequency)
    const coverage = await Coverage.load(corpus, { cacheDir })
    const probe = `${after[5 * 97]} ${after[5 * 97 + 7]}`
    expect(coverage.ask(probe).results[0]?.passage.source).toBe('bulk-005.txt')
    expect(answers(coverage)).toEqual(answers(await Coverage.load(corpus)))
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

describe('stored postings', () => {
  const field = (entries: [number, number][]) => new Map(entries)
  const original = new Map([
    [0, field([[3, 2], [9, 1]])],
    [2, field([[9, 4]])],
  ])

  it('read back, they are the same Map, decoded only when first read', () => {
    const words = new WordWriter()
    expect(writeTerm(words, 2, original)).toBe(true)
    expect(writeTerm(words, 0, new Map())).toBe(false)
    const [chunk] = words.take(true)
    const read: [string, number, StoredPostings | undefined][] = []
    readTerms(chunk!, ['term'], (term, df, postings) => read.push([term, df, postings]))
    const [[term, df, postings]] = read as [[string, number, StoredPostings]]
    expect([term, df]).toEqual(['term', 2])
    expect(postings).toBeInstanceOf(Map)
    expect(postings.size).toBe(2)
    expect(postings.get(0)).toEqual(original.get(0))
    expect(new Map(postings)).toEqual(original)
    // Written to like a Map too (minisearch adds and removes through it).
    postings.set(1, field([[4, 1]]))
    postings.delete(2)
    expect([...postings.keys()]).toEqual([0, 1])
  })

  it('words that do not match the term list are refused', () => {
    const words = new WordWriter()
    writeTerm(words, 1, original)
    const [chunk] = words.take(true)
    const seen: Map<number, Map<number, number>>[] = []
    readTerms(chunk!, ['term'], (_, __, postings) => seen.push(new Map(postings)))
    expect(seen).toEqual([original])
    expect(() => readTerms(chunk!, ['term', 'another'], () => {})).toThrow(/end before/)
    expect(() => readTerms(chunk!, [], () => {})).toThrow(/longer/)
    expect(() => readTerms(chunk!.subarray(0, chunk!.length - 1), ['term'], () => {})).toThrow(/inside a term/)
  })
})
