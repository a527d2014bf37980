// Reply → Discord message payload (plain API JSON). Every length here is checked against
// discordLimits; text from members is escaped so it can neither format, ping nor link, and
// article text is quoted verbatim but escaped the same way (minus URL breaking).
import { ButtonStyle, ComponentType, MessageFlags, TextInputStyle, escapeMarkdown } from 'discord.js'
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed, APIEmbedField, APIModalInteractionResponseCallbackData } from 'discord.js'
import { FEEDBACK_COMMENT_FIELD, askButtonId, feedbackButtonId, feedbackModalId } from '../discord/customIds.ts'
import { formatDate } from '../dates.ts'
import { INPUT_MAX } from '../input.ts'
import { discordLimits } from '../discordLimits.ts'
import {
  CHAT_INTRO,
  type AddReply,
  type AnswerReply,
  type CompareReply,
  type ExcerptReply,
  type GapsReply,
  type HelpReply,
  type LeaderReply,
  type NoticeReply,
  type Reply,
  type SourcesReply,
  type StatsReply,
} from '../replies.ts'
import type { Article, ChatKind, Person, RankedPassage } from '../types.ts'
import { firstNameAsked, titleAsked } from '../leaders/lookup.ts'

export interface DiscordMessage {
  content?: string
  embeds: APIEmbed[]
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[]
  allowed_mentions: { parse: [] }
  flags?: number
}

export interface RenderOptions {
  /** Only the member who ran the command sees it: sets the ephemeral flag and offers "Share". */
  ephemeral?: boolean
  /** Key of this answer in the dispatcher's store; answers get More/Share buttons only with it. */
  answerId?: string
  /** Id of the question in the question log: answers and excerpts then get 👍/👎 buttons. */
  feedbackId?: string
}

export const colors = {
  answer: 0x3b82f6,
  /** Amber: "the closest the coverage comes", set apart from a confident answer's blue at a glance. */
  closest: 0xf59e0b,
  notFound: 0x99aab5,
  info: 0x5865f2,
  warning: 0xfee75c,
  error: 0xed4245,
} as const

// Readability caps, well under Discord's limits, so a reply stays scannable on a phone.
const PASSAGE_MAX = 1000
const ANSWER_SENTENCE_MAX = 600
const STATEMENT_MAX = 400
const STATEMENTS_SHOWN = 8
const SUGGESTIONS_SHOWN = 10
const CITATION_TITLE_MAX = 120
const ALSO_REPORTED_CITED = 4
const URL_MAX = 300
/** Below this many characters of room a further passage is not worth starting. */
const MIN_PASSAGE_ROOM = 200

export function renderDiscordReply(reply: Reply, options: RenderOptions = {}): DiscordMessage {
  const { embeds, components = [] } = renderBody(reply, options)
  return {
    embeds,
    components,
    allowed_mentions: { parse: [] },
    ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  }
}

function renderBody(reply: Reply, options: RenderOptions): Pick<DiscordMessage, 'embeds'> & Partial<DiscordMessage> {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply, options)
    case 'compare':
      return { embeds: [renderCompare(reply)], components: rowOf(feedbackButtons(options)) }
    case 'added':
      return { embeds: [renderAdded(reply)] }
    case 'leader':
      return { embeds: [renderLeader(reply)] }
    case 'excerpt':
      return { embeds: [renderExcerpt(reply)], components: rowOf(feedbackButtons(options)) }
    case 'sources':
      return { embeds: [renderSources(reply)] }
    case 'help':
      return { embeds: [renderHelp(reply)] }
    case 'notice':
      return { embeds: [renderNotice(reply)] }
    case 'gaps':
      return { embeds: [renderGaps(reply)] }
    case 'stats':
      return { embeds: [renderStats(reply)] }
  }
}

// ---------------------------------------------------------------------------------------------
// Text: whitespace, escaping, cutting

/** One line: Discord treats line starts specially (quotes, headings, lists), so inline text has none. */
function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

const MARKDOWN_OPTIONS = { heading: true, bulletedList: true, numberedList: true, maskedLink: true }
/** Characters escapeMarkdown would act on, anywhere or at a line's start (headings, lists, quotes). */
const MARKDOWN_SIGNIFICANT = /[*_~`|\\[\]()<>]|^\s*(#|-|\+|\d+\.)/m

/**
 * Article text: markdown escaped (backslashes render invisibly) and mentions broken with a
 * zero-width space, so a quote shows exactly what the article says and can never ping.
 */
export function escapeQuote(text: string): string {
  const collapsed = collapseWhitespace(text)
  // Most news text has nothing Markdown acts on; escapeMarkdown's many passes were ~7% of /ask.
  return (MARKDOWN_SIGNIFICANT.test(collapsed) ? escapeMarkdown(collapsed, MARKDOWN_OPTIONS) : collapsed)
    .replaceAll('@', '@\u200b') // @everyone, @here, <@id>, <@!id>, <@&id>
    .replace(/<([#/])/g, '<$1\u200b') // <#channel>, </command:id>
}

/** Member text (a question, a query): like a quote, and URLs no longer link or embed. */
export function escapeUserText(text: string): string {
  return escapeQuote(text).replaceAll('://', ':\u200b//')
}

const ELLIPSIS = '…'
// A sentence ends at . ! ? or … (plus closing quotes/brackets) before whitespace, but not after a
// lone capital, so "U.S. President" and "Donald J. Trump" are not cut in two.
const SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu})[.!?…]["'”’)\]]*(?=\s)/gu

/**
 * Cuts text to at most `max` characters: at the last sentence end if that keeps at least half,
 * else at the last word break, else mid-word; the cut is marked with "…".
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  if (max < 2) return ELLIPSIS.slice(0, max)
  const room = max - 2 // for " …" after a sentence, "…" after a word
  const head = text.slice(0, room + 1)
  let sentenceEnd = -1
  for (const match of head.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length
    if (end <= room) sentenceEnd = end
  }
  if (sentenceEnd >= room / 2) return `${text.slice(0, sentenceEnd)} ${ELLIPSIS}`
  const wordBreak = head.lastIndexOf(' ')
  const cut = wordBreak >= room / 2 ? wordBreak : room
  // Never leave a dangling escape backslash, a lone surrogate, or a comma before the ellipsis.
  const kept = text
    .slice(0, cut)
    .replace(/[\ud800-\udbff]$/, '')
    .replace(/[\s,;:\\]+$/, '')
  return `${kept}${ELLIPSIS}`
}

/** Escapes, then cuts, so the escaped text itself fits `max` (escaping only ever adds characters). */
function fit(text: string, max: number, escape: (text: string) => string): string {
  const raw = collapseWhitespace(text)
  let budget = max
  while (budget > 0) {
    const escaped = escape(truncate(raw, budget))
    if (escaped.length <= max) return escaped
    budget -= escaped.length - max
  }
  return ''
}

const fitQuote = (text: string, max: number) => fit(text, max, escapeQuote)
const fitUserText = (text: string, max: number) => fit(text, max, escapeUserText)

/** Characters Discord counts towards the 6,000 total of a message's embeds. */
export function embedsLength(embeds: readonly APIEmbed[]): number {
  let total = 0
  for (const embed of embeds) {
    total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0)
    total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0)
    for (const field of embed.fields ?? []) total += field.name.length + field.value.length
  }
  return total
}

/** Packs lines into as few fields as possible, each value ≤ 1,024 characters; drops lines past `maxFields`. */
function linesToFields(name: string, lines: string[], maxFields: number): APIEmbedField[] {
  const fields: APIEmbedField[] = []
  let value = ''
  for (const line of lines) {
    const piece = truncate(line, discordLimits.embedFieldValue)
    if (value && value.length + 1 + piece.length > discordLimits.embedFieldValue) {
      fields.push({ name: fields.length ? `${name} (continued)` : name, value })
      value = ''
    }
    value = value ? `${value}\n${piece}` : piece
  }
  if (value) fields.push({ name: fields.length ? `${name} (continued)` : name, value })
  return fields.slice(0, maxFields)
}

/** Like linesToFields, but when the lines do not fit in `maxFields`, the last says how many were left out. */
function fitFields(name: string, lines: string[], maxFields: number, noun: string): APIEmbedField[] {
  for (let kept = lines.length; kept >= 0; kept--) {
    const rest = lines.length - kept
    const shown = rest ? [...lines.slice(0, kept), `…and ${rest} more ${noun}`] : lines
    const fields = linesToFields(name, shown, maxFields + 1)
    if (fields.length <= maxFields) return fields
  }
  return []
}

// ---------------------------------------------------------------------------------------------
// Citations: one number per article, in order of first use

interface CitedArticle {
  source: string
  article?: Article
}

class Citations {
  readonly cited: CitedArticle[] = []

  number(source: string, article?: Article): number {
    const index = this.cited.findIndex((c) => c.source === source)
    if (index >= 0) return index + 1
    this.cited.push({ source, article })
    return this.cited.length
  }

  copy(): Citations {
    const copy = new Citations()
    copy.cited.push(...this.cited)
    return copy
  }

  /** `[1] [Title](url) — Outlet`, or `[1] Title — Outlet (file.txt)` without a link. */
  lines(): string[] {
    return this.cited.map(({ source, article }, i) => `[${i + 1}] ${describeArticle(source, article)}`)
  }
}

function describeArticle(source: string, article?: Pick<Article, 'title' | 'outlet' | 'url' | 'published'>): string {
  const file = fitQuote(source, CITATION_TITLE_MAX)
  const title = article?.title ? fitQuote(article.title, CITATION_TITLE_MAX) : undefined
  const outlet = byline(article)
  const url = article?.url && isLinkable(article.url) ? article.url : undefined
  if (title && url) return `[${title.replace(/[[\]]/g, '')}](${url})${outlet}`
  if (title) return `${title}${outlet} (${file})`
  if (url) return `[${file}](${url})${outlet}`
  return `${file}${outlet}`
}

/** " — Reuters, 19 Aug 2025": outlet and date when known, else whichever is known, else nothing. */
function byline(article?: Pick<Article, 'outlet' | 'published'>): string {
  const parts = [article?.outlet ? fitQuote(article.outlet, CITATION_TITLE_MAX) : undefined, formatDate(article?.published)].filter(Boolean)
  return parts.length ? ` — ${parts.join(', ')}` : ''
}

/** Only plain http(s) URLs become links; anything else could break the masked-link syntax. */
function isLinkable(url: string): boolean {
  return url.length <= URL_MAX && /^https?:\/\/[^\s()<>]+$/.test(url)
}

const citeList = (numbers: number[]) => numbers.map((n) => `[${n}]`).join(', ')

// ---------------------------------------------------------------------------------------------
// /ask

/** The reply to a greeting or a question about the bot (src/search/chat.ts). */
const CHAT_REPLY: Record<ChatKind, { title: string; text: string }> = {
  greeting: { title: 'Hello!', text: `${CHAT_INTRO.greeting} Ask me something with /ask, or see /help.` },
  'about-bot': { title: 'About me', text: `${CHAT_INTRO['about-bot']} /help lists what I can do.` },
  advice: { title: 'Not something the news answers', text: CHAT_INTRO.advice },
  live: { title: 'Not something the news answers', text: CHAT_INTRO.live },
  'other-script': { title: 'Please ask in the articles\' language', text: CHAT_INTRO['other-script'] },
}

/** Title and first line of a low-confidence answer: the best passages, which may not answer. */
const CLOSEST_TITLE = 'The closest the coverage comes'
const CLOSEST_LEAD = 'The coverage may not answer this directly.'
/** First line of a reply quoting what an article says was kept back. */
const WITHHELD_LEAD = 'The coverage does not say: an article reports it was not made public.'

function renderAnswer(reply: AnswerReply, options: RenderOptions): Pick<DiscordMessage, 'embeds' | 'components'> {
  const { answer, offset } = reply
  const questionLine = `**Q:** ${fitUserText(answer.question, 500)}${reply.since ? ` · *${reply.since.label}*` : ''}`

  if (!answer.answered || answer.results.length === 0) {
    const suggestions = reply.suggestions.slice(0, SUGGESTIONS_SHOWN).map((s) => `• ${fitQuote(s, 100)}`)
    const coverLines = suggestions.length ? [`**The coverage does cover:**\n${suggestions.join('\n')}`] : []
    if (answer.chat) {
      // Talk to the bot, not a question: no feedback buttons, since there is no answer to rate.
      const { title, text } = CHAT_REPLY[answer.chat]
      return { embeds: [{ title, description: [text, ...coverLines].join('\n\n'), color: colors.info }], components: [] }
    }
    if (answer.withheld) return renderWithheld(questionLine, answer.withheld, options)
    const description = [
      questionLine,
      `The coverage does not say. No passage in the articles${reply.since ? ` published ${reply.since.label}` : ''} answers this question.`,
      ...coverLines,
    ].join('\n\n')
    return {
      embeds: [{ title: 'The coverage does not say', description, color: colors.notFound }],
      components: rowOf(feedbackButtons(options)),
    }
  }

  // Low confidence: the same passages and citations, but labelled on every page (More and Share
  // re-render it), and no answer sentence set out in bold as if it were the answer.
  const closest = answer.confidence === 'low'
  const title = closest ? CLOSEST_TITLE : 'What the coverage says'
  const citations = new Citations()
  const articlesBySource = new Map([...(reply.reports ?? []), ...answer.results.map((r) => r.article)].map((a) => [a.source, a]))
  const first = answer.results[0]!
  let blocks: string[]
  if (closest) {
    blocks = [questionLine, `**${CLOSEST_LEAD}**`]
  } else {
    const answerLine = `**${fitQuote(first.answerSentence, ANSWER_SENTENCE_MAX)}** [${citations.number(first.article.source, first.article)}]`
    // A one-sentence passage is its own answer sentence: quote it once, not twice.
    const answerIsWholePassage = first.answerSentence.trim() === first.passage.text.trim()
    blocks = answerIsWholePassage && offset === 0 ? [questionLine] : [questionLine, answerLine]
  }
  let shown = 0
  for (const result of answer.results) {
    const trial = citations.copy()
    const citation = passageCitation(result, trial, articlesBySource)
    const footer = answerFooter(offset, shown + 1, answer.total)
    const fields = linesToFields('Sources', trial.lines(), discordLimits.embedFields)
    const used = blocks.join('\n\n').length + 2 // the blank line before this block
    const fixed = title.length + footer.length + embedsLength([{ fields }])
    const overhead = '> '.length + '\n'.length + citation.length
    const room = Math.min(
      discordLimits.embedDescription - used - overhead,
      discordLimits.embedTotal - fixed - used - overhead,
      PASSAGE_MAX,
    )
    if (room < MIN_PASSAGE_ROOM && (shown > 0 || room < 1)) break
    blocks.push(`> ${fitQuote(result.passage.text, room)}\n${citation}`)
    citations.cited.splice(0, citations.cited.length, ...trial.cited)
    shown++
  }

  const embed: APIEmbed = {
    title,
    description: blocks.join('\n\n'),
    color: closest ? colors.closest : colors.answer,
    fields: linesToFields('Sources', citations.lines(), discordLimits.embedFields),
    footer: { text: answerFooter(offset, shown, answer.total) },
  }
  return { embeds: [embed], components: answerButtons(options, offset, shown, answer.total) }
}

/** Not covered, and an article says so: the passage whose sentence says what is asked was not made public, cited. */
function renderWithheld(questionLine: string, withheld: RankedPassage, options: RenderOptions): Pick<DiscordMessage, 'embeds' | 'components'> {
  const citations = new Citations()
  const cited = `— [${citations.number(withheld.article.source, withheld.article)}]`
  const description = [questionLine, WITHHELD_LEAD, `> ${fitQuote(withheld.passage.text, PASSAGE_MAX)}\n${cited}`].join('\n\n')
  return {
    embeds: [{ title: 'The coverage does not say', description, color: colors.notFound, fields: linesToFields('Sources', citations.lines(), discordLimits.embedFields) }],
    components: rowOf(feedbackButtons(options)),
  }
}

function passageCitation(result: RankedPassage, citations: Citations, articles: Map<string, Article>): string {
  const own = citations.number(result.article.source, result.article)
  const first = result.firstReportedBy
  // The earlier report is cited first: "first reported by [2] on 18 Aug 2025".
  const firstPart = first ? `, first reported by [${citations.number(first, articles.get(first))}]${dateSuffix(articles.get(first)?.published, ' on ')}` : ''
  const otherSources = result.alsoReportedBy.filter((source) => source !== result.article.source && source !== first)
  if (!otherSources.length) return `— [${own}]${firstPart}`
  // Cited by number only up to a few: each citation also costs a line in Sources.
  const others = otherSources.slice(0, ALSO_REPORTED_CITED).map((source) => citations.number(source, articles.get(source)))
  const rest = otherSources.length - others.length
  return `— [${own}]${firstPart}, also reported by ${citeList(others)}${rest > 0 ? ` and ${rest} more` : ''}`
}

function dateSuffix(published: string | undefined, lead: string): string {
  const date = formatDate(published)
  return date ? `${lead}${date}` : ''
}

function answerFooter(offset: number, shown: number, total: number): string {
  const range = shown === 1 ? `Passage ${offset + 1}` : `Passages ${offset + 1}–${offset + shown}`
  return `${range} of ${total} · quoted verbatim from the coverage`
}

function answerButtons(
  options: RenderOptions,
  offset: number,
  shown: number,
  total: number,
): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const { answerId } = options
  if (!answerId) return []
  const buttons: APIButtonComponentWithCustomId[] = []
  if (offset + shown < total) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: 'More passages',
      custom_id: askButtonId({ action: 'more', answerId, offset: offset + shown }),
    })
  }
  if (options.ephemeral) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: 'Share in channel',
      custom_id: askButtonId({ action: 'share', answerId, offset }),
    })
  }
  return rowOf([...buttons, ...feedbackButtons(options)])
}

function rowOf(buttons: APIButtonComponentWithCustomId[]): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : []
}

/** 👍 and 👎 on an answer or excerpt the question log knows (👎 opens the feedback form). */
function feedbackButtons({ feedbackId }: RenderOptions): APIButtonComponentWithCustomId[] {
  if (!feedbackId) return []
  return [
    { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👍' }, custom_id: feedbackButtonId({ vote: 'up', questionId: feedbackId }) },
    { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👎' }, custom_id: feedbackButtonId({ vote: 'down', questionId: feedbackId }) },
  ]
}

/** The form 👎 opens: one optional text field. */
export function renderFeedbackModal(questionId: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: feedbackModalId(questionId),
    title: 'What was wrong with this answer?',
    components: [
      {
        type: ComponentType.Label,
        label: 'What were you looking for?',
        description: `Optional, up to ${INPUT_MAX.comment} characters. Server admins see it in /gaps.`,
        component: {
          type: ComponentType.TextInput,
          custom_id: FEEDBACK_COMMENT_FIELD,
          style: TextInputStyle.Paragraph,
          required: false,
          max_length: INPUT_MAX.comment,
          placeholder: 'e.g. who pays for the security guarantees',
        },
      },
    ],
  }
}

// ---------------------------------------------------------------------------------------------
// /compare: one inline field per outlet, so Discord shows them side by side (three a row)

const COMPARE_QUOTE_MAX = 500

function renderCompare({ comparison, since }: CompareReply): APIEmbed {
  const { entries, notReporting } = comparison
  const questionLine = `**Q:** ${fitUserText(comparison.question, 500)}${since ? ` · *${since.label}*` : ''}`
  if (!comparison.answered || entries.length === 0) {
    return {
      title: 'The coverage does not say',
      description: `${questionLine}\n\nNo outlet in the coverage${since ? ` (articles published ${since.label})` : ''} reports on this.`,
      color: colors.notFound,
    }
  }
  const noun = comparison.by === 'outlet' ? 'outlet' : 'article'
  const title = `How the coverage reports it: ${entries.length} ${noun}${entries.length === 1 ? '' : 's'}`
  const lines = [questionLine]
  if (notReporting.length) lines.push(`**Not reported by:** ${fitQuote(notReporting.join(', '), 1000)}`)
  if (comparison.confidence === 'low') lines.push(`**${CLOSEST_LEAD}**`)
  const description = lines.join('\n\n')
  const footer = `Best passage from each ${noun}, newest first${comparison.more ? ` · ${comparison.more} more not shown` : ''} · quoted verbatim`
  const names = entries.map((e) => {
    const date = formatDate(e.article.published) ?? 'undated'
    const who = e.article.outlet ?? e.article.title
    return fitQuote(`${who} · ${date}`, discordLimits.embedFieldName)
  })
  const fixed = title.length + description.length + footer.length + names.reduce((n, name) => n + name.length, 0)
  // What is left of the 6,000 shared out evenly, each field's citation line included.
  const share = Math.floor((discordLimits.embedTotal - fixed) / entries.length) - 4
  const fields: APIEmbedField[] = entries.map((e, i) => {
    const cite = citeArticleLink(e.article)
    const room = Math.min(COMPARE_QUOTE_MAX, share - cite.length - 3, discordLimits.embedFieldValue - cite.length - 3)
    return { name: names[i]!, value: `> ${fitQuote(e.passage.text, Math.max(room, 20))}\n${cite}`, inline: true }
  })
  return { title, description, color: comparison.confidence === 'low' ? colors.closest : colors.answer, fields, footer: { text: footer } }
}

/** The title linked to the URL when there is one, else the title and file name. */
function citeArticleLink(article: Article): string {
  const title = fitQuote(article.title, CITATION_TITLE_MAX)
  if (article.url && isLinkable(article.url)) return `[${title.replace(/[[\]]/g, '')}](${article.url})`
  return `${title} (${fitQuote(article.source, CITATION_TITLE_MAX)})`
}

// ---------------------------------------------------------------------------------------------
// /add

const ADDED_PASSAGES_SHOWN = 3

function renderAdded({ outcome }: AddReply): APIEmbed {
  if (outcome.status === 'skipped') {
    const lead = outcome.code === 'DUPLICATE' ? 'Already in the coverage' : 'Not added'
    return {
      title: lead,
      description: `${fitUserText(outcome.url, 500)}\n\n${lead === 'Not added' ? 'Not added: ' : ''}${fitQuote(capitalise(outcome.reason), 1000)}.`,
      color: outcome.code === 'DUPLICATE' ? colors.info : colors.notFound,
    }
  }
  const a = outcome.article
  const count = a.passages.length
  const lines = [
    describeArticle(a.file, { title: a.title, url: a.url, ...(a.outlet ? { outlet: a.outlet } : {}), ...(a.published ? { published: a.published } : {}) }),
    `${count === 1 ? '1 passage' : `${count} passages`} · saved as ${fitQuote(a.file, 200)}`,
    ...a.passages.slice(0, ADDED_PASSAGES_SHOWN).map((p) => `> ${fitQuote(p, 400)}`),
  ]
  if (count > ADDED_PASSAGES_SHOWN) lines.push(`…and ${count - ADDED_PASSAGES_SHOWN} more`)
  return {
    title: 'Added to the coverage',
    description: lines.join('\n'),
    color: colors.answer,
    footer: { text: a.method === 'feed' ? 'Text from the feed (the page could not be read)' : 'Text extracted from the page' },
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

// ---------------------------------------------------------------------------------------------
// /leader

function renderLeader({ lookup, articles }: LeaderReply): APIEmbed {
  const { person } = lookup
  if (!lookup.found || !person) {
    const suggestions = lookup.suggestions.slice(0, SUGGESTIONS_SHOWN).map((s) => fitQuote(s, 100))
    const firstName = firstNameAsked(lookup)
    const title = titleAsked(lookup)
    const lines = [
      firstName
        ? `“${fitUserText(firstName, 100)}” is only a first name.`
        : title
          ? `“${fitUserText(title, 100)}” is the title of several people in the coverage.`
          : `The coverage mentions no one called “${fitUserText(lookup.query, 300)}”.`,
    ]
    if (suggestions.length) lines.push(`**Did you mean:** ${suggestions.join(', ')}`)
    return { title: title ? 'More than one person' : 'No one by that name', description: lines.join('\n\n'), color: colors.notFound }
  }
  const title = fitQuote(person.name, discordLimits.embedTitle)
  const bySource = new Map(articles.map((a) => [a.source, a]))
  const fields = fitFields(
    'Articles',
    person.articles.map((source, i) => `[${i + 1}] ${describeArticle(source, bySource.get(source))}`),
    2,
    'articles',
  )
  const room = Math.min(discordLimits.embedDescription, discordLimits.embedTotal - title.length - embedsLength([{ fields }]))
  return { title, description: leaderDescription(person, room), color: colors.info, fields }
}

function leaderDescription(person: Person, max: number): string {
  const summary: string[] = []
  if (person.roles.length) summary.push(`**Roles:** ${fitQuote(person.roles.join(' · '), 500)}`)
  if (person.aliases.length) summary.push(`**Also written:** ${fitQuote(person.aliases.join(', '), 300)}`)
  const times = person.mentions === 1 ? 'once' : `${person.mentions} times`
  const articles = person.articles.length === 1 ? '1 article' : `${person.articles.length} articles`
  summary.push(`Mentioned ${times} in ${articles}.`)
  const head = summary.join('\n')
  if (!person.statements.length) return head

  const statementsHeading = '\n\n**Statements**\n'
  const statements = person.statements.slice(0, STATEMENTS_SHOWN).map((statement) => {
    const index = person.articles.indexOf(statement.source)
    const citation = index >= 0 ? `[${index + 1}]` : escapeQuote(statement.source)
    return `> ${fitQuote(statement.text, STATEMENT_MAX)} — ${citation}`
  })
  const more = person.statements.length - statements.length
  if (more > 0) statements.push(`…and ${more} more.`)
  return head + statementsHeading + fitLines(statements, max - head.length - statementsHeading.length, 'statements')
}

// ---------------------------------------------------------------------------------------------
// /excerpt

function renderExcerpt(reply: ExcerptReply): APIEmbed {
  const { result, speaker } = reply
  if (!result) {
    return {
      title: 'No passage found',
      description: `The coverage has no passage about “${fitUserText(reply.query, 500)}”.`,
      color: colors.notFound,
    }
  }
  const lines = [`> ${fitQuote(result.passage.text, 3000)}`]
  if (speaker) {
    const role = speaker.roles[0] ? `, ${fitQuote(speaker.roles[0], 200)}` : ''
    lines.push(`— **${fitQuote(speaker.name, 200)}**${role}`)
  }
  lines.push(`Source: ${describeArticle(result.article.source, result.article)}`)
  return {
    description: lines.join('\n'),
    color: colors.answer,
    footer: { text: `Quoted verbatim from ${truncate(result.article.source, 200)}` },
  }
}

// ---------------------------------------------------------------------------------------------
// /sources

function renderSources({ articles, warnings }: SourcesReply): APIEmbed {
  const passages = articles.reduce((sum, a) => sum + a.passages, 0)
  const lines = articles.map(
    (a, i) =>
      `[${i + 1}] ${describeArticle(a.source, a)} · ${a.passages === 1 ? '1 passage' : `${a.passages} passages`}`,
  )
  // Warnings first in the budget: a member asking "what's loaded?" needs to know what was skipped.
  const warningFields = linesToFields(
    'Load warnings',
    warnings.map((w) => `${escapeQuote(w.source)}: ${fitQuote(w.reason, 300)}`),
    2,
  )
  const title = `Sources: ${articles.length === 1 ? '1 article' : `${articles.length} articles`}, ${passages} passages`
  const room = Math.min(
    discordLimits.embedDescription,
    discordLimits.embedTotal - title.length - embedsLength([{ fields: warningFields }]),
  )
  return {
    title,
    description: articles.length ? fitLines(lines, room, 'articles') : 'No articles are loaded.',
    color: warnings.length ? colors.warning : colors.info,
    ...(warningFields.length ? { fields: warningFields } : {}),
  }
}

/** Joins whole lines up to `max` characters, then says how many were left out. */
function fitLines(lines: string[], max: number, noun: string): string {
  const kept: string[] = []
  let length = 0
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i - 1
    const tail = rest > 0 ? `\n…and ${rest} more ${noun}`.length : 0
    const added = (kept.length ? 1 : 0) + line.length
    if (length + added + tail > max) {
      kept.push(`…and ${lines.length - i} more ${noun}`)
      return kept.join('\n')
    }
    kept.push(line)
    length += added
  }
  return kept.join('\n')
}

// ---------------------------------------------------------------------------------------------
// /help and notices

function renderHelp({ commands, examples }: HelpReply): APIEmbed {
  const embed: APIEmbed = {
    title: 'How to use coverage-bot',
    description:
      'I answer questions about the news articles I was given, quoting them word for word and citing each one. ' +
      'When the coverage does not say, I say so.',
    color: colors.info,
  }
  const candidates = [
    ...commands.map((c) => ({
      name: fitQuote(c.usage, discordLimits.embedFieldName),
      value: fitQuote(c.description, discordLimits.embedFieldValue),
    })),
    ...linesToFields(
      'Try',
      examples.map((e) => `• ${fitQuote(e, 200)}`),
      1,
    ),
  ]
  const fields: APIEmbedField[] = []
  for (const field of candidates) {
    if (fields.length === discordLimits.embedFields) break
    if (embedsLength([{ ...embed, fields: [...fields, field] }]) > discordLimits.embedTotal) break
    fields.push(field)
  }
  return { ...embed, fields }
}

function renderNotice({ tone, message }: NoticeReply): APIEmbed {
  // Notices often repeat what the member typed ("nothing about “…”"), so escape as member text.
  return {
    description: fitUserText(message, discordLimits.embedDescription),
    color: tone === 'error' ? colors.error : colors.info,
  }
}

// ---------------------------------------------------------------------------------------------
// /gaps and /stats

const GAPS_SHOWN = 15
const DAYS_SHOWN = 60
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

function renderGaps({ report }: GapsReply): APIEmbed {
  const { days, questions, gaps } = report
  const title = `What the coverage lacks: the last ${plural(days, 'day')}`
  if (gaps.length === 0) {
    const description = questions
      ? `${plural(questions, 'question')} asked, every one answered and none given a 👎.`
      : 'No questions were asked in this period.'
    return { title, description, color: colors.info }
  }
  const unanswered = gaps.reduce((sum, g) => sum + g.count, 0)
  const embed: APIEmbed = {
    title,
    description: `${plural(questions, 'question')} asked; ${unanswered} not answered or given a 👎, in ${plural(gaps.length, 'group')} by meaning, most asked first.`,
    color: colors.warning,
  }
  const fields: APIEmbedField[] = []
  for (const [i, gap] of gaps.slice(0, GAPS_SHOWN).entries()) {
    const counts = [
      gap.notCovered && `not covered ${gap.notCovered}`,
      gap.closest && `closest ${gap.closest}`,
      gap.thumbsDown && `👎 ${gap.thumbsDown}`,
    ].filter(Boolean)
    const lines = [counts.join(' · ')]
    if (gap.wordings.length) lines.push(`Also asked as: ${gap.wordings.map((w) => `“${fitUserText(w, 150)}”`).join(', ')}`)
    for (const comment of gap.comments) lines.push(`👎 “${fitUserText(comment, 300)}”`)
    const field = {
      name: `${i + 1}. ${gap.count}× “${fitUserText(gap.example, discordLimits.embedFieldName - 20)}”`,
      value: truncate(lines.join('\n'), discordLimits.embedFieldValue),
    }
    const footer = { text: `…and ${gaps.length - i} more groups: npx coverage-bot gaps --json lists them all` }
    if (embedsLength([{ ...embed, fields: [...fields, field], footer }]) > discordLimits.embedTotal) break
    fields.push(field)
  }
  const hidden = gaps.length - fields.length
  return {
    ...embed,
    fields,
    ...(hidden > 0 ? { footer: { text: `…and ${plural(hidden, 'more group')}: npx coverage-bot gaps --json lists them all` } } : {}),
  }
}

function renderStats({ report }: StatsReply): APIEmbed {
  const { days, questions, perDay, outcomes, shareAnswered, feedback, people, latencyMs } = report
  const title = `Usage: the last ${plural(days, 'day')}`
  if (questions === 0) return { title, description: 'No questions were asked in this period.', color: colors.info }
  const percent = (share: number) => `${Math.round(share * 100)}%`
  const fields: APIEmbedField[] = [
    {
      name: 'Answered',
      value: `${percent(shareAnswered ?? 0)} of ${plural(questions, 'question')} (answered ${outcomes.answered}, the closest the coverage comes ${outcomes.closest}, not covered ${outcomes.not_covered})`,
    },
    { name: 'Feedback', value: `👍 ${feedback.up} · 👎 ${feedback.down}` },
    ...(latencyMs ? [{ name: 'Answer time', value: `p50 ${latencyMs.p50} ms · p99 ${latencyMs.p99} ms` }] : []),
    ...(people.length ? linesToFields('Most looked-up people', people.map((p) => `${fitQuote(p.name, 100)}: ${p.lookups}`), 1) : []),
    // The most recent days when there are more than fit (`npx coverage-bot stats --json` has them all).
    ...linesToFields(
      perDay.length > DAYS_SHOWN ? `Questions per day (the latest ${DAYS_SHOWN})` : 'Questions per day',
      perDay.slice(-DAYS_SHOWN).map((d) => `${d.day}: ${d.questions}`),
      2,
    ),
  ]
  return { title, description: `${plural(questions, 'question')} in ${plural(perDay.length, 'day')} with questions.`, color: colors.info, fields }
}
