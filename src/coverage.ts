// The engine's one entry point: a loaded, indexed body of coverage that answers questions.
// load → clean → passages (src/corpus) → index → query → rank (src/search) → RankedAnswer.
import { loadCorpus } from './corpus/load.ts'
import { UserFacingError } from './errors.ts'
import { cleanInput } from './input.ts'
import { isAnswered, relevantResults } from './search/abstain.ts'
import { buildSearchIndex, type SearchIndex } from './search/buildIndex.ts'
import { findCandidates, inverseDocumentFrequency, resolveSlots } from './search/query.ts'
import { rankCandidates } from './search/rank.ts'
import { buildRoleLinks, linkRoles, type RoleLinks } from './search/roleLinks.ts'
import { groupSameFacts } from './search/sameFact.ts'
import { foldText } from './search/fold.ts'
import { buildPeople, lookupLeader, suggestPeople } from './leaders/index.ts'
import type { Article, ArticleSummary, LeaderLookup, LoadWarning, Passage, Person, RankedAnswer, RankedPassage } from './types.ts'

export const DEFAULT_LIMIT = 5
export const MAX_LIMIT = 25

export interface AskOptions {
  limit?: number
  offset?: number
}

/** Autocomplete lists at most this many choices (Discord's limit). */
const SUGGESTION_LIMIT = 25

export class Coverage {
  private readonly bySource: Map<string, Article>
  private peopleList?: Person[]
  private roleLinks?: RoleLinks

  constructor(
    readonly dir: string,
    readonly articles: Article[],
    readonly passages: Passage[],
    readonly warnings: LoadWarning[],
    readonly index: SearchIndex,
  ) {
    this.bySource = new Map(articles.map((a) => [a.source, a]))
  }

  /** Loads and indexes a folder of articles. An empty or missing folder is a clear error. */
  static async load(dir: string): Promise<Coverage> {
    let corpus
    try {
      corpus = await loadCorpus(dir)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserFacingError('EMPTY_CORPUS', `The corpus folder ${dir} does not exist.`)
      throw error
    }
    if (corpus.articles.length === 0) {
      const skipped = corpus.warnings.length ? ` (${corpus.warnings.length} file(s) skipped, see the warnings above)` : ''
      throw new UserFacingError('EMPTY_CORPUS', `No usable .txt or .md articles in ${dir}${skipped}.`)
    }
    return new Coverage(dir, corpus.articles, corpus.passages, corpus.warnings, buildSearchIndex(corpus.articles, corpus.passages))
  }

  article(source: string): Article | undefined {
    return this.bySource.get(source)
  }

  /** The passages that best answer a question, best first; answered=false when the coverage does not say. */
  ask(rawQuestion: string, { limit = DEFAULT_LIMIT, offset = 0 }: AskOptions = {}): RankedAnswer {
    const question = cleanInput(rawQuestion, 'question')
    const all = this.rank(question)
    const answered = all.length > 0
    const clampedLimit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)))
    return {
      question,
      answered,
      results: answered ? all.slice(offset, offset + clampedLimit) : [],
      total: answered ? all.length : 0,
    }
  }

  /** One passage to share: the best match for a query, optionally from one article. */
  excerpt(rawQuery: string, source?: string): RankedPassage | undefined {
    const query = cleanInput(rawQuery, 'query')
    if (source !== undefined && !this.bySource.has(source)) {
      throw new UserFacingError('UNKNOWN_SOURCE', `There is no article called “${source}”. /sources lists them.`)
    }
    return this.rank(query, source ? (id) => this.passages[id]!.source === source : undefined)[0]
  }

  sources(): ArticleSummary[] {
    const counts = new Map<string, number>()
    for (const p of this.passages) counts.set(p.source, (counts.get(p.source) ?? 0) + 1)
    return this.articles.map((a) => ({
      source: a.source,
      title: a.title,
      ...(a.outlet ? { outlet: a.outlet } : {}),
      ...(a.url ? { url: a.url } : {}),
      passages: counts.get(a.source) ?? 0,
    }))
  }

  /** The people the coverage mentions, most mentioned first (extracted on first use). */
  people(): Person[] {
    this.peopleList ??= buildPeople(this.articles, this.passages)
    return this.peopleList
  }

  leader(query: string): LeaderLookup {
    return lookupLeader(this.people(), query)
  }

  suggestPeople(typed: string): Person[] {
    return suggestPeople(this.people(), typed, SUGGESTION_LIMIT)
  }

  /** Articles whose title or file name contains what was typed, for the source option. */
  suggestSources(typed: string): ArticleSummary[] {
    const needle = foldText(typed.trim())
    return this.sources()
      .filter((a) => !needle || foldText(`${a.title} ${a.source}`).includes(needle))
      .slice(0, SUGGESTION_LIMIT)
  }

  /** What the coverage does cover, to suggest when it cannot answer: its leaders and articles. */
  suggestions(): string[] {
    const people = this.people()
      .slice(0, 3)
      .map((p) => `/leader ${p.name}`)
    const titles = this.articles.slice(0, 3).map((a) => a.title)
    return [...people, ...titles]
  }

  /** Every passage that answers, best first, one per fact; empty when the coverage does not answer. */
  private rank(question: string, filter?: (passageId: number) => boolean): RankedPassage[] {
    const querySlots = this.index.analyzer.querySlots(question)
    const slots = resolveSlots(this.index, querySlots)
    if (slots.length === 0) return []
    this.roleLinks ??= buildRoleLinks(this.index.analyzer, this.people())
    linkRoles(this.roleLinks, querySlots, slots)
    const ranked = rankCandidates(this.index, this.passages, question, slots, findCandidates(this.index, slots, filter))
    if (!isAnswered(ranked[0])) return []
    return groupSameFacts(this.index.analyzer, (t) => inverseDocumentFrequency(this.index, t), relevantResults(ranked)).map(({ best, alsoReportedBy }) => ({
      passage: best.passage,
      article: this.bySource.get(best.passage.source)!,
      score: Math.round(best.score * 1000) / 1000,
      answerSentence: best.answerSentence.text,
      alsoReportedBy: [...new Set(alsoReportedBy.map((o) => o.passage.source))],
    }))
  }
}
