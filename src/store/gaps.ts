// Questions the coverage could not answer, grouped by meaning with the engine's own analyzer:
// the words of a question are folded, stemmed and mapped to one spelling exactly as the index
// does it ("Zelenskyy"/"Zelensky", "troops"/"troop", "Berlin"/"Germany" share a concept tag),
// and each word also stands for its WordNet synonyms and derived forms ("backs" ~ "supports",
// "pay" ~ "payment"), as the engine widens a question. Two questions fall together when most
// of their meaningful words match; the most asked wording leads its group. A verb also matches
// a more general verb it stands under ("funding" → finance → "pay"), one way only: "who is
// funding the package" and "who pays for it" fall together, "send" and "pay" (both under
// "transfer") do not.
import type { Analyzer } from '../search/analyze.ts'
import { relatedWords, verbAncestors } from '../search/synonyms.ts'
import type { Outcome } from './questionLog.ts'

export interface GapRow {
  question: string
  outcome: Outcome
  askedAt: Date | string
  thumbsDown: number
  comments: string[]
}

export interface Gap {
  /** The most asked wording of the group. */
  example: string
  /** Times the group's questions were asked. */
  count: number
  notCovered: number
  closest: number
  /** 👎 given to answers in the group (including ones the coverage answered). */
  thumbsDown: number
  /** Other wordings, most asked first (at most 5). */
  wordings: string[]
  /** What members wrote with their 👎, newest first (at most 10). */
  comments: string[]
  lastAsked: string
}

export interface GapsReport {
  days: number
  /** Every question asked in the period, answered or not. */
  questions: number
  gaps: Gap[]
}

/** Share of meaningful words two questions must have in common (Dice) to be one gap… */
const SAME_MEANING = 0.75
/** …or every word of the shorter matches, and the longer has at most this many more. */
const CONTAINED_EXTRA_WORDS = 1
const WORDINGS_SHOWN = 5
const COMMENTS_SHOWN = 10

/** One meaningful word of a question. */
interface MeaningWord {
  /** Its own term. */
  term: string
  /** Terms that count as the same word: its own, concept tags, WordNet synonyms and derived forms. */
  terms: Set<string>
  /** Terms of the more general verbs it stands under. */
  ancestors: Set<string>
}

/** A question's meaningful words. */
type Meaning = MeaningWord[]

/** The analyzer's terms of one-word WordNet lemmas ("pay up" and the like are left out). */
function termsOf(words: Iterable<string>, analyzer: Analyzer, into: Set<string>): Set<string> {
  for (const word of words) if (!word.includes(' ')) for (const term of analyzer.terms(word)) into.add(term)
  return into
}

export function questionMeaning(question: string, analyzer: Analyzer): Meaning {
  return analyzer.querySlots(question).map((slot) => {
    const word = slot.word.toLowerCase()
    const close = relatedWords(word).filter((r) => r.relation === 'synonym' || r.relation === 'derived')
    return {
      term: slot.term,
      terms: termsOf(close.map((r) => r.word), analyzer, new Set([slot.term, ...slot.tags])),
      ancestors: termsOf(verbAncestors(word), analyzer, new Set()),
    }
  })
}

/** The same word: their terms meet, or one is a verb the other stands under. */
function sameWord(a: MeaningWord, b: MeaningWord): boolean {
  if (a.ancestors.has(b.term) || b.ancestors.has(a.term)) return true
  for (const term of a.terms) if (b.terms.has(term)) return true
  return false
}

/**
 * Whether two questions ask the same: most of their words match ("Who won the 2022 football World
 * Cup?" / "world cup winner 2022"), or the shorter is all in the longer, which says one thing
 * more ("who pays for it" / "who is funding the package"). Two names alike and the verb not
 * ("When did Trump meet Putin?" / "… pay Putin?") are two questions.
 */
export function sameMeaning(a: Meaning, b: Meaning): boolean {
  if (a.length === 0 || b.length === 0) return false
  const matched = matchedWords(a, b)
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  return (2 * matched) / (a.length + b.length) >= SAME_MEANING || (matched === shorter.length && longer.length - shorter.length <= CONTAINED_EXTRA_WORDS)
}

/** Words of `a` matched one to one by words of `b`. */
function matchedWords(a: Meaning, b: Meaning): number {
  const used = new Set<number>()
  let matched = 0
  for (const word of a) {
    const j = b.findIndex((other, k) => !used.has(k) && sameWord(word, other))
    if (j >= 0) {
      used.add(j)
      matched++
    }
  }
  return matched
}

export function groupGaps(rows: GapRow[], analyzer: Analyzer): Gap[] {
  // Identical wordings (up to case and spacing) first: one meaning computed per wording.
  const wordings = new Map<string, { text: string; rows: GapRow[] }>()
  for (const row of rows) {
    const key = row.question.toLowerCase().replace(/\s+/g, ' ').trim()
    const entry = wordings.get(key)
    if (entry) entry.rows.push(row)
    else wordings.set(key, { text: row.question, rows: [row] })
  }
  const ordered = [...wordings.values()].sort((a, b) => b.rows.length - a.rows.length || latest(b.rows).localeCompare(latest(a.rows)))
  const groups: { meaning: Meaning; members: { text: string; rows: GapRow[] }[] }[] = []
  // Term → groups whose leading wording has it: a question is compared only with groups it shares
  // a term with (thousands of distinct questions would otherwise be compared with every group).
  const byTerm = new Map<string, number[]>()
  for (const wording of ordered) {
    const meaning = questionMeaning(wording.text, analyzer)
    const keys = (m: Meaning) => new Set(m.flatMap((word) => [...word.terms, ...word.ancestors]))
    const candidates = [...new Set([...keys(meaning)].flatMap((term) => byTerm.get(term) ?? []))].sort((a, b) => a - b)
    const found = candidates.find((g) => sameMeaning(groups[g]!.meaning, meaning))
    if (found !== undefined) {
      groups[found]!.members.push(wording)
      continue
    }
    groups.push({ meaning, members: [wording] })
    for (const term of keys(meaning)) byTerm.set(term, [...(byTerm.get(term) ?? []), groups.length - 1])
  }
  return groups
    .map(({ members }) => {
      const all = members.flatMap((m) => m.rows)
      const comments = all
        .flatMap((row) => row.comments.map((comment) => ({ comment, at: iso(row.askedAt) })))
        .sort((a, b) => b.at.localeCompare(a.at))
        .map((c) => c.comment)
      return {
        example: members[0]!.text,
        count: all.length,
        notCovered: all.filter((r) => r.outcome === 'not_covered').length,
        closest: all.filter((r) => r.outcome === 'closest').length,
        thumbsDown: all.reduce((sum, r) => sum + r.thumbsDown, 0),
        wordings: members.slice(1, 1 + WORDINGS_SHOWN).map((m) => m.text),
        comments: [...new Set(comments)].slice(0, COMMENTS_SHOWN),
        lastAsked: latest(all),
      }
    })
    .sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked))
}

const iso = (at: Date | string) => (at instanceof Date ? at.toISOString() : new Date(at).toISOString())
const latest = (rows: GapRow[]) => rows.map((r) => iso(r.askedAt)).sort().at(-1) ?? ''
