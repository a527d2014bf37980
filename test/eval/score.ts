// Scores answers against the dev set, exactly as its "format.matching" text says: a result
// matches a gold item when the file names are equal and the result's text contains the phrase,
// both after NFKC, lower-casing, straight quotes and collapsed whitespace.
import path from 'node:path'

export interface Gold {
  source: string
  phrase: string
}

export interface DevQuestion {
  id: string
  kind: string
  expect: 'answer' | 'abstain'
  question: string
  gold?: Gold[]
}

export interface AskResult {
  answered: boolean
  results: { source: string; text: string }[]
}

export interface QuestionScores {
  answerable: number
  hitAt1: number
  recallAt3: number
  recallAt5: number
  mrrAt5: number
  perKindHitAt1: Record<string, number>
  abstention: number
  falseAbstention: number
  misses: string[]
}

export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
}

export function matchesGold(result: { source: string; text: string }, gold: Gold[]): boolean {
  const text = normalizeForMatch(result.text)
  return gold.some((g) => path.basename(result.source) === g.source && text.includes(normalizeForMatch(g.phrase)))
}

/** 1-based rank of the first matching result within the first `depth`, or 0. */
export function firstMatchRank(answer: AskResult, gold: Gold[], depth = 5): number {
  if (!answer.answered) return 0
  const i = answer.results.slice(0, depth).findIndex((r) => matchesGold(r, gold))
  return i + 1
}

export function scoreQuestions(questions: DevQuestion[], ask: (q: string) => AskResult): QuestionScores {
  const answerable = questions.filter((q) => q.expect === 'answer')
  const abstain = questions.filter((q) => q.expect === 'abstain')
  const ranks = new Map<string, number>()
  let falseAbstentions = 0
  const misses: string[] = []
  for (const q of answerable) {
    const answer = ask(q.question)
    if (!answer.answered) falseAbstentions++
    const rank = firstMatchRank(answer, q.gold ?? [])
    ranks.set(q.id, rank)
    if (rank !== 1) misses.push(`${q.id} (${q.kind}) rank ${rank || '-'}: ${q.question}`)
  }
  let abstained = 0
  for (const q of abstain) {
    const answer = ask(q.question)
    if (!answer.answered || answer.results.length === 0) abstained++
    else misses.push(`${q.id} (${q.kind}) answered but should abstain: ${q.question}`)
  }
  const share = (n: number, of: number) => (of ? n / of : 0)
  const count = (pred: (r: number) => boolean) => answerable.filter((q) => pred(ranks.get(q.id)!)).length
  const kinds = [...new Set(answerable.map((q) => q.kind))]
  return {
    answerable: answerable.length,
    hitAt1: share(count((r) => r === 1), answerable.length),
    recallAt3: share(count((r) => r >= 1 && r <= 3), answerable.length),
    recallAt5: share(count((r) => r >= 1 && r <= 5), answerable.length),
    mrrAt5: share(
      answerable.reduce((sum, q) => sum + (ranks.get(q.id)! ? 1 / ranks.get(q.id)! : 0), 0),
      answerable.length,
    ),
    perKindHitAt1: Object.fromEntries(
      kinds.map((k) => {
        const of = answerable.filter((q) => q.kind === k)
        return [k, share(of.filter((q) => ranks.get(q.id) === 1).length, of.length)]
      }),
    ),
    abstention: share(abstained, abstain.length),
    falseAbstention: share(falseAbstentions, answerable.length),
    misses,
  }
}
