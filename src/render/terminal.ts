// Reply → text for a terminal (the local console and the CLI without --json).
import { CHAT_INTRO, type AddReply, type AnswerReply, type CompareReply, type ExcerptReply, type GapsReply, type HelpReply, type LeaderReply, type Reply, type SourcesReply, type StatsReply } from '../replies.ts'
import { isSameTextWarning } from '../corpus/load.ts'
import { formatDate } from '../dates.ts'
import type { Article, ChatKind, LoadWarning, RankedPassage } from '../types.ts'
import { firstNameAsked, titleAsked } from '../leaders/lookup.ts'

export interface TerminalStyle {
  bold(s: string): string
  dim(s: string): string
  accent(s: string): string
}

const plain: TerminalStyle = { bold: (s) => s, dim: (s) => s, accent: (s) => s }
export const ansi: TerminalStyle = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  accent: (s) => `\x1b[36m${s}\x1b[39m`,
}

export interface TerminalOptions {
  style?: TerminalStyle
  /** How to see further passages of an answer, where there are some ("type /more"). */
  moreHint?: string
  /** Wrap lines at word boundaries to this many columns, keeping each line's indent. */
  width?: number
}

export function renderTerminal(reply: Reply, { style = plain, moreHint = 'type /more', width }: TerminalOptions = {}): string {
  const text = withoutControls(renderReply(reply, style, moreHint))
  return width ? text.split('\n').map((line) => wrapLine(line, width)).join('\n') : text
}

/**
 * Articles are cleaned of control characters, but a file name is printed as it is named, and a
 * name may hold them ("\x1b[2J" clears the screen). Only line breaks, tabs and colour codes reach
 * the terminal; any other control character is shown by its symbol ("␛").
 */
const CONTROL = /\x1b(?!\[[0-9;]*m)|[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f]/g

function withoutControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0)
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd'
  })
}

/** Word-wraps one line; continuation lines get the line's indent (plus the width of a list mark). */
export function wrapLine(line: string, width: number): string {
  // Escape codes take no columns; measure without them.
  const visible = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length
  if (visible(line) <= width) return line
  const indent = ' '.repeat((/^(\s*(?:\[\d+\] |• |“)?)/.exec(line.replace(/\x1b\[[0-9;]*m/g, ''))?.[1] ?? '').length)
  const lead = /^\s*/.exec(line)![0]
  const out: string[] = []
  let current = lead
  for (const word of line.slice(lead.length).split(' ')) {
    if (current.trim() && visible(current) + 1 + visible(word) > width) {
      out.push(current)
      current = indent + word
    } else current = current.trim() ? `${current} ${word}` : current + word
  }
  out.push(current)
  return out.join('\n')
}

function renderReply(reply: Reply, style: TerminalStyle, moreHint: string): string {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply, style, moreHint)
    case 'compare':
      return renderCompare(reply, style)
    case 'added':
      return renderAdded(reply, style)
    case 'leader':
      return renderLeader(reply, style)
    case 'excerpt':
      return renderExcerpt(reply, style)
    case 'sources':
      return renderSources(reply, style)
    case 'help':
      return renderHelp(reply, style)
    case 'notice':
      return reply.tone === 'error' ? `! ${reply.message}` : reply.message
    case 'gaps':
      return renderGaps(reply, style)
    case 'stats':
      return renderStats(reply, style)
  }
}

/** "Title — Outlet, 19 Aug 2025 (file.txt)": what a citation shows in a terminal. */
export function citation(article: Pick<Article, 'title' | 'outlet' | 'source' | 'url' | 'published'>): string {
  const parts = [article.outlet, formatDate(article.published)].filter(Boolean)
  const outlet = parts.length ? ` — ${parts.join(', ')}` : ''
  return `${article.title}${outlet} (${article.url ?? article.source})`
}

/**
 * A passage may hold two paragraphs (src/corpus/passages.ts): one quote, on one line, as on
 * Discord. One that opens with its own quotation mark ("“When it comes to security,” Trump told
 * Fox News…") is shown as it is: marks of ours around it would read ““…””.
 */
function quote(text: string): string {
  const oneLine = text.replace(/\s*\n\s*/g, ' ')
  return OPENS_WITH_QUOTE.test(oneLine) ? oneLine : `“${oneLine}”`
}

const OPENS_WITH_QUOTE = /^["“„«]/

/** The reply to a greeting or a question about the bot (Discord says the same). */
const CHAT_REPLY: Record<ChatKind, string> = {
  greeting: `Hello! ${CHAT_INTRO.greeting} Ask me something.`,
  'about-bot': CHAT_INTRO['about-bot'],
  advice: CHAT_INTRO.advice,
  live: CHAT_INTRO.live,
  'other-script': CHAT_INTRO['other-script'],
}

/** First line of a low-confidence answer (Discord says the same in its title and first line). */
const CLOSEST_LEAD = 'The coverage may not answer this directly. The closest it comes:'
/** First line of a reply quoting what an article says was kept back (Discord says the same). */
const WITHHELD_LEAD = 'The coverage does not say: an article reports it was not made public.'

function renderAnswer({ answer, offset, suggestions, since, reports = [] }: AnswerReply, s: TerminalStyle, moreHint: string): string {
  if (!answer.answered && answer.withheld) {
    const { withheld } = answer
    return [WITHHELD_LEAD, '', `${s.accent('[1]')} ${citation(withheld.article)}`, `    ${quote(withheld.passage.text)}`].join('\n')
  }
  if (!answer.answered) {
    const lines = [answer.chat ? CHAT_REPLY[answer.chat] : `The coverage does not say. Nothing in the articles${since ? ` published ${since.label}` : ''} answers “${answer.question}”.`]
    if (suggestions.length) lines.push('', 'It does cover, for example:', ...suggestions.map((x) => `  • ${x}`))
    return lines.join('\n')
  }
  if (answer.results.length === 0) return 'No more passages answer this question.'
  const lines: string[] = since ? [s.dim(`Articles published ${since.label}:`), ''] : []
  const first = answer.results[0]!
  const bySource = new Map(reports.map((a) => [a.source, a]))
  if (answer.confidence === 'low') {
    // The closest the coverage comes: labelled on every page (/more too), and no answer sentence
    // set out in bold as if it were the answer.
    lines.push(s.bold(CLOSEST_LEAD), '')
  } else if (offset === 0 && first.answerSentence.trim() !== first.passage.text.trim()) {
    // A one-sentence passage is its own answer sentence: quote it once, not twice.
    lines.push(s.bold(first.answerSentence) + s.dim(' [1]'), '')
  }
  answer.results.forEach((r, i) => lines.push(...renderResult(r, offset + i + 1, s, bySource), ''))
  const remaining = answer.total - offset - answer.results.length
  if (remaining > 0) lines.push(s.dim(`${remaining} more passage${remaining === 1 ? '' : 's'}: ${moreHint}`))
  return lines.join('\n').trimEnd()
}

function renderResult(r: RankedPassage, n: number, s: TerminalStyle, reports: Map<string, Article>): string[] {
  const lines = [`${s.accent(`[${n}]`)} ${citation(r.article)}`]
  if (r.passage.heading) lines.push(`    ${s.dim(r.passage.heading)}`)
  lines.push(`    ${quote(r.passage.text)}`)
  // The earlier report first, named with its outlet and date.
  const report = (source: string) => {
    const a = reports.get(source)
    const parts = [a?.outlet, formatDate(a?.published)].filter(Boolean)
    return parts.length ? `${source} (${parts.join(', ')})` : source
  }
  if (r.firstReportedBy) lines.push(`    ${s.dim(`First reported by: ${report(r.firstReportedBy)}`)}`)
  const others = r.alsoReportedBy.filter((source) => source !== r.firstReportedBy)
  if (others.length) lines.push(`    ${s.dim(`Also reported by: ${others.map(report).join(', ')}`)}`)
  return lines
}

function renderCompare({ comparison, since }: CompareReply, s: TerminalStyle): string {
  const within = since ? ` published ${since.label}` : ''
  if (!comparison.answered || comparison.entries.length === 0) return `The coverage does not say. No outlet${within} reports on “${comparison.question}”.`
  const noun = comparison.by === 'outlet' ? 'outlet' : 'article'
  const lines = [s.bold(`How the coverage${within} reports “${comparison.question}”: the best passage from each ${noun}, newest first`), '']
  if (comparison.confidence === 'low') lines.push(s.bold(CLOSEST_LEAD), '')
  comparison.entries.forEach((e, i) => {
    const who = [e.article.outlet ?? e.article.title, formatDate(e.article.published) ?? 'undated'].join(' · ')
    lines.push(`${s.accent(`[${i + 1}]`)} ${s.bold(who)}`, `    ${quote(e.passage.text)}`, `    ${s.dim(`${e.article.title} (${e.article.url ?? e.article.source})`)}`, '')
  })
  if (comparison.more) lines.push(s.dim(`${comparison.more} more ${noun}s report it.`))
  if (comparison.notReporting.length) lines.push(`Not reported by: ${comparison.notReporting.join(', ')}`)
  return lines.join('\n').trimEnd()
}

function renderAdded({ outcome }: AddReply, s: TerminalStyle): string {
  if (outcome.status === 'skipped') {
    const lead = outcome.code === 'DUPLICATE' ? 'Already in the coverage' : 'Not added'
    return [`${lead}: ${outcome.reason}.`, `  ${outcome.url}`].join('\n')
  }
  const a = outcome.article
  const count = a.passages.length
  return [
    `${s.bold('Added:')} ${citation({ ...a, source: a.file })}`,
    s.dim(`  saved as ${a.file} · ${count === 1 ? '1 passage' : `${count} passages`}${a.method === 'feed' ? ' · text from the feed (the page could not be read)' : ''}`),
    '',
    ...a.passages.map((p) => `  ${quote(p)}`),
  ].join('\n')
}

function renderLeader({ lookup, articles }: LeaderReply, s: TerminalStyle): string {
  const p = lookup.person
  if (!lookup.found || !p) {
    const firstName = firstNameAsked(lookup)
    const title = titleAsked(lookup)
    const lines = [
      firstName ? `“${firstName}” is only a first name.` : title ? `“${title}” is the title of several people in the coverage.` : `No one called “${lookup.query}” is mentioned in the coverage.`,
    ]
    if (lookup.suggestions.length) lines.push(`Did you mean: ${lookup.suggestions.join(', ')}?`)
    return lines.join('\n')
  }
  const lines = [s.bold(p.name)]
  if (p.roles.length) lines.push(`Roles: ${p.roles.join('; ')}`)
  if (p.aliases.length) lines.push(`Also written: ${p.aliases.join(', ')}`)
  lines.push(`Mentioned ${p.mentions} time${p.mentions === 1 ? '' : 's'} in ${p.articles.length} article${p.articles.length === 1 ? '' : 's'}:`)
  const bySource = new Map(articles.map((a) => [a.source, a]))
  p.articles.forEach((source, i) => {
    const article = bySource.get(source)
    lines.push(`  ${s.accent(`[${i + 1}]`)} ${article?.title ? citation(article) : source}`)
  })
  if (p.statements.length) {
    lines.push('', 'What they said:')
    p.statements.forEach((st, i) => lines.push(`  ${s.accent(`[${i + 1}]`)} ${quote(st.text)}`, `      ${s.dim(st.source)}`))
  } else {
    lines.push('', 'The coverage quotes no statement of theirs.')
  }
  return lines.join('\n')
}

function renderExcerpt({ query, result, speaker }: ExcerptReply, s: TerminalStyle): string {
  if (!result) return `No passage in the coverage matches “${query}”.`
  const from = speaker ? `${speaker.name}, in ` : ''
  return [quote(result.passage.text), s.dim(`  — ${from}${citation(result.article)}`)].join('\n')
}

function renderSources({ articles, warnings }: SourcesReply, s: TerminalStyle): string {
  const lines = [s.bold(`${articles.length} article${articles.length === 1 ? '' : 's'} in the coverage:`)]
  for (const a of articles) lines.push(`  • ${citation(a)} — ${a.passages} passage${a.passages === 1 ? '' : 's'}`)
  const copies = warnings.filter(isSameTextWarning)
  const skipped = warnings.filter((w) => !isSameTextWarning(w))
  if (skipped.length) {
    lines.push('', `${skipped.length} file${skipped.length === 1 ? ' was' : 's were'} skipped:`)
    for (const w of skipped) lines.push(`  • ${w.source}: ${w.reason}`)
  }
  if (copies.length) {
    lines.push('', `${sameTextPhrase(copies.length)}:`)
    for (const w of copies) lines.push(`  • ${w.source}: ${w.reason}`)
  }
  return lines.join('\n')
}

/** "3 files have the same text as another article and are indexed once". */
function sameTextPhrase(n: number): string {
  return `${n} file${n === 1 ? ' has' : 's have'} the same text as another article and ${n === 1 ? 'is' : 'are'} indexed once`
}

/**
 * The load warnings in one line, for stderr (a corpus like BBC's has 98 copies: a line each
 * buried the answer). Files skipped are counted by reason; copies of another article are not
 * skips, since their text is served, and are said apart. `listCommand` lists each one.
 */
export function renderWarningSummary(warnings: LoadWarning[], listCommand?: string): string | undefined {
  if (warnings.length === 0) return undefined
  const copies = warnings.filter(isSameTextWarning).length
  const byReason = new Map<string, number>()
  for (const w of warnings) {
    if (isSameTextWarning(w)) continue
    // The detail in brackets ("too large (6.1 MB; …)") can differ per file; `sources` gives it.
    const reason = w.reason.replace(/ \(.*\)$/, '')
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1)
  }
  const skipped = warnings.length - copies
  const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`
  const reasons = [...byReason].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([reason, n]) => `${reason}: ${n}`)
  const copiesText = sameTextPhrase(copies)
  const text = skipped
    ? `warning: skipped ${files(skipped)} (${reasons.join(', ')})${copies ? `; ${copiesText}` : ''}`
    : `note: ${copiesText}`
  return listCommand ? `${text}; list them with: ${listCommand}` : text
}

function renderHelp({ commands, examples }: HelpReply, s: TerminalStyle): string {
  return [
    s.bold('coverage-bot answers questions about the news coverage with quoted, cited passages.'),
    '',
    ...commands.flatMap((c) => [`  ${s.accent(c.usage)}`, `      ${c.description}`]),
    '',
    'Try:',
    ...examples.map((e) => `  ${e}`),
  ].join('\n')
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

function renderGaps({ report: { days, questions, gaps } }: GapsReply, s: TerminalStyle): string {
  const head = s.bold(`What the coverage lacks: the last ${plural(days, 'day')}`)
  if (gaps.length === 0) {
    return [head, questions ? `${plural(questions, 'question')} asked, every one answered and none given a 👎.` : 'No questions were asked in this period.'].join('\n')
  }
  const unanswered = gaps.reduce((sum, g) => sum + g.count, 0)
  const lines = [head, `${plural(questions, 'question')} asked; ${unanswered} not answered or given a 👎, in ${plural(gaps.length, 'group')} by meaning, most asked first.`, '']
  gaps.forEach((gap, i) => {
    const counts = [gap.notCovered && `not covered ${gap.notCovered}`, gap.closest && `closest ${gap.closest}`, gap.thumbsDown && `👎 ${gap.thumbsDown}`].filter(Boolean)
    lines.push(`${s.accent(`${i + 1}.`)} ${gap.count}× ${quote(gap.example)}  ${s.dim(counts.join(' · '))}`)
    if (gap.wordings.length) lines.push(`    Also asked as: ${gap.wordings.map(quote).join(', ')}`)
    for (const comment of gap.comments) lines.push(`    👎 ${quote(comment)}`)
  })
  return lines.join('\n')
}

function renderStats({ report }: StatsReply, s: TerminalStyle): string {
  const { days, questions, perDay, outcomes, shareAnswered, feedback, people, latencyMs } = report
  const head = s.bold(`Usage: the last ${plural(days, 'day')}`)
  if (questions === 0) return [head, 'No questions were asked in this period.'].join('\n')
  const lines = [
    head,
    `Answered: ${Math.round((shareAnswered ?? 0) * 100)}% of ${plural(questions, 'question')} (answered ${outcomes.answered}, the closest the coverage comes ${outcomes.closest}, not covered ${outcomes.not_covered})`,
    `Feedback: 👍 ${feedback.up} · 👎 ${feedback.down}`,
  ]
  if (latencyMs) lines.push(`Answer time: p50 ${latencyMs.p50} ms · p99 ${latencyMs.p99} ms`)
  if (people.length) lines.push('Most looked-up people:', ...people.map((p) => `  • ${p.name}: ${p.lookups}`))
  lines.push('Questions per day:', ...perDay.map((d) => `  ${d.day}: ${d.questions}`))
  return lines.join('\n')
}
