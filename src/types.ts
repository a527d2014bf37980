// The engine's vocabulary. One word per idea: article, passage, sentence, citation, answer sentence, outlet.

/** One article file, cleaned. `source` is its file name: the citation every quote carries. */
export interface Article {
  source: string
  title: string
  outlet?: string
  url?: string
  published?: string
  author?: string
  /** The cleaned body: paragraphs joined by blank lines. Every passage's text is a span of it. */
  body: string
}

/** A sentence inside a passage; `start`/`end` are offsets into the passage text. */
export interface Sentence {
  text: string
  start: number
  end: number
}

/** A paragraph (or a sentence-aligned piece of a long one): the unit we index and quote. */
export interface Passage {
  /** Stable within one loaded corpus: index into Coverage.passages. */
  id: number
  source: string
  /** 0-based position of the passage within its article. */
  position: number
  /** The section heading above it ("What's Happening?"), kept as context, never quoted as a passage. */
  heading?: string
  /** Verbatim article text (whitespace normalised). */
  text: string
  sentences: Sentence[]
}

/** One ranked result of a question. */
export interface RankedPassage {
  passage: Passage
  article: Article
  score: number
  /** The sentence of the passage that best answers the question (verbatim, a span of passage.text). */
  answerSentence: string
  /** Other articles whose passages report the same fact (their file names), the earliest published first. */
  alsoReportedBy: string[]
  /** The article of alsoReportedBy published before this passage's article: it reported the fact first. */
  firstReportedBy?: string
}

/**
 * How sure the engine is that its best passage answers the question: 'high', a confident
 * answer; 'low', the closest the coverage comes (shown, plainly labelled as possibly not
 * answering). Set exactly when answered is true; see src/search/decide.ts.
 */
export type Confidence = 'high' | 'low'

/** Why a message to /ask is talk to the bot rather than a question about the coverage (src/search/chat.ts). */
export type ChatKind = 'greeting' | 'about-bot' | 'advice' | 'live' | 'other-script'

/** What `ask` returns. "No answer" is a value: answered=false with the reason, never an exception. */
export interface RankedAnswer {
  question: string
  answered: boolean
  /** Present exactly when answered. */
  confidence?: Confidence
  results: RankedPassage[]
  /** Every result found before the limit was applied, for the "More" button. */
  total: number
  /**
   * Never answered from the coverage, and why: talk to the bot (a greeting, "what can you do?",
   * a request for advice), or a question written in letters the articles never use.
   */
  chat?: ChatKind
  /**
   * Not answered because an article says what is asked was kept back ("It did not name the
   * customer"): that passage, its answerSentence the sentence saying so (src/search/withheld.ts).
   */
  withheld?: RankedPassage
}

export interface ArticleSummary {
  source: string
  title: string
  outlet?: string
  url?: string
  /** ISO date from the article's header (see src/dates.ts). */
  published?: string
  passages: number
}

/** A warning about one article file that was skipped or altered while loading. */
export interface LoadWarning {
  source: string
  reason: string
}

/** A statement a person made or is reported to have made: a verbatim sentence. */
export interface Statement {
  source: string
  text: string
  passageId: number
}

/** A person the coverage mentions, merged across spellings. */
export interface Person {
  /** Canonical name: the fullest, most frequent spelling ("Volodymyr Zelensky"). */
  name: string
  /** Every other spelling seen ("Zelenskiy", "Zelenskyy", "President Zelensky"). */
  aliases: string[]
  /** Titles the coverage gives them, as written ("Ukrainian President"). */
  roles: string[]
  /** File names of the articles that mention them, in corpus order. */
  articles: string[]
  mentions: number
  statements: Statement[]
}

export interface LeaderLookup {
  query: string
  found: boolean
  person?: Person
  /** Close names when not found. */
  suggestions: string[]
}
