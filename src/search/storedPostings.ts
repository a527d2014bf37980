// minisearch's postings as flat 32-bit words: the index cache's .postings file. Per term, in the
// order of the cache's term list: its document frequency (ours, see buildIndex.ts), its field
// count, then per field its field id, its document count and (short id, frequency) pairs.
//
// Reading it back builds no Maps: each term gets a StoredPostings that decodes its own words
// the first time anything reads it. A question reads a few dozen terms of tens of thousands, so
// start-up skips the work (and the garbage) of building every posting, and memory holds four
// bytes per number instead of a Map entry.
import type { TermPostings } from './miniInternals.ts'

/** A term's postings, read from the stored words on first use; a Map in every other respect. */
export class StoredPostings extends Map<number, Map<number, number>> {
  #words: Uint32Array | undefined
  #at: number

  constructor(words: Uint32Array, at: number) {
    super()
    this.#words = words
    this.#at = at
  }

  #decode(): void {
    const words = this.#words
    if (!words) return
    this.#words = undefined
    let at = this.#at
    const fields = words[at++]!
    for (let f = 0; f < fields; f++) {
      const fieldId = words[at++]!
      const count = words[at++]!
      const docs = new Map<number, number>()
      for (let end = at + 2 * count; at < end; at += 2) docs.set(words[at]!, words[at + 1]!)
      super.set(fieldId, docs)
    }
  }

  override get(key: number) {
    this.#decode()
    return super.get(key)
  }
  override has(key: number) {
    this.#decode()
    return super.has(key)
  }
  override set(key: number, value: Map<number, number>) {
    this.#decode()
    return super.set(key, value)
  }
  override delete(key: number) {
    this.#decode()
    return super.delete(key)
  }
  override clear() {
    this.#words = undefined
    super.clear()
  }
  override get size() {
    this.#decode()
    return super.size
  }
  override forEach(callback: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown) {
    this.#decode()
    super.forEach(callback, thisArg)
  }
  override keys() {
    this.#decode()
    return super.keys()
  }
  override values() {
    this.#decode()
    return super.values()
  }
  override entries() {
    this.#decode()
    return super.entries()
  }
  override [Symbol.iterator]() {
    return this.entries()
  }
}

/** Collects 32-bit words in chunks, so the postings of 100,000 articles (hundreds of MB) are written a chunk at a time. */
export class WordWriter {
  #chunk = new Uint32Array(1 << 20)
  #length = 0
  /** Full chunks waiting for `take`. */
  #ready: Uint32Array[] = []

  push(word: number): void {
    if (this.#length === this.#chunk.length) {
      this.#ready.push(this.#chunk)
      this.#chunk = new Uint32Array(this.#chunk.length)
      this.#length = 0
    }
    this.#chunk[this.#length++] = word
  }

  /** The chunks filled so far; with `all`, the partly filled one too. */
  take(all = false): Uint32Array[] {
    const out = this.#ready
    this.#ready = []
    if (all && this.#length) {
      out.push(this.#chunk.slice(0, this.#length))
      this.#length = 0
    }
    return out
  }
}

/** Writes one term. Returns false, writing nothing, for a term with neither postings nor a document frequency. */
export function writeTerm(out: WordWriter, documentFrequency: number, postings: TermPostings): boolean {
  const fields: [number, number[]][] = []
  for (const [fieldId, docs] of postings) {
    const flat: number[] = []
    for (const [shortId, frequency] of docs) flat.push(shortId, frequency)
    if (flat.length) fields.push([fieldId, flat])
  }
  if (fields.length === 0 && documentFrequency === 0) return false
  out.push(documentFrequency)
  out.push(fields.length)
  for (const [fieldId, flat] of fields) {
    out.push(fieldId)
    out.push(flat.length / 2)
    for (const n of flat) out.push(n)
  }
  return true
}

/**
 * Walks the stored words term by term (checking that they hold exactly `terms.length` terms)
 * and hands each term its document frequency and its lazily read postings (undefined when it has none).
 */
export function readTerms(words: Uint32Array, terms: readonly string[], onTerm: (term: string, documentFrequency: number, postings: StoredPostings | undefined) => void): void {
  let at = 0
  for (const term of terms) {
    if (at + 2 > words.length) throw new Error('the postings end before the term list')
    const documentFrequency = words[at]!
    const postingsAt = at + 1
    const fields = words[at + 1]!
    at += 2
    for (let f = 0; f < fields; f++) {
      if (at + 2 > words.length) throw new Error('the postings end inside a term')
      at += 2 + 2 * words[at + 1]!
    }
    if (at > words.length) throw new Error('the postings end inside a term')
    onTerm(term, documentFrequency, fields > 0 ? new StoredPostings(words, postingsAt) : undefined)
  }
  if (at !== words.length) throw new Error('the postings are longer than the term list')
}
