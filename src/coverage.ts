// The engine's one entry point: a loaded, indexed body of coverage that answers questions.
// load → clean → passages (src/corpus) → index → query → rank (src/search) → RankedAnswer.
//
// Everything a question reads lives in one immutable snapshot. A reload builds the next
// snapshot aside and swaps the reference when it is complete, so a query sees the old
// coverage or the new one, never half of each, and a broken reload leaves the old one serving.
import { listArticleFiles, loadCorpus } from './corpus/load.ts'
import { publishedTime } from './dates.ts'
import { UserFacingError } from './errors.ts'
import { cleanInput, searchableText } from './input.ts'
import { buildPeople, buildPeopleAsync, lookupLeader, suggestPeople } from './leaders/index.ts'
import { sentenceAsked, questionItself } from './search/asked.ts'
import { chatKind, nonLatinLetters, nonLatinLettersIn } from './search/chat.ts'
import { answerSignals, CALIBRATION, decide, probability, relevantResults, type AnswerSignals, type Calibration } from './search/decide.ts'
import { buildSearchIndexAsync, type SearchIndex } from './search/buildIndex.ts'
import {
  cacheFileFor,
  loadIndexedCorpus,
  readCachedPeople,
  readCachedRoleLinks,
  writeCachedPeople,
  writeCachedRoleLinks,
  type IndexCacheOptions,
  type PeopleCache,
} from './search/indexCache.ts'
import type { QuerySlot } from './search/analyze.ts'
import { foldText } from './search/fold.ts'
import { findCandidates, inverseDocumentFrequency, resolveSlots } from './search/query.ts'
import { articlesHolding, rankCandidates, type RankFeatures, type ScoredPassage } from './search/rank.ts'
import { acronymLinks, definedAcronyms } from './search/acronyms.ts'
import { buildRoleLinks, linkRoles, restoreRoleLinks, storeRoleLinks, type RoleLinks } from './search/roleLinks.ts'
import { outletAsked, outletNames, type OutletName } from './search/outletAsked.ts'
import { groupSameFacts } from './search/sameFact.ts'
import { findWithheld } from './search/withheld.ts'
import {
  BUILD_THREADS,
  closestInMeaning,
  cosineAt,
  countMissing,
  Encoder,
  EncoderClosed,
  makeVectors,
  readKeptVectors,
  semanticWanted,
  vectorsFileFor,
  type SemanticMode,
} from './search/semantic.ts'
import type { Article, ArticleSummary, ChatKind, Confidence, LeaderLookup, LoadWarning, Passage, Person, RankedAnswer, RankedPassage } from './types.ts'

export const DEFAULT_LIMIT = 5
export const MAX_LIMIT = 25

export interface AskOptions {
  limit?: number
  offset?: number
  /** Only articles published at or after this time (ms since the epoch): `/ask since:7d`. Undated articles are left out. */
  since?: number
  /** The question's sentence-encoder vector (Coverage.questionVector): ranks by meaning too. */
  questionVector?: Float32Array
}

/** At most this many outlets side by side in /compare (a Discord embed shows three a row). */
export const COMPARE_MAX = 9

/** Autocomplete lists at most this many choices (Discord's limit). */
const SUGGESTION_LIMIT = 25

/** One complete, consistent view of the coverage. */
interface Snapshot {
  articles: Article[]
  passages: Passage[]
  warnings: LoadWarning[]
  index: SearchIndex
  bySource: Map<string, Article>
  /** Extracted once per snapshot, or read from the index cache (see preparePeople). */
  people?: Person[]
  peopleCache?: PeopleCache
  peopleBuild?: Promise<void>
  roleLinks?: RoleLinks
  /** Initials the articles define ("Emirates Blue Molecules (EBM)"), as links; made on the first question (see rank). */
  acronymLinks?: RoleLinks
  summaries?: { summary: ArticleSummary; key: string }[]
  /** Publication time of each dated article, by file name; made on first use (see publishedTimes). */
  published?: Map<string, number>
  /** The articles of each outlet, by file name, and the outlets' names; made on first use (see outletsOf). */
  outlets?: { sources: Map<string, Set<string>>; names: OutletName[] }
  /** Letters of scripts other than Latin that the articles use; made on first use (see readsLettersOf). */
  nonLatinLetters?: Set<string>
  /** Every passage's sentence-encoder vector, in passage order, once made (see prepareVectors). */
  vectors?: Float32Array
  vectorsBuild?: Promise<void>
  /** How many passages the build has to embed (the rest are kept), known once the kept ones are read. */
  vectorsToMake?: Promise<number>
}

export interface ReloadReport {
  added: string[]
  removed: string[]
  changed: string[]
  warnings: LoadWarning[]
  articles: number
}

/** The corpus path is no folder: not there, or a file. */
export function notACorpusFolder(dir: string, isFile: boolean): UserFacingError {
  return new UserFacingError('EMPTY_CORPUS', isFile ? `The corpus ${dir} is a file; give the folder that holds the articles.` : `The corpus folder ${dir} does not exist.`)
}

/** Reads, cleans and indexes a folder. An empty or missing folder is a clear error. */
async function buildSnapshot(dir: string, cache?: IndexCacheOptions): Promise<Snapshot> {
  let corpus
  let index: SearchIndex | undefined
  let peopleCache: PeopleCache | undefined
  try {
    // With a cache folder, the index comes from the cache when current (see indexCache.ts).
    if (cache) ({ corpus, index, people: peopleCache } = await loadIndexedCorpus(dir, cache))
    else corpus = await loadCorpus(dir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw notACorpusFolder(dir, code === 'ENOTDIR')
    if (code === 'EACCES' || code === 'EPERM') throw new UserFacingError('EMPTY_CORPUS', `The corpus folder ${dir} cannot be read (permission denied).`)
    throw error
  }
  if (corpus.articles.length === 0) {
    const skipped = corpus.warnings.length ? ` (${corpus.warnings.length} file(s) skipped: ${corpus.warnings.map((w) => `${w.source}: ${w.reason}`).join('; ')})` : ''
    throw new UserFacingError('EMPTY_CORPUS', `No usable .txt or .md articles in ${dir}${skipped}.`)
  }
  const { articles, passages, warnings } = corpus
  // Built in slices (buildSearchIndexAsync), so a reload never stalls the answers the old snapshot gives.
  index ??= await buildSearchIndexAsync(articles, passages)
  return { articles, passages, warnings, index, bySource: new Map(articles.map((a) => [a.source, a])), ...(peopleCache ? { peopleCache } : {}) }
}

/**
 * Whether a folder may be read by meaning, told before its passages are counted: an article file
 * gives at least one passage, so one with more files than 'auto' embeds passages never is.
 */
async function mayReadByMeaning(dir: string, mode: SemanticMode): Promise<boolean> {
  // Only 'auto' turns on the size: the folder is walked (~5 ms for BBC's 2,225 files) only then.
  if (mode !== 'auto') return mode === 'on'
  return semanticWanted(mode, (await listArticleFiles(dir).catch(() => [])).length)
}

export class Coverage {
  private snapshot: Snapshot
  private reloading?: Promise<ReloadReport>

  /** Set while the coverage is read by meaning too (the SEMANTIC setting, for its current size). */
  private encoder?: Encoder
  private closed = false

  private constructor(
    readonly dir: string,
    snapshot: Snapshot,
    private readonly cache?: IndexCacheOptions,
    private readonly semantic: SemanticMode = 'off',
    encoder?: Encoder,
  ) {
    this.snapshot = snapshot
    this.encoder = encoder
    void this.readByMeaningIfWanted(snapshot)
  }

  /**
   * `cacheDir` (config.cacheDir): keep the built index there and start from it when current.
   * `people`: extract the coverage's people before returning ('now', the default: every answer
   * is then the same from the first question on), or after, in slices that let a bot answer
   * meanwhile ('background'; until they are ready, role phrases are not linked to people), or
   * only what ask and excerpt need of them, the links from roles to people, which the cache
   * keeps apart ('links': answers are the same as with 'now'; people are then extracted or read
   * on first use, and not suggested when a question is not answered).
   * `semantic` (config.semantic): also rank by meaning, once the passages' vectors are made in
   * the background (`meaningReady()` waits for them); 'auto' only for a small corpus.
   */
  static async load(
    dir: string,
    {
      cacheDir,
      logger,
      people = 'now',
      semantic = 'off',
    }: { cacheDir?: string; logger?: IndexCacheOptions['logger']; people?: 'now' | 'background' | 'links'; semantic?: SemanticMode } = {},
  ): Promise<Coverage> {
    const cache = cacheDir ? { cacheDir, ...(logger ? { logger } : {}) } : undefined
    // Loading the encoder's model is most of a one-shot command's time to its first answer: when
    // the coverage may be read by meaning, its thread starts now, beside the index.
    const early = (await mayReadByMeaning(dir, semantic)) ? new Encoder(BUILD_THREADS).warm() : undefined
    let snapshot: Snapshot
    try {
      snapshot = await buildSnapshot(dir, cache)
    } catch (error) {
      await early?.close()
      throw error
    }
    const coverage = new Coverage(dir, snapshot, cache, semantic, early)
    if (people === 'links') {
      await prepareRoleLinks(snapshot)
      return coverage
    }
    const ready = preparePeople(snapshot)
    if (people === 'now') await ready
    else ready.catch((error: unknown) => logger?.warn({ err: error }, 'people extraction failed; it will be retried on first use'))
    return coverage
  }

  /** Resolves when the current coverage's passage vectors are made (or kept ones read): true when there are. */
  async meaningReady(): Promise<boolean> {
    const s = this.snapshot
    await s.vectorsBuild
    return !!s.vectors
  }

  /** How many of the current coverage's passages still need a vector (0 when not read by meaning). */
  async vectorsToMake(): Promise<number> {
    return (await this.snapshot.vectorsToMake) ?? 0
  }

  /**
   * The question's sentence-encoder vector, to pass to ask(), once the coverage has passage
   * vectors; undefined before, when not reading by meaning, or if the encoder fails (the words
   * alone then answer).
   */
  async questionVector(rawQuestion: string): Promise<Float32Array | undefined> {
    if (!this.encoder || !this.snapshot.vectors) return undefined
    let question: string
    try {
      question = cleanInput(rawQuestion, 'question')
    } catch {
      return undefined // ask() says what is wrong with it
    }
    const text = forEncoder(readAsked(this.snapshot.index, question).asked)
    // "@everyone" alone is a question with nothing to read once mentions are out: the encoder
    // throws on empty text, and the words alone say it is not covered.
    if (!/[\p{L}\p{N}]/u.test(text)) return undefined
    try {
      return await this.encoder.embed([text])
    } catch (error) {
      if (!(error instanceof EncoderClosed)) this.cache?.logger?.warn({ reason: (error as Error).message }, 'sentence encoder failed; answering from the words alone')
      return undefined
    }
  }

  /** Stops the sentence encoder's threads, for good: a reload after this reads by words alone. */
  async close(): Promise<void> {
    this.closed = true
    await this.stopEncoder()
  }

  /**
   * 'auto' decides again at every reload: coverage that grows past AUTO_MAX_PASSAGES stops
   * embedding (the encoder's threads and memory are given back), and coverage that shrinks
   * below it starts. Resolves when a stopped encoder is closed.
   */
  private async readByMeaningIfWanted(s: Snapshot): Promise<void> {
    if (!this.closed && semanticWanted(this.semantic, s.passages.length)) {
      this.encoder ??= new Encoder(BUILD_THREADS)
      this.prepareVectors(s)
    } else await this.stopEncoder()
  }

  /** Gives the encoder's threads and memory back; a build still running on it stops (EncoderClosed). */
  private async stopEncoder(): Promise<void> {
    const stopping = this.encoder
    this.encoder = undefined
    await stopping?.close()
  }

  /** Makes (or reads the kept) vectors of a snapshot's passages, once, in the background. */
  private prepareVectors(s: Snapshot): void {
    const encoder = this.encoder
    if (!encoder || s.vectorsBuild) return
    // Kept beside the index when the index could be kept (a cache folder that cannot be written has said so once).
    const file = this.cache && s.peopleCache ? vectorsFileFor(cacheFileFor(this.cache.cacheDir, this.dir)) : undefined
    const logger = this.cache?.logger
    const texts = s.passages.map((p) => p.text)
    // Never rejects: a kept file that cannot be used reads as nothing kept.
    const reading = file ? readKeptVectors(file) : Promise.resolve(new Map<string, Float32Array>())
    s.vectorsToMake = reading.then((kept) => countMissing(texts, kept))
    s.vectorsBuild = (async () => {
      s.vectors = await makeVectors(encoder, texts, await reading, file, logger)
      await encoder.shrink() // one thread is enough for questions
    })().catch((error: unknown) => {
      if (!(error instanceof EncoderClosed)) logger?.warn({ reason: (error as Error).message }, 'passage vectors could not be made; answering from the words alone')
    })
  }

  /** Resolves when the current coverage's people are extracted. */
  async ready(): Promise<void> {
    await preparePeople(this.snapshot)
  }

  get articles(): Article[] {
    return this.snapshot.articles
  }
  get passages(): Passage[] {
    return this.snapshot.passages
  }
  get warnings(): LoadWarning[] {
    return this.snapshot.warnings
  }
  get index(): SearchIndex {
    return this.snapshot.index
  }

  /**
   * Re-reads the folder and swaps the new coverage in when it is complete. Calls made while
   * a reload runs share it. If the folder has become unusable, the current coverage stays.
   */
  reload(): Promise<ReloadReport> {
    this.reloading ??= (async () => {
      try {
        const before = this.snapshot
        const next = await buildSnapshot(this.dir, this.cache)
        // People too are ready before the swap, so no question waits for them.
        await preparePeople(next)
        // Vectors follow in the background (unchanged passages' from the kept ones): until
        // then the new coverage answers from the words alone.
        const stopped = this.readByMeaningIfWanted(next)
        this.snapshot = next
        await stopped
        return diffSnapshots(before, next)
      } finally {
        this.reloading = undefined
      }
    })()
    return this.reloading
  }

  article(source: string): Article | undefined {
    return this.snapshot.bySource.get(source)
  }

  /** The articles an answer cites as also (or first) reporting its facts. */
  reportsOf(answer: RankedAnswer): Article[] {
    const sources = new Set(answer.results.flatMap((r) => r.alsoReportedBy))
    return [...sources].flatMap((source) => this.snapshot.bySource.get(source) ?? [])
  }

  /** The passages that best answer a question, best first; answered=false when the coverage does not say. */
  ask(rawQuestion: string, { limit = DEFAULT_LIMIT, offset = 0, since, questionVector }: AskOptions = {}): RankedAnswer {
    const question = cleanInput(rawQuestion, 'question')
    const s = this.snapshot
    const ranking = this.rank(s, question, since === undefined ? undefined : publishedSince(s, since), { questionVector })
    const { results: all, confidence } = ranking
    const answered = confidence !== undefined && all.length > 0
    // Names typed in Cyrillic or Greek are searched as the articles spell them ("Зеленський"); a
    // question in such letters that finds nothing is not told the coverage does not say.
    const chat = ranking.chat ?? (answered || readsLettersOf(s, question) ? undefined : 'other-script')
    const clampedLimit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)))
    const start = Math.max(0, Math.floor(offset))
    return {
      question,
      answered,
      ...(answered ? { confidence } : {}),
      results: answered ? all.slice(start, start + clampedLimit) : [],
      total: answered ? all.length : 0,
      ...(chat ? { chat } : {}),
      ...(ranking.withheld ? { withheld: ranking.withheld } : {}),
    }
  }

  /** One passage to share: the best match for a query, optionally from one article (a blank name: any). */
  excerpt(rawQuery: string, rawSource?: string, questionVector?: Float32Array): RankedPassage | undefined {
    const s = this.snapshot
    const query = cleanInput(rawQuery, 'query')
    // Cleaned like any typed text, so the "no article called …" notice never echoes control characters.
    const given = rawSource?.trim() ? cleanInput(rawSource, 'source', { requireWords: false }) : undefined
    const matches = given === undefined ? [] : sourcesNamed(s, given)
    if (given !== undefined && matches.length !== 1) {
      const problem = matches.length ? `“${given}” could name any of ${matches.length} articles; type more of its name.` : `There is no article called “${given}”.`
      throw new UserFacingError('UNKNOWN_SOURCE', `${problem} /sources lists them.`)
    }
    const source = matches[0]
    const { results, confidence } = this.rank(s, query, source ? (id) => s.passages[id]!.source === source : undefined, { questionVector })
    // An excerpt is posted into the conversation as what the coverage says: only a confident match.
    return confidence === 'high' ? results[0] : undefined
  }

  /**
   * The best passage from each outlet (from each article, for articles with no outlet) for a
   * question, newest first, and the outlets in the coverage that do not report it. Only when
   * the coverage answers the question at all; a passage counts while it stays close to the best.
   */
  compare(rawQuestion: string, { since, questionVector }: Pick<AskOptions, 'since' | 'questionVector'> = {}): Comparison {
    const question = cleanInput(rawQuestion, 'question')
    const s = this.snapshot
    const { candidates, confidence } = this.rank(s, question, since === undefined ? undefined : publishedSince(s, since), { questionVector })
    const outlets = [...new Set(s.articles.filter((a) => since === undefined || publishedOf(s, a.source) >= since).flatMap((a) => (a.outlet ? [a.outlet] : [])))]
    const by = outlets.length ? 'outlet' : 'article'
    if (!confidence) return { question, answered: false, by, entries: [], notReporting: [] }
    const seen = new Set<string>()
    const entries: RankedPassage[] = []
    for (const c of relevantResults(candidates)) {
      const article = s.bySource.get(c.passage.source)!
      const key = article.outlet ? `outlet:${foldText(article.outlet)}` : `article:${article.source}`
      if (seen.has(key)) continue
      seen.add(key)
      entries.push({ passage: c.passage, article, score: Math.round(c.score * 1000) / 1000, answerSentence: c.answerSentence.text, alsoReportedBy: [] })
    }
    const reporting = new Set(entries.flatMap((e) => (e.article.outlet ? [foldText(e.article.outlet)] : [])))
    // Newest first; undated reports after the dated ones, best first among themselves.
    const shown = entries.slice(0, COMPARE_MAX).sort((a, b) => newerFirst(publishedOf(s, a.article.source), publishedOf(s, b.article.source)))
    return {
      question,
      answered: true,
      confidence,
      by,
      entries: shown,
      notReporting: outlets.filter((o) => !reporting.has(foldText(o))).sort((a, b) => a.localeCompare(b)),
      ...(entries.length > shown.length ? { more: entries.length - shown.length } : {}),
    }
  }

  sources(): ArticleSummary[] {
    return summariesOf(this.snapshot).map(({ summary }) => summary)
  }

  /** The people the coverage mentions, most mentioned first (extracted on first use). */
  people(): Person[] {
    return peopleOf(this.snapshot)
  }

  leader(query: string): LeaderLookup {
    return lookupLeader(this.people(), query)
  }

  /** Autocomplete never waits: until the people are extracted, it offers none. */
  suggestPeople(typed: string): Person[] {
    const people = this.snapshot.people
    return people ? suggestPeople(people, typed, SUGGESTION_LIMIT) : []
  }

  /** Articles whose title or file name contains what was typed, for the source option. */
  suggestSources(typed: string): ArticleSummary[] {
    const needle = foldText(typed.trim())
    const found: ArticleSummary[] = []
    for (const { summary, key } of summariesOf(this.snapshot)) {
      if (needle && !key.includes(needle)) continue
      found.push(summary)
      if (found.length === SUGGESTION_LIMIT) break
    }
    return found
  }

  /** What the coverage does cover, to suggest when it cannot answer: its leaders and articles. */
  suggestions(): string[] {
    const people = (this.snapshot.people ?? []).slice(0, 3).map((p) => `/leader ${p.name}`)
    const titles = this.articles.slice(0, 3).map((a) => a.title)
    return [...people, ...titles]
  }

  /**
   * The question's ranking before the answer/abstain decision, with the signals the decision
   * reads and its probability: for `npm run eval`, `npm run calibrate` and debugging.
   */
  explain(
    rawQuestion: string,
    { limit = DEFAULT_LIMIT, calibration = CALIBRATION, questionVector }: { limit?: number; calibration?: Calibration; questionVector?: Float32Array } = {},
  ): Explanation {
    const { results, signals, confidence, candidates, model, withheld } = this.rank(this.snapshot, cleanInput(rawQuestion, 'question'), undefined, { calibration, questionVector, listAnyway: true })
    return {
      results: results.slice(0, limit),
      candidates: candidates.map((c) => ({ passage: c.passage, features: c.features })),
      ...(signals && model ? { signals, probability: probability(signals, model.decision) } : {}),
      ...(confidence ? { confidence } : {}),
      ...(withheld ? { withheld } : {}),
    }
  }

  /**
   * Every passage worth showing, best first, one per fact, and how sure the decision is that
   * they answer (undefined: not covered). When not covered, results are listed only for explain().
   */
  private rank(
    s: Snapshot,
    question: string,
    filter?: (passageId: number) => boolean,
    { calibration = CALIBRATION, questionVector, listAnyway = false }: { calibration?: Calibration; questionVector?: Float32Array | undefined; listAnyway?: boolean } = {},
  ): Ranking {
    const chat = chatKind(question)
    // A request for the time or the weather right now is never answered, but it is ranked like a
    // question on another subject: the decision is fitted on the signals of such questions, and
    // taking them out of the fit moved its weight on meaning (docs/quality.md items 45 and 71).
    if (chat && chat !== 'live') return { results: [], candidates: [], chat }
    const outlets = outletsOf(s)
    const named = outletAsked(question, outlets.names)
    if (named) {
      question = named.rest
      const sources = outlets.sources.get(named.outlet)!
      const inOutlet = (passageId: number) => sources.has(s.passages[passageId]!.source)
      const before = filter
      filter = before ? (passageId) => before(passageId) && inOutlet(passageId) : inOutlet
    }
    const { asked, querySlots } = readAsked(s.index, question)
    question = asked
    const slots = resolveSlots(s.index, querySlots)
    if (slots.length === 0) return { results: [], candidates: [] }
    if (s.roleLinks) linkRoles(s.roleLinks, querySlots, slots)
    s.acronymLinks ??= acronymLinks(s.index.analyzer, definedAcronyms(s.passages.map((p) => p.text)))
    linkRoles(s.acronymLinks, querySlots, slots)
    const articleOf = (source: string) => s.bySource.get(source)!
    // By meaning too when both the question and the passages have vectors, with the weights fitted that way.
    const vectors = questionVector && s.vectors
    const cosineOf = vectors ? (id: number) => cosineAt(vectors, id, questionVector) : undefined
    const model = (cosineOf && calibration.semantic) || calibration
    const candidates = findCandidates(s.index, slots, filter)
    if (vectors) {
      const found = new Set(candidates.map((c) => c.passageId))
      for (const passageId of closestInMeaning(vectors, questionVector, filter)) if (!found.has(passageId)) candidates.push({ passageId, bm25: 0 })
    }
    const ranked = rankCandidates(s.index, s.passages, articleOf, question, slots, candidates, model.ranking, cosineOf)
    const signals = answerSignals(ranked, slots, question)
    // An article says what is asked was kept back: not covered, however closely the story matches.
    const kept = findWithheld(question, ranked)
    const withheld = kept && { ...rankedPassageOf(s, kept.found), answerSentence: kept.sentence }
    const confidence = withheld || chat ? undefined : decide(signals, model.decision)
    const unanswered = { ...(signals ? { signals } : {}), ...(withheld ? { withheld } : {}), ...(chat ? { chat } : {}) }
    // Not covered: nothing is shown, so nothing to group (explain() still lists what was found).
    if (!confidence && !listAnyway) return { results: [], candidates: ranked, model, ...unanswered }
    const weightOf = (term: string) => inverseDocumentFrequency(s.index, term)
    const results = groupSameFacts(weightOf, relevantResults(ranked)).map(({ best, alsoReportedBy }): RankedPassage => {
      // The other reports of the fact, earliest first (undated ones last, in rank order); the
      // earliest is "first reported by" when it is dated before the passage quoted.
      const others = [...new Set(alsoReportedBy.map((o) => o.passage.source))].filter((source) => source !== best.passage.source)
      others.sort((a, b) => olderFirst(publishedOf(s, a), publishedOf(s, b)))
      const first = others[0]
      const earlier = first !== undefined && publishedOf(s, first) < publishedOf(s, best.passage.source)
      return { ...rankedPassageOf(s, best), alsoReportedBy: others, ...(earlier ? { firstReportedBy: first } : {}) }
    })
    // A passage the ranking moved up (its article names what is asked, src/search/rank.ts) keeps
    // its fitted score; the ones it passed show no more than it, so scores never rise down the
    // list and a tool sorting by score keeps the order.
    for (let i = 1; i < results.length; i++) results[i]!.score = Math.min(results[i]!.score, results[i - 1]!.score)
    return { results, candidates: ranked, model, ...unanswered, ...(confidence ? { confidence } : {}) }
  }
}

/** A scored passage as a reply quotes it, cited on its own. */
function rankedPassageOf(s: Snapshot, scored: ScoredPassage): RankedPassage {
  return {
    passage: scored.passage,
    article: s.bySource.get(scored.passage.source)!,
    score: Math.round(scored.score * 1000) / 1000,
    answerSentence: scored.answerSentence.text,
    alsoReportedBy: [],
  }
}

/**
 * What a message asks, as it is ranked: the question itself (without the talk around it,
 * src/search/asked.ts). Of a message of several sentences, the last with a question mark (else
 * the last); the others set the scene and may name its subject ("Merz wants all of Europe in.
 * Is that true?"): their words count, for less. A question of no words of its own ("What did
 * Putin say? And when?") asks the whole.
 */
function readAsked(index: SearchIndex, question: string): { asked: string; querySlots: QuerySlot[] } {
  const passagesWith = (word: string) => index.documentFrequency.get(index.analyzer.wordTerm(word)) ?? 0
  const whole = questionItself(question, (short, full) => passagesWith(short) > passagesWith(full))
  const { asked, scene } = sentenceAsked(whole)
  const querySlots = index.analyzer.querySlots(searchableText(asked), searchableText(scene))
  if (querySlots.some((slot) => !slot.context)) return { asked, querySlots }
  return { asked: whole, querySlots: index.analyzer.querySlots(searchableText(whole)) }
}

/**
 * What the sentence encoder is given of the question: what is asked, as the words are searched
 * (without mentions and links), in lower case and without its question mark. The encoder reads
 * capitals, a question mark and a remark after the question as meaning ("…? I couldn't find it."
 * moved 12 of the seeds' 115 questions, names capitalised as the papers write them 12, a
 * question mark 7), and the train questions it was fitted with are typed in lower case, mostly
 * without one.
 */
function forEncoder(asked: string): string {
  return searchableText(asked).replace(/\s+/g, ' ').trim().toLowerCase().replace(/\s*\?+$/, '')
}

interface Ranking {
  results: RankedPassage[]
  /** Every candidate the ranking scored, best first. */
  candidates: ScoredPassage[]
  signals?: AnswerSignals
  confidence?: Confidence
  /** Talk to the bot, not a question about the coverage: nothing was ranked (a request for the time or the weather is, and not answered). */
  chat?: ChatKind
  /** An article says what is asked was kept back (then not confident, whatever the signals say). */
  withheld?: RankedPassage
  /** The weights and decision used (with or without the semantic feature). */
  model?: Omit<Calibration, 'semantic'>
}

/**
 * Whether the coverage is written in the question's letters: always for a question mostly in
 * Latin letters; for one in another script, when the articles use at least half of its letters
 * (scanned once per snapshot, and only when such a question goes unanswered).
 */
function readsLettersOf(s: Snapshot, question: string): boolean {
  const letters = nonLatinLetters(question)
  if (!letters) return true
  s.nonLatinLetters ??= nonLatinLettersIn([...s.articles.map((a) => a.title), ...s.passages.map((p) => p.text)])
  let known = 0
  for (const letter of letters) if (s.nonLatinLetters.has(letter)) known++
  return known * 2 >= letters.size
}

/** A question's ranking regardless of the decision, with what the decision read. */
export interface Explanation {
  results: RankedPassage[]
  /** Every candidate passage the ranking scored, best first, with what the ranking read. */
  candidates: { passage: Passage; features: RankFeatures }[]
  signals?: AnswerSignals
  /** The calibrated probability that the coverage answers the question. */
  probability?: number
  confidence?: Confidence
  /** Not covered whatever the probability: an article says what is asked was kept back. */
  withheld?: RankedPassage
}

/** The best passage per outlet for a question (Coverage.compare). */
export interface Comparison {
  question: string
  answered: boolean
  confidence?: Confidence
  /** 'outlet' when the coverage names outlets; 'article' when none does (each article stands alone). */
  by: 'outlet' | 'article'
  /** One per outlet (or article), newest first. */
  entries: RankedPassage[]
  /** Outlets in the coverage (searched) with no passage on the question. */
  notReporting: string[]
  /** Outlets that report it beyond the COMPARE_MAX shown. */
  more?: number
}

/** The outlets the coverage's headers name: each one's articles by file name, and their names as a question holds them. */
function outletsOf(s: Snapshot): NonNullable<Snapshot['outlets']> {
  if (!s.outlets) {
    const sources = new Map<string, Set<string>>()
    for (const a of s.articles) if (a.outlet) sources.set(a.outlet, (sources.get(a.outlet) ?? new Set()).add(a.source))
    s.outlets = { sources, names: outletNames(sources.keys()) }
  }
  return s.outlets
}

/** Publication time of each dated article, by file name (an undated one is absent). */
function publishedTimes(s: Snapshot): Map<string, number> {
  s.published ??= new Map(s.articles.map((a) => [a.source, publishedTime(a.published)] as const).filter(([, time]) => !Number.isNaN(time)))
  return s.published
}

/** Publication time of an article (NaN when it has none). */
function publishedOf(s: Snapshot, source: string): number {
  return publishedTimes(s).get(source) ?? Number.NaN
}

/**
 * A passage filter: its article was published at or after `since` (an undated one never is).
 * With no dated article at all, every question would be "not covered since then": said instead.
 */
function publishedSince(s: Snapshot, since: number): (passageId: number) => boolean {
  if (publishedTimes(s).size === 0) {
    throw new UserFacingError('BAD_OPTION', 'No article in the coverage has a publication date, so “since” leaves none to search: ask without it.')
  }
  return (id) => publishedOf(s, s.passages[id]!.source) >= since
}

/** Sort order: dated before undated, the earlier date first; ties keep their (rank) order. */
function olderFirst(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1
  return a - b
}

function newerFirst(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return olderFirst(a, b)
  return b - a
}

/** Article summaries with their folded title and file name, computed once per snapshot. */
function summariesOf(s: Snapshot): { summary: ArticleSummary; key: string }[] {
  if (!s.summaries) {
    const counts = new Map<string, number>()
    for (const p of s.passages) counts.set(p.source, (counts.get(p.source) ?? 0) + 1)
    s.summaries = s.articles.map((a) => ({
      summary: {
        source: a.source,
        title: a.title,
        ...(a.outlet ? { outlet: a.outlet } : {}),
        ...(a.url ? { url: a.url } : {}),
        ...(a.published ? { published: a.published } : {}),
        passages: counts.get(a.source) ?? 0,
      },
      key: foldText(`${a.title} ${a.source}`),
    }))
  }
  return s.summaries
}

/** The snapshot's people, extracted now if they are not ready yet (blocking: for one-shot tools). */
function peopleOf(s: Snapshot): Person[] {
  if (!s.people) setPeople(s, buildPeople(s.articles, s.passages))
  return s.people!
}

/** Extracts the snapshot's people in slices, once; role links are built with them. */
function preparePeople(s: Snapshot): Promise<void> {
  if (s.people) return Promise.resolve()
  s.peopleBuild ??= (async () => {
    // Kept with the index cache: extracting them takes half a minute at 50,000 articles.
    const kept = s.peopleCache && (await readCachedPeople(s.peopleCache))
    const people = kept ?? (await buildPeopleAsync(s.articles, s.passages))
    if (!s.people) setPeople(s, people)
    const cache = s.peopleCache
    if (!cache) return
    const warn = (error: unknown) => cache.logger?.warn({ peopleFile: cache.file, reason: (error as Error).message }, 'could not keep the people for the next start')
    if (!kept) await writeCachedPeople(cache, people).catch(warn)
    // Kept people with no usable links beside them (a cache from before links were kept, or
    // damaged: prepareRoleLinks has said so already).
    if (!kept || !(await readCachedRoleLinks({ file: cache.file, key: cache.key }))) await writeCachedRoleLinks(cache, storeRoleLinks(s.roleLinks!)).catch(warn)
  })()
  return s.peopleBuild
}

/** Only the role links, from the cache when kept there; else the people, which keep them for next time. */
async function prepareRoleLinks(s: Snapshot): Promise<void> {
  const kept = !s.roleLinks && s.peopleCache && (await readCachedRoleLinks(s.peopleCache))
  if (kept) s.roleLinks ??= restoreRoleLinks(kept)
  else await preparePeople(s)
}

function setPeople(s: Snapshot, people: Person[]): void {
  s.people = people
  s.roleLinks = buildRoleLinks(s.index.analyzer, people, (term) => articlesHolding(s.index, s.passages, term))
}

function diffSnapshots(before: Snapshot, after: Snapshot): ReloadReport {
  const added = after.articles.filter((a) => !before.bySource.has(a.source)).map((a) => a.source)
  const removed = before.articles.filter((a) => !after.bySource.has(a.source)).map((a) => a.source)
  const changed = after.articles
    .filter((a) => {
      const old = before.bySource.get(a.source)
      return old && (old.body !== a.body || old.title !== a.title)
    })
    .map((a) => a.source)
  return { added, removed, changed, warnings: after.warnings, articles: after.articles.length }
}

/**
 * The articles a `source` option may name: its path ("2025-08/strike.txt"), its file name alone
 * ("strike.txt"), or the start of a path (Discord cuts a choice to 100 characters; on the command
 * line "004" is enough). One is the article; more, the name was not enough to tell.
 */
function sourcesNamed(s: Snapshot, given: string): string[] {
  if (s.bySource.has(given)) return [given]
  const sources = [...s.bySource.keys()]
  const byFileName = sources.filter((source) => source.endsWith(`/${given}`))
  return byFileName.length ? byFileName : sources.filter((source) => source.startsWith(given))
}
