// A question that names an outlet of the coverage ("what did reuters say about the strike", "in
// the harbour times piece, why…") asks what that outlet's articles say: they are the ones
// searched, and the outlet's name is no word of what is asked. Articles seldom print their own
// outlet's name, so it read as a name the coverage lacks, and the question as not covered.
import { foldWord } from './fold.ts'
import { isOrdinaryWord } from './lexicon.ts'

export interface OutletAsked {
  /** The outlet as the articles' headers name it. */
  outlet: string
  /** The question without the outlet's name. */
  rest: string
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu

/** An outlet's name as the words a question must hold, made once per coverage. */
export interface OutletName {
  outlet: string
  /** Folded, without a leading "the" ("The Guardian" → guardian). */
  words: string[]
}

export function outletNames(outlets: Iterable<string>): OutletName[] {
  return [...outlets].map((outlet) => {
    const words = [...outlet.matchAll(WORD)].map((m) => foldWord(m[0]))
    return { outlet, words: words[0] === 'the' && words.length > 1 ? words.slice(1) : words }
  })
}

/** The outlet a question names, the longest name when several fit ("times" and "harbour times"). */
export function outletAsked(question: string, names: readonly OutletName[]): OutletAsked | undefined {
  // Most coverages name no outlet (the seeds, BBC): nothing to read the question for.
  if (names.length === 0) return undefined
  const words = [...question.matchAll(WORD)].map((m) => ({ word: foldWord(m[0]), start: m.index, end: m.index + m[0].length }))
  let best: { outlet: string; from: number; to: number; length: number } | undefined
  for (const { outlet, words: name } of names) {
    if (!name.length || (best && best.length >= name.length)) continue
    for (let i = 0; i + name.length <= words.length; i++) {
      if (!name.every((word, k) => words[i + k]!.word === word)) continue
      const the = i > 0 && words[i - 1]!.word === 'the'
      // One English word ("The Times", "The Sun") is the outlet only after "the": "how many times…" is not.
      if (name.length === 1 && isOrdinaryWord(name[0]!) && !the) continue
      best = { outlet, from: (the ? words[i - 1]! : words[i]!).start, to: words[i + name.length - 1]!.end, length: name.length }
      break
    }
  }
  if (!best) return undefined
  const rest = `${question.slice(0, best.from)}${question.slice(best.to)}`.replace(/\s+/g, ' ').trim()
  return /[\p{L}\p{N}]/u.test(rest) ? { outlet: best.outlet, rest } : undefined
}
