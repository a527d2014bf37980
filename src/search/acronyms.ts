// "Emirates Blue Molecules (EBM) has signed…", then "CEO of EBM": news defines a body's
// initials once and uses them after. A question in the long form ("who is the ceo of emirates
// blue molecules") then finds the passages that use the initials, as linkRoles lets "the
// American president" find Trump: the initials become another way to satisfy the long form's words.
import type { Analyzer } from './analyze.ts'
import { buildPhraseLinks, type RoleLinks } from './roleLinks.ts'

/** Initials in brackets, two to six capitals (an "&" kept: "P&O"). */
const INITIALS = /\(([A-Z][A-Z&]{1,5})\)/g
/** Words that may stand inside a long form without giving it a letter ("Office of Fair Trading"). */
const UNLETTERED = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&'])
/** How far back the long form may start: the words before the bracket. */
const LOOK_BACK = 12

/**
 * Each defined acronym and its long form, as the articles write them: "Emirates Blue Molecules
 * (EBM)" → EBM: "Emirates Blue Molecules". The long form is the capitalised words just before the
 * bracket whose initials spell it, one letter a word. The first definition is kept.
 */
export function definedAcronyms(texts: Iterable<string>): Map<string, string> {
  const found = new Map<string, string>()
  for (const text of texts) {
    for (const match of text.matchAll(INITIALS)) {
      const acronym = match[1]!
      if (found.has(acronym)) continue
      const before = text.slice(Math.max(0, match.index! - 160), match.index).trimEnd().split(/\s+/).slice(-LOOK_BACK)
      const longForm = spelledBy(acronym.replace(/&/g, ''), before)
      if (longForm) found.set(acronym, longForm)
    }
  }
  return found
}

/** The tail of `words` whose capitalised words' initials are `letters`, in order; else undefined. */
function spelledBy(letters: string, words: string[]): string | undefined {
  let letter = letters.length - 1
  let start = words.length
  for (let i = words.length - 1; i >= 0 && letter >= 0; i--) {
    const word = words[i]!.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
    if (!word) return undefined
    if (UNLETTERED.has(word.toLowerCase()) && letter < letters.length - 1) continue
    if (!/^\p{Lu}/u.test(word) || word[0] !== letters[letter]) return undefined
    letter--
    start = i
  }
  return letter < 0 ? words.slice(start).join(' ').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '') : undefined
}

/** The links that let a question's long form find its initials in the index. */
export function acronymLinks(analyzer: Analyzer, acronyms: Map<string, string>): RoleLinks {
  const pairs: { phrase: string; term: string }[] = []
  for (const [acronym, longForm] of acronyms) {
    const [term, ...more] = analyzer.terms(acronym).filter((t) => !t.startsWith('§'))
    if (term && more.length === 0) pairs.push({ phrase: longForm, term })
  }
  return buildPhraseLinks(analyzer, pairs)
}
