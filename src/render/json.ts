// The CLI's --json contract (other tools depend on it; keep the required fields exact):
//   ask     {question, answered, confidence?: 'high' | 'low' (when answered), results: [{source, title, text, score, …}] (best first, score never rising),
//           withheld?: {source, title, text, answerSentence, …} (not answered: an article says what is asked was not made public)}
//   leader  {query, found, name, aliases, roles, articles, mentions, statements: [{source, text}]}
//   sources {articles: [{source, title, passages, outlet?, url?, published?}]} (the last three when the article's header gives them)
//   excerpt {found, source, title, text}
//   gaps    {days, questions, gaps: [{example, count, notCovered, closest, thumbsDown, wordings, comments, lastAsked}]}
//   stats   {days, questions, perDay: [{day, questions}], outcomes, shareAnswered, feedback: {up, down}, people, latencyMs}
//   compare {question, answered, confidence?, by, results: [{outlet?, source, title, url?, published?, text, answerSentence, score}], notReporting}
//   add     {added: true, file, title, outlet?, url, published?, method, passages} | {added: false, code, reason, url, existing?}
import type { Comparison } from '../coverage.ts'
import type { IngestOutcome } from '../ingest/ingest.ts'
import type { GapsReport, StatsReport } from '../store/questionLog.ts'
import type { ArticleSummary, LeaderLookup, LoadWarning, RankedAnswer, RankedPassage } from '../types.ts'

export function askJson(answer: RankedAnswer) {
  return {
    question: answer.question,
    answered: answer.answered,
    ...(answer.confidence ? { confidence: answer.confidence } : {}),
    results: answer.results.map(resultJson),
    ...(answer.withheld ? { withheld: resultJson(answer.withheld) } : {}),
  }
}

function resultJson(r: RankedPassage) {
  return {
    source: r.passage.source,
    title: r.article.title,
    text: r.passage.text,
    score: r.score,
    answerSentence: r.answerSentence,
    alsoReportedBy: r.alsoReportedBy,
    position: r.passage.position,
    ...(r.passage.heading ? { heading: r.passage.heading } : {}),
    ...(r.article.outlet ? { outlet: r.article.outlet } : {}),
    ...(r.article.url ? { url: r.article.url } : {}),
    ...(r.article.published ? { published: r.article.published } : {}),
    ...(r.firstReportedBy ? { firstReportedBy: r.firstReportedBy } : {}),
  }
}

export function compareJson(comparison: Comparison) {
  return {
    question: comparison.question,
    answered: comparison.answered,
    ...(comparison.confidence ? { confidence: comparison.confidence } : {}),
    by: comparison.by,
    results: comparison.entries.map((r) => ({
      ...(r.article.outlet ? { outlet: r.article.outlet } : {}),
      source: r.passage.source,
      title: r.article.title,
      ...(r.article.url ? { url: r.article.url } : {}),
      ...(r.article.published ? { published: r.article.published } : {}),
      text: r.passage.text,
      answerSentence: r.answerSentence,
      score: r.score,
    })),
    notReporting: comparison.notReporting,
  }
}

export function addJson(outcome: IngestOutcome) {
  if (outcome.status === 'skipped') {
    return { added: false, code: outcome.code, reason: outcome.reason, url: outcome.url, ...(outcome.existing ? { existing: outcome.existing } : {}) }
  }
  return { added: true, ...outcome.article }
}

export function leaderJson(lookup: LeaderLookup) {
  const p = lookup.person
  return {
    query: lookup.query,
    found: lookup.found && !!p,
    name: p?.name ?? null,
    aliases: p?.aliases ?? [],
    roles: p?.roles ?? [],
    articles: p?.articles ?? [],
    mentions: p?.mentions ?? 0,
    statements: (p?.statements ?? []).map((s) => ({ source: s.source, text: s.text })),
    suggestions: lookup.suggestions,
  }
}

export function sourcesJson(articles: ArticleSummary[], warnings: LoadWarning[]) {
  return { articles, warnings }
}

export function excerptJson(query: string, result: RankedPassage | undefined) {
  if (!result) return { query, found: false, source: null, title: null, text: null }
  return {
    query,
    found: true,
    source: result.passage.source,
    title: result.article.title,
    text: result.passage.text,
    answerSentence: result.answerSentence,
    ...(result.article.outlet ? { outlet: result.article.outlet } : {}),
    ...(result.article.url ? { url: result.article.url } : {}),
    ...(result.article.published ? { published: result.article.published } : {}),
  }
}

export function errorJson(code: string, message: string) {
  return { error: { code, message } }
}

/** The same figures /gaps shows, every group. */
export function gapsJson(report: GapsReport) {
  return report
}

/** The same figures /stats shows. */
export function statsJson(report: StatsReport) {
  return report
}
