import { readFileSync, readdirSync } from 'node:fs'
import { expectWithinDiscordLimits } from './helpers/discordLimits.ts'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ASK_PAGE_SIZE } from '../commands/ask.ts'
import { Coverage } from '../src/coverage.ts'
import { parseAskButtonId } from '../src/discord/customIds.ts'
import { discordLimits } from '../src/discordLimits.ts'
import {
  colors,
  escapeQuote,
  escapeUserText,
  renderDiscordReply,
  truncate,
  type DiscordMessage,
} from '../src/render/discord.ts'
import type { AnswerReply, Reply } from '../src/replies.ts'
import type { Article, ArticleSummary, Passage, Person, RankedAnswer, RankedPassage } from '../src/types.ts'

// Fixtures from the real seed text: one passage per non-empty line, as the engine will roughly do.
const SEEDS = path.resolve(import.meta.dirname, '../seeds')
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()
const seedArticles: Article[] = seedFiles.map((source) => ({
  source,
  title: '',
  body: readFileSync(path.join(SEEDS, source), 'utf8'),
}))
// Give two articles full metadata, to see both citation styles.
seedArticles[2]!.title = 'Trump Rules Out U.S. Troops in Ukraine'
seedArticles[2]!.outlet = 'Seed News'
seedArticles[2]!.url = 'https://example.com/trump-troops'
seedArticles[4]!.title = 'Security guarantees could be finalized this week'
seedArticles[4]!.outlet = 'Kyiv Independent'

let nextPassageId = 0
function passagesOf(article: Article): Passage[] {
  return article.body
    .split('\n')
    .filter((line) => line.trim())
    .map((text, position) => ({ id: nextPassageId++, source: article.source, position, text, sentences: [] }))
}
const seedPassages = new Map(seedArticles.map((a) => [a.source, passagesOf(a)]))

function result(articleIndex: number, position: number, alsoReportedBy: string[] = []): RankedPassage {
  const article = seedArticles[articleIndex]!
  const passage = seedPassages.get(article.source)![position]!
  const answerSentence = passage.text.split(/(?<=\.)\s/)[0]!
  return { passage, article, score: 1, answerSentence, alsoReportedBy }
}

function answerReply(question: string, results: RankedPassage[], total = results.length, offset = 0): AnswerReply {
  return { kind: 'answer', answer: { question, answered: true, results, total }, offset, suggestions: [] }
}


const customIds = (message: DiscordMessage) => message.components.flatMap((row) => row.components.map((b) => b.custom_id))

describe('escaping', () => {
  it.each([
    ['**bold** _it_ ~~s~~ ||spoiler|| `code`', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`code\\`'],
    ['@everyone and @here', '@\u200beveryone and @\u200bhere'],
    ['<@123456789012345678> <@!1> <@&2> <#3> </ask:4>', '<@\u200b123456789012345678> <@\u200b!1> <@\u200b&2> <#\u200b3> </\u200bask:4>'],
    ['[free nitro](https://evil.example)', '\\[free nitro](https:\u200b//evil.example)'],
    ['# Heading\n- list\n> quote', '\\# Heading - list > quote'],
  ])('member text %j', (input, expected) => {
    expect(escapeUserText(input)).toBe(expected)
  })

  it('keeps article links but not their masking or pings', () => {
    expect(escapeQuote('See [this](https://example.com) @here')).toBe('See \\[this](https://example.com) @\u200bhere')
  })
})

describe('truncate', () => {
  const text = 'The U.S. will help. European troops may deploy to Ukraine soon. Talks continue in Washington today.'

  it.each([
    [200, text],
    [70, 'The U.S. will help. European troops may deploy to Ukraine soon. …'],
    [45, 'The U.S. will help. European troops may…'],
    [40, 'The U.S. will help. …'],
    // "U.S." is not a sentence end: cut at a word.
    [18, 'The U.S. will…'],
    [5, 'The…'],
    [1, '…'],
  ])('to %i characters', (max, expected) => {
    const cut = truncate(text, max)
    expect(cut).toBe(expected)
    expect(cut.length).toBeLessThanOrEqual(max)
  })

  it('cuts a word-less string mid-way', () => {
    expect(truncate('x'.repeat(50), 10)).toBe(`${'x'.repeat(8)}…`)
  })
})

describe('/ask answer', () => {
  it('quotes a one-sentence passage once: it is its own answer sentence', () => {
    const oneSentence = result(4, 4) // "White House Press Secretary Karoline Leavitt later emphasized…"
    expect(oneSentence.answerSentence).toBe(oneSentence.passage.text)
    const description = renderDiscordReply(answerReply('What did Leavitt say?', [oneSentence]), {}).embeds[0]!.description!
    expect(description.split('\n\n')).toEqual(['**Q:** What did Leavitt say?', `> ${escapeQuote(oneSentence.passage.text)}\n— [1]`])
  })

  it('renders the answer sentence, quoted passages and numbered citations', () => {
    const reply = answerReply('Will the U.S. send troops?', [result(2, 1, [seedArticles[4]!.source]), result(4, 3)], 5)
    const message = renderDiscordReply(reply, { ephemeral: true, answerId: 'abc123' })
    expectWithinDiscordLimits(message)
    const passage1 = seedPassages.get(seedArticles[2]!.source)![1]!.text
    const passage2 = seedPassages.get(seedArticles[4]!.source)![3]!.text
    expect(message).toEqual({
      embeds: [
        {
          title: 'What the coverage says',
          description: [
            '**Q:** Will the U.S. send troops?',
            '**President Trump has announced that the United States will not deploy military forces to Ukraine as part of security guarantees, although air support may be provided.** [1]',
            `> ${escapeQuote(passage1)}\n— [1], also reported by [2]`,
            `> ${escapeQuote(passage2)}\n— [2]`,
          ].join('\n\n'),
          color: colors.answer,
          fields: [
            {
              name: 'Sources',
              value:
                '[1] [Trump Rules Out U.S. Troops in Ukraine](https://example.com/trump-troops) — Seed News\n' +
                '[2] Security guarantees could be finalized this week — Kyiv Independent (004\\_a96f1940f85f0698.txt)',
            },
          ],
          footer: { text: 'Passages 1–2 of 5 · quoted verbatim from the coverage' },
        },
      ],
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 2, label: 'More passages', custom_id: 'ask:more:abc123:2' },
            { type: 2, style: 1, label: 'Share in channel', custom_id: 'ask:share:abc123:0' },
          ],
        },
      ],
      allowed_mentions: { parse: [] },
      flags: 64,
    })
  })

  it('offers no Share on a public answer and no More on the last page', () => {
    const message = renderDiscordReply(answerReply('troops', [result(0, 2)], 3, 2), { answerId: 'k' })
    expect(message.flags).toBeUndefined()
    expect(message.components).toEqual([])
    expect(message.embeds[0]!.footer).toEqual({ text: 'Passage 3 of 3 · quoted verbatim from the coverage' })
  })

  it('cites an article by file name when it has no title', () => {
    const message = renderDiscordReply(answerReply('q', [result(0, 0)]))
    expect(message.embeds[0]!.fields).toEqual([{ name: 'Sources', value: '[1] 000\\_06fbccc68347ad1c.txt' }])
  })

  it('cuts a 4,096-character passage at a sentence boundary', () => {
    const base = result(1, 1)
    const long = base.passage.text.repeat(20).slice(0, 4096)
    expect(long.length).toBe(4096)
    const message = renderDiscordReply(answerReply('q', [{ ...base, passage: { ...base.passage, text: long } }]))
    expectWithinDiscordLimits(message)
    const quote = message.embeds[0]!.description!.split('\n\n')[2]!.split('\n')[0]!
    expect(quote.length).toBeLessThanOrEqual('> '.length + 1000)
    expect(quote.endsWith('European leaders. …')).toBe(true)
  })

  it('fits 30 long results from 30 articles within every limit, and More continues after the last shown', () => {
    const results = Array.from({ length: 30 }, (_, i) => {
      const r = result(i % 5, 1)
      const article: Article = {
        ...r.article,
        source: `${String(i).padStart(3, '0')}_${'x'.repeat(40)}.txt`,
        title: `**Headline ${i}** @everyone <@123> ${'word '.repeat(40)}`,
        outlet: 'Outlet',
        url: `https://example.com/${'a'.repeat(200)}/${i}`,
      }
      return { ...r, article, passage: { ...r.passage, source: article.source, text: r.passage.text.repeat(5) } }
    })
    const message = renderDiscordReply(answerReply('q', results, 30), { ephemeral: true, answerId: 'id' })
    expectWithinDiscordLimits(message)
    const footer = message.embeds[0]!.footer!.text
    const shown = Number(/^Passages 1–(\d+) of 30/.exec(footer)![1])
    expect(shown).toBe(5)
    expect(customIds(message)).toEqual([`ask:more:id:${shown}`, 'ask:share:id:0'])
    expect(message.embeds[0]!.description).not.toContain('@everyone')
    expect(message.embeds[0]!.description).not.toContain('<@123>')
  })

  it('cites at most four other reporting articles by number', () => {
    const others = Array.from({ length: 30 }, (_, i) => `${i}_${'z'.repeat(150)}.txt`)
    const message = renderDiscordReply(answerReply('q', [result(0, 0, others), result(1, 1)]))
    expectWithinDiscordLimits(message)
    const blocks = message.embeds[0]!.description!.split('\n\n')
    expect(blocks[2]!.split('\n')[1]).toBe('— [1], also reported by [2], [3], [4], [5] and 26 more')
    expect(blocks[3]!.split('\n')[1]).toBe('— [6]')
    expect(message.embeds[0]!.fields![0]!.value.split('\n')).toHaveLength(6)
  })

  it('never produces a custom_id over 100 characters', () => {
    const answerId = 'a'.repeat(40)
    const message = renderDiscordReply(answerReply('q', [result(0, 0)], 999_999, 999_000), {
      ephemeral: true,
      answerId,
    })
    for (const id of customIds(message)) {
      expect(id.length).toBeLessThanOrEqual(discordLimits.customId)
      expect(parseAskButtonId(id)?.answerId).toBe(answerId)
    }
  })

  it('escapes the question', () => {
    const message = renderDiscordReply(answerReply('**why** @everyone <@&1> [x](https://e.x)?', [result(0, 0)]))
    expect(message.embeds[0]!.description!.split('\n\n')[0]).toBe(
      '**Q:** \\*\\*why\\*\\* @\u200beveryone <@\u200b&1> \\[x](https:\u200b//e.x)?',
    )
  })

  it('says plainly when the coverage does not answer, with suggestions', () => {
    const reply: Reply = {
      kind: 'answer',
      answer: { question: 'Who won the World Cup?', answered: false, results: [], total: 0 },
      offset: 0,
      suggestions: ['European troops in Ukraine', 'Volodymyr Zelensky'],
    }
    expect(renderDiscordReply(reply, { ephemeral: true, answerId: 'z' })).toEqual({
      embeds: [
        {
          title: 'The coverage does not say',
          description:
            '**Q:** Who won the World Cup?\n\n' +
            'The coverage does not say. No passage in the articles answers this question.\n\n' +
            '**The coverage does cover:**\n• European troops in Ukraine\n• Volodymyr Zelensky',
          color: colors.notFound,
        },
      ],
      components: [],
      allowed_mentions: { parse: [] },
      flags: 64,
    })
  })
})

describe('/ask: the closest the coverage comes (confidence low)', () => {
  // Real engine results over the seeds; only the confidence is set by hand, as the calibrated
  // decision (#11) will set it. The question has 8 results: 3 on the first page, 5 after More.
  const QUESTION = 'Who will send troops to Ukraine?'
  let seeds: Coverage
  beforeAll(async () => {
    seeds = await Coverage.load(SEEDS)
  })
  const page = (offset: number, confidence: 'high' | 'low'): AnswerReply => {
    const answer: RankedAnswer = { ...seeds.ask(QUESTION, { limit: ASK_PAGE_SIZE, offset }), confidence }
    return { kind: 'answer', answer, offset, suggestions: [] }
  }

  it('labels the passages as possibly not answering, in amber, quoted and cited as an answer is, with More and Share', () => {
    const reply = page(0, 'low')
    const [r1, r2, r3] = reply.answer.results
    expect(reply.answer.total).toBe(8)
    // The first passage holds two paragraphs: Discord quotes it on one line, the break as one space.
    expect(r1!.passage.text).toContain('\n\n')
    const message = renderDiscordReply(reply, { ephemeral: true, answerId: 'low1' })
    expectWithinDiscordLimits(message)
    expect(message).toEqual({
      embeds: [
        {
          title: 'The closest the coverage comes',
          description: [
            '**Q:** Who will send troops to Ukraine?',
            '**The coverage may not answer this directly.**',
            `> ${r1!.passage.text.replaceAll('\n\n', ' ')}\n— [1]`,
            `> ${r2!.passage.text}\n— [2]`,
            `> ${r3!.passage.text}\n— [3]`,
          ].join('\n\n'),
          color: 0xf59e0b,
          fields: [
            {
              name: 'Sources',
              value:
                '[1] Assurance for Kiev by Europeans: No Deployment of U.S. Troops (003\\_9090c35cc40e081f.txt)\n' +
                '[2] President Trump has announced that the United States will not deploy military forces to… (002\\_3b7997cde4e939d4.txt)\n' +
                '[3] A package of security guarantees for Ukraine could be finalized as soon as this week… (004\\_a96f1940f85f0698.txt)',
            },
          ],
          footer: { text: 'Passages 1–3 of 8 · quoted verbatim from the coverage' },
        },
      ],
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 2, label: 'More passages', custom_id: 'ask:more:low1:3' },
            { type: 2, style: 1, label: 'Share in channel', custom_id: 'ask:share:low1:0' },
          ],
        },
      ],
      allowed_mentions: { parse: [] },
      flags: 64,
    })
    expect(colors.closest).toBe(0xf59e0b)
    expect(new Set([colors.answer, colors.notFound, colors.info, colors.warning, colors.error])).not.toContain(colors.closest)
  })

  it('differs from the confident answer only in title, lead line and colour', () => {
    const low = renderDiscordReply(page(0, 'low'), { ephemeral: true, answerId: 'x' })
    const high = renderDiscordReply(page(0, 'high'), { ephemeral: true, answerId: 'x' })
    expect(high.embeds[0]!.title).toBe('What the coverage says')
    expect(high.embeds[0]!.color).toBe(colors.answer)
    // The lead line: the confident answer's is its answer sentence in bold (the first sentence of
    // the first passage, which holds two paragraphs); the closest's is the label in its place.
    const lowBlocks = low.embeds[0]!.description!.split('\n\n')
    const highBlocks = high.embeds[0]!.description!.split('\n\n')
    expect(highBlocks[1]).toBe(
      '**Ten European Union countries, including France and the United Kingdom, have announced readiness to send troops to Ukraine to help secure a possible peace process, with the United States offering limited support in intelligence, logistics, and air defense roles.** [1]',
    )
    expect(lowBlocks[1]).toBe('**The coverage may not answer this directly.**')
    expect([lowBlocks[0], ...lowBlocks.slice(2)]).toEqual([highBlocks[0], ...highBlocks.slice(2)])
    const { title: _lt, description: _ld, color: _lc, ...lowRest } = low.embeds[0]!
    const { title: _ht, description: _hd, color: _hc, ...highRest } = high.embeds[0]!
    expect(lowRest).toEqual(highRest)
    expect(low.components).toEqual(high.components)
  })

  it('never sets the answer sentence out in bold as the answer', () => {
    // The second result's answer sentence is shorter than its passage: a confident answer would lead with it.
    const reply = page(0, 'low')
    const second = reply.answer.results[1]!
    expect(second.answerSentence).not.toBe(second.passage.text)
    const description = renderDiscordReply({ ...reply, answer: { ...reply.answer, results: [second] } }).embeds[0]!.description!
    expect(description).not.toContain(`**${second.answerSentence}**`)
    expect(description.split('\n\n')).toEqual([
      '**Q:** Who will send troops to Ukraine?',
      '**The coverage may not answer this directly.**',
      `> ${second.passage.text}\n— [1]`,
    ])
  })

  it('keeps the label on the page More shows and on the message Share posts', () => {
    // More: the last page, re-rendered from the same question at offset 6, in place and private.
    const more = renderDiscordReply(page(6, 'low'), { ephemeral: true, answerId: 'low1' })
    expectWithinDiscordLimits(more)
    // Its first passage (004's lead and the paragraph after it) holds two paragraphs, quoted on one line.
    const [seventh, eighth] = page(6, 'low').answer.results
    expect(seventh!.passage.text).toContain('\n\n')
    expect(more.embeds[0]).toMatchObject({
      title: 'The closest the coverage comes',
      color: colors.closest,
      description:
        `**Q:** Who will send troops to Ukraine?\n\n**The coverage may not answer this directly.**\n\n` +
        `> ${seventh!.passage.text.replaceAll('\n\n', ' ')}\n— [1]\n\n> ${eighth!.passage.text}\n— [2]`,
      footer: { text: 'Passages 7–8 of 8 · quoted verbatim from the coverage' },
    })
    expect(customIds(more)).toEqual(['ask:share:low1:6'])
    // Share: the first page again, public (no ephemeral flag, so no Share button; More stays).
    const shared = renderDiscordReply(page(0, 'low'), { answerId: 'low1' })
    expectWithinDiscordLimits(shared)
    expect(shared.flags).toBeUndefined()
    expect(shared.embeds[0]).toMatchObject({ title: 'The closest the coverage comes', color: colors.closest })
    expect(shared.embeds[0]!.description!.split('\n\n')[1]).toBe('**The coverage may not answer this directly.**')
    expect(customIds(shared)).toEqual(['ask:more:low1:3'])
  })

  it('fits 30 long results within every limit, label included', () => {
    const base = page(0, 'low')
    const results = Array.from({ length: 30 }, (_, i) => {
      const r = base.answer.results[i % 3]!
      return { ...r, passage: { ...r.passage, text: r.passage.text.repeat(8) } }
    })
    const message = renderDiscordReply(
      { ...base, answer: { ...base.answer, results, total: 30 } },
      { ephemeral: true, answerId: 'id' },
    )
    expectWithinDiscordLimits(message)
    expect(message.embeds[0]!.description!.split('\n\n')[1]).toBe('**The coverage may not answer this directly.**')
    expect(customIds(message)[1]).toBe('ask:share:id:0')
  })
})

const zelensky: Person = {
  name: 'Volodymyr Zelensky',
  aliases: ['Zelenskyy', 'Zelensky'],
  roles: ['Ukrainian President'],
  articles: [seedFiles[1]!, seedFiles[3]!],
  mentions: 6,
  statements: [
    { source: seedFiles[1]!, text: 'Ukraine needs real security guarantees.', passageId: 1 },
    { source: 'elsewhere.txt', text: 'We will not give up land.', passageId: 2 },
  ],
}

/** The person's articles as commands/leader.ts looks them up: one with a link, one without. */
const zelenskyArticles: ArticleSummary[] = [
  { source: seedFiles[1]!, title: 'Nauseda: Ukraine needs **real** guarantees', outlet: 'LRT', passages: 9 },
  { source: seedFiles[3]!, title: 'Assurance for Kiev by Europeans', outlet: 'Seed News', url: 'https://example.com/kiev', passages: 7 },
]

describe('/leader', () => {
  it('renders the card with roles, mentions, articles (titles and outlets) and cited statements', () => {
    const message = renderDiscordReply({
      kind: 'leader',
      lookup: { query: 'zelensky', found: true, person: zelensky, suggestions: [] },
      articles: zelenskyArticles,
    })
    expectWithinDiscordLimits(message)
    expect(message.embeds).toEqual([
      {
        title: 'Volodymyr Zelensky',
        description:
          '**Roles:** Ukrainian President\n**Also written:** Zelenskyy, Zelensky\nMentioned 6 times in 2 articles.\n\n' +
          '**Statements**\n> Ukraine needs real security guarantees. — [1]\n> We will not give up land. — elsewhere.txt',
        color: colors.info,
        fields: [
          {
            name: 'Articles',
            value:
              '[1] Nauseda: Ukraine needs \\*\\*real\\*\\* guarantees — LRT (001\\_4de870c6ba78c5ba.txt)\n' +
              '[2] [Assurance for Kiev by Europeans](https://example.com/kiev) — Seed News',
          },
        ],
      },
    ])
  })

  it('escapes markdown and mentions in names, and fits hundreds of statements', () => {
    const person: Person = {
      ...zelensky,
      name: '**Zel** @everyone',
      roles: Array.from({ length: 100 }, (_, i) => `Role ${i}`),
      articles: Array.from({ length: 300 }, (_, i) => `${i}_${'y'.repeat(30)}.txt`),
      statements: Array.from({ length: 300 }, (_, i) => ({ source: `${i}_${'y'.repeat(30)}.txt`, text: 'Long statement. '.repeat(60), passageId: i })),
    }
    const articles = person.articles.map((source) => ({ source, title: `A long title @here ${'t'.repeat(150)}`, outlet: 'Outlet', passages: 1 }))
    const message = renderDiscordReply({ kind: 'leader', lookup: { query: 'x', found: true, person, suggestions: [] }, articles })
    expectWithinDiscordLimits(message)
    expect(message.embeds[0]!.title).toBe('\\*\\*Zel\\*\\* @\u200beveryone')
    expect(message.embeds[0]!.description).toContain('…and 292 more.')
    // The articles that do not fit are counted, not silently dropped.
    const fields = message.embeds[0]!.fields!
    expect(fields.map((f) => f.name)).toEqual(['Articles', 'Articles (continued)'])
    expect(fields[1]!.value).toMatch(/\n…and \d+ more articles$/)
    expect(fields[0]!.value.startsWith('[1] A long title @\u200bhere t')).toBe(true)
  })

  it('says so when nobody matches, with suggestions', () => {
    const message = renderDiscordReply({
      kind: 'leader',
      lookup: { query: 'Zelinsky <@1>', found: false, suggestions: ['Volodymyr Zelensky', 'Sergei Lavrov'] },
      articles: [],
    })
    expect(message.embeds).toEqual([
      {
        title: 'No one by that name',
        description:
          'The coverage mentions no one called “Zelinsky <@\u200b1>”.\n\n**Did you mean:** Volodymyr Zelensky, Sergei Lavrov',
        color: colors.notFound,
      },
    ])
  })

  it('says a first name alone is only a first name, not that no one is called it', () => {
    const message = renderDiscordReply({
      kind: 'leader',
      lookup: { query: 'who is **gordon**?', found: false, suggestions: ['Gordon Brown', 'Gordon Strachan', 'Graham Norton'] },
      articles: [],
    })
    expect(message.embeds![0]!.description).toBe('“\\*\\*gordon\\*\\*” is only a first name.\n\n**Did you mean:** Gordon Brown, Gordon Strachan, Graham Norton')
  })

  it('says a title several people hold is theirs, not that no one is called it', () => {
    const message = renderDiscordReply({
      kind: 'leader',
      lookup: { query: 'who is the president?', found: false, suggestions: ['Donald Trump', 'Vladimir Putin'] },
      articles: [],
    })
    expect(message.embeds![0]).toMatchObject({ title: 'More than one person', description: '“president” is the title of several people in the coverage.\n\n**Did you mean:** Donald Trump, Vladimir Putin' })
  })
})

describe('/excerpt', () => {
  it('renders a shareable quote with speaker and citation', () => {
    const hit = result(4, 3)
    const message = renderDiscordReply({ kind: 'excerpt', query: 'boots', result: hit, speaker: { ...zelensky, name: 'Donald Trump', roles: ['U.S. President'] } })
    expectWithinDiscordLimits(message)
    expect(message.embeds).toEqual([
      {
        description:
          `> ${escapeQuote(hit.passage.text)}\n— **Donald Trump**, U.S. President\n` +
          'Source: Security guarantees could be finalized this week — Kyiv Independent (004\\_a96f1940f85f0698.txt)',
        color: colors.answer,
        footer: { text: 'Quoted verbatim from 004_a96f1940f85f0698.txt' },
      },
    ])
  })

  it('says so when nothing matches', () => {
    expect(renderDiscordReply({ kind: 'excerpt', query: '_cricket_' }).embeds).toEqual([
      { title: 'No passage found', description: 'The coverage has no passage about “\\_cricket\\_”.', color: colors.notFound },
    ])
  })
})

describe('/sources', () => {
  it('lists articles with passage counts and load warnings', () => {
    const message = renderDiscordReply({
      kind: 'sources',
      articles: [
        { source: seedFiles[0]!, title: 'Security package', passages: 5 },
        { source: seedFiles[2]!, title: 'No boots', outlet: 'Seed News', url: 'https://example.com/a', passages: 1 },
      ],
      warnings: [{ source: 'bad.txt', reason: 'not valid UTF-8' }],
    })
    expectWithinDiscordLimits(message)
    expect(message.embeds).toEqual([
      {
        title: 'Sources: 2 articles, 6 passages',
        description:
          '[1] Security package (000\\_06fbccc68347ad1c.txt) · 5 passages\n[2] [No boots](https://example.com/a) — Seed News · 1 passage',
        color: colors.warning,
        fields: [{ name: 'Load warnings', value: 'bad.txt: not valid UTF-8' }],
      },
    ])
  })

  it('fits 500 articles and 500 warnings', () => {
    const message = renderDiscordReply({
      kind: 'sources',
      articles: Array.from({ length: 500 }, (_, i) => ({ source: `${i}.txt`, title: `Title ${i} `.repeat(10), passages: i })),
      warnings: Array.from({ length: 500 }, (_, i) => ({ source: `w${i}.txt`, reason: 'skipped: empty file' })),
    })
    expectWithinDiscordLimits(message)
    expect(message.embeds[0]!.description).toMatch(/\n…and \d+ more articles$/)
    expect(message.embeds[0]!.fields!.map((f) => f.name)).toEqual(['Load warnings', 'Load warnings (continued)'])
  })
})

describe('/help and notices', () => {
  it('renders help with one field per command and examples', () => {
    const message = renderDiscordReply({
      kind: 'help',
      commands: [
        { usage: '/ask question', description: 'Answer a question with quoted passages' },
        { usage: '/sources', description: 'List the articles' },
      ],
      examples: ['/ask question: Will European troops go to Ukraine?'],
    })
    expectWithinDiscordLimits(message)
    expect(message.embeds[0]!.fields).toEqual([
      { name: '/ask question', value: 'Answer a question with quoted passages' },
      { name: '/sources', value: 'List the articles' },
      { name: 'Try', value: '• /ask question: Will European troops go to Ukraine?' },
    ])
  })

  it('keeps 40 long commands within limits', () => {
    const commands = Array.from({ length: 40 }, (_, i) => ({ usage: `/c${i} ${'u'.repeat(300)}`, description: 'd'.repeat(2000) }))
    const message = renderDiscordReply({ kind: 'help', commands, examples: [] })
    expectWithinDiscordLimits(message)
    expect(message.embeds[0]!.fields!.length).toBe(4)
  })

  it.each([
    ['error', colors.error],
    ['info', colors.info],
  ] as const)('renders a %s notice, escaped, ephemeral when asked', (tone, color) => {
    expect(renderDiscordReply({ kind: 'notice', tone, message: 'Nothing about “@here”.' }, { ephemeral: true })).toEqual({
      embeds: [{ description: 'Nothing about “@\u200bhere”.', color }],
      components: [],
      allowed_mentions: { parse: [] },
      flags: 64,
    })
  })

  it('cuts an over-long notice', () => {
    const message = renderDiscordReply({ kind: 'notice', tone: 'info', message: 'This is long. '.repeat(400) })
    expectWithinDiscordLimits(message)
    expect(message.embeds[0]!.description!.endsWith('This is long. …')).toBe(true)
  })
})
