// Questions the coverage could not answer, grouped by meaning with the engine's own analyzer:
// the words of a question are folded, stemmed and mapped to one spelling exactly as the index
// does it ("Zelenskyy"/"Zelensky", "troops"/"troop", "Berlin"/"Germany" share a concept tag),
// and each word also stands for its WordNet synonyms and derived forms ("soldiers" ~ "troops",
// "pay" ~ "payment"), as the engine widens a question. Two questions fall together when most
// of their meaningful words match; the most asked wording leads its group.
import type { Analyzer } from '../search/analyze.ts'
import { relatedWords } from '../search/synonyms.ts'
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

/** Share of meaningful words two questions must have in common (Dice) to be one gap. */
const SAME_MEANING = 0.55
const WORDINGS_SHOWN = 5
const COMMENTS_SHOWN = 10

/** A question's meaningful words, each as the set of terms that count as the same word. */
type Meaning = Set<string>[]

export function questionMeaning(question: string, analyzer: Analyzer): Meaning {
  return analyzer.querySlots(question).map((slot) => {
    const terms = new Set([slot.term, ...slot.tags])
    for (const related of relatedWords(slot.word.toLowerCase())) {
      if (related.relation !== 'synonym' && related.relation !== 'derived') continue
      // Multi-word synonyms ("pay up") add their own words' terms only when they are one word.
      if (related.word.includes(' ')) continue
      for (const term of analyzer.terms(related.word)) terms.add(term)
    }
    return terms
  })
}

/** Dice coefficient over words, a word matching another when their term sets meet. */
export function similarity(a: Meaning, b: Meaning): number {
  if (a.length === 0 || b.length === 0) return 0
  const used = new Set<number>()
  let matched = 0
  for (const word of a) {
    const j = b.findIndex((other, k) => !used.has(k) && [...word].some((term) => other.has(term)))
    if (j >= 0) {
      used.add(j)
      matched++
    }
  }
  return (2 * matched) / (a.length + b.length)
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
    const candidates = [...new Set(meaning.flatMap((word) => [...word].flatMap((term) => byTerm.get(term) ?? [])))].sort((a, b) => a - b)
    const found = candidates.find((g) => similarity(groups[g]!.meaning, meaning) >= SAME_MEANING)
    if (found !== undefined) {
      groups[found]!.members.push(wording)
      continue
    }
    groups.push({ meaning, members: [wording] })
    for (const term of new Set(meaning.flatMap((word) => [...word]))) byTerm.set(term, [...(byTerm.get(term) ?? []), groups.length - 1])
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
