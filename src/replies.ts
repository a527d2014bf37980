// What a command handler returns: plain data, no discord.js. src/render/* turns it into
// Discord payloads, terminal text or JSON, so the bot, the console and the CLI share handlers.
import type { Comparison } from './coverage.ts'
import type { IngestOutcome } from './ingest/ingest.ts'
import type { GapsReport, StatsReport } from './store/questionLog.ts'
import type { Article, ArticleSummary, ChatKind, LeaderLookup, Person, RankedAnswer, RankedPassage } from './types.ts'

/** What the bot says of itself to a greeting or a question about it (src/search/chat.ts); each surface adds how to ask there. */
export const CHAT_INTRO: Record<ChatKind, string> = {
  greeting: 'I answer questions about the news coverage with quotes from its articles, each with its source.',
  'about-bot': 'I am a bot. I answer questions about the news coverage by quoting its articles, word for word and with their sources, and I say so when they do not answer.',
  advice: 'That sounds like a request for advice or a recommendation. I only quote what the news coverage reports, so I have none to give: ask me what the articles say about a story.',
  live: 'That asks what is happening right now: the time or the weather. I only quote what the news coverage reports, so I cannot tell you: ask me what the articles say about a story.',
  'other-script': 'That question is written in letters the articles never use. I find answers by the articles\' own words, so please ask in the language they are written in.',
}

export interface AnswerReply {
  kind: 'answer'
  answer: RankedAnswer
  /** Index of the first result shown (the "More" button advances it). */
  offset: number
  /** Topics and people the coverage does cover, suggested when it does not answer. */
  suggestions: string[]
  /** The coverage searched was limited to articles published since then (`since:`). */
  since?: { text: string; label: string }
  /** The articles cited as also (or first) reporting a result's fact, so citations show their title, outlet and date. */
  reports?: Article[]
}

export interface CompareReply {
  kind: 'compare'
  comparison: Comparison
  since?: { text: string; label: string }
}

/** What /add did with a link: the article added, or exactly why not. */
export interface AddReply {
  kind: 'added'
  outcome: IngestOutcome
}

export interface LeaderReply {
  kind: 'leader'
  lookup: LeaderLookup
  /** The person's articles (lookup.person.articles, in that order), with titles and outlets to show. */
  articles: ArticleSummary[]
}

export interface ExcerptReply {
  kind: 'excerpt'
  query: string
  result?: RankedPassage
  /** When the excerpt is a statement, the person it is from. */
  speaker?: Person
}

export interface SourcesReply {
  kind: 'sources'
  articles: ArticleSummary[]
  warnings: { source: string; reason: string }[]
}

export interface HelpReply {
  kind: 'help'
  commands: { usage: string; description: string }[]
  examples: string[]
}

/** A short message: an error the user can fix, a refusal, a confirmation. */
export interface NoticeReply {
  kind: 'notice'
  tone: 'info' | 'error'
  message: string
}

/** /gaps: what members asked that the coverage did not answer, grouped by meaning. */
export interface GapsReply {
  kind: 'gaps'
  report: GapsReport
}

/** /stats: how much the bot is used and how well it answers. */
export interface StatsReply {
  kind: 'stats'
  report: StatsReport
}

export type Reply = AnswerReply | CompareReply | AddReply | LeaderReply | ExcerptReply | SourcesReply | HelpReply | NoticeReply | GapsReply | StatsReply
