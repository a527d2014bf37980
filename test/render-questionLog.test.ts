// The question log's Discord faces at Discord's limits: 👍/👎 beside More/Share, the 👎 form, and
// /gaps and /stats with far more than fits.
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { Coverage } from '../src/coverage.ts'
import { feedbackButtonId, feedbackModalId, parseAskButtonId, parseFeedbackButtonId, parseFeedbackModalId } from '../src/discord/customIds.ts'
import { discordLimits } from '../src/discordLimits.ts'
import { renderDiscordReply, renderFeedbackModal } from '../src/render/discord.ts'
import type { Gap } from '../src/store/gaps.ts'
import type { StatsReport } from '../src/store/questionLog.ts'
import { expectWithinDiscordLimits } from './helpers/discordLimits.ts'

let coverage: Coverage
beforeAll(async () => {
  coverage = await Coverage.load(path.resolve(import.meta.dirname, '../seeds'))
})

const QUESTION_ID = 'AbCdEfGhIjKl'

describe('👍 and 👎 buttons', () => {
  it('sit after More and Share on a private answer: four buttons, one row, ids within 100 characters', () => {
    const answer = coverage.ask('security guarantees for Ukraine', { limit: 3 })
    const message = renderDiscordReply({ kind: 'answer', answer, offset: 0, suggestions: [] }, { ephemeral: true, answerId: 'answer01', feedbackId: QUESTION_ID })
    expectWithinDiscordLimits(message)
    expect(message.components).toHaveLength(1)
    expect(message.components[0]!.components.map((b) => b.custom_id)).toEqual(['ask:more:answer01:3', 'ask:share:answer01:0', `fb:up:${QUESTION_ID}`, `fb:down:${QUESTION_ID}`])
  })

  it('a "not covered" answer and an excerpt get them too; nothing without a question id', () => {
    const notCovered = coverage.ask('Who won the 2022 football World Cup?')
    expect(renderDiscordReply({ kind: 'answer', answer: notCovered, offset: 0, suggestions: [] }, { feedbackId: QUESTION_ID }).components[0]!.components.map((b) => b.custom_id)).toEqual([
      `fb:up:${QUESTION_ID}`,
      `fb:down:${QUESTION_ID}`,
    ])
    const result = coverage.excerpt('boots on the ground')!
    expect(renderDiscordReply({ kind: 'excerpt', query: 'boots on the ground', result }, { feedbackId: QUESTION_ID }).components).toHaveLength(1)
    expect(renderDiscordReply({ kind: 'excerpt', query: 'boots on the ground', result }).components).toEqual([])
  })

  it.each([
    ['fb:up:AbCdEfGhIjKl', { vote: 'up', questionId: 'AbCdEfGhIjKl' }],
    ['fb:down:a-b_c', { vote: 'down', questionId: 'a-b_c' }],
    ['fb:sideways:AbCdEfGhIjKl', undefined],
    ['fb:up:', undefined],
    [`fb:up:${'x'.repeat(41)}`, undefined],
    ['fb:up:a b', undefined],
  ])('parses %s', (customId, expected) => {
    expect(parseFeedbackButtonId(customId)).toEqual(expected)
    if (expected) expect(feedbackButtonId(expected as never)).toBe(customId)
  })

  it('feedback ids and paging ids never parse as each other', () => {
    expect(parseAskButtonId(feedbackButtonId({ vote: 'up', questionId: QUESTION_ID }))).toBeUndefined()
    expect(parseFeedbackButtonId('ask:more:answer01:3')).toBeUndefined()
    expect(parseFeedbackModalId(feedbackModalId(QUESTION_ID))).toBe(QUESTION_ID)
    expect(parseFeedbackModalId(`fb:up:${QUESTION_ID}`)).toBeUndefined()
  })
})

describe('the 👎 form', () => {
  it('fits Discord: title, label, description, one optional paragraph of at most 300 characters', () => {
    const modal = renderFeedbackModal(QUESTION_ID)
    expect(modal.title.length).toBeLessThanOrEqual(discordLimits.modalTitle)
    expect(modal.custom_id.length).toBeLessThanOrEqual(discordLimits.customId)
    const label = modal.components[0] as unknown as { label: string; description: string; component: { max_length: number; required: boolean; style: number; custom_id: string } }
    expect(label.label.length).toBeLessThanOrEqual(discordLimits.labelText)
    expect(label.description.length).toBeLessThanOrEqual(discordLimits.labelDescription)
    expect(label.component).toMatchObject({ max_length: 300, required: false, style: 2, custom_id: 'comment' })
    expect(label.component.max_length).toBeLessThanOrEqual(discordLimits.textInputValue)
  })
})

describe('/gaps at the limits', () => {
  const long = (n: number, i: number) => `**@everyone** <@123> [link](https://example.org/${i}) ${'who pays for the troops '.repeat(20)}`.slice(0, n)
  const gaps: Gap[] = Array.from({ length: 200 }, (_, i) => ({
    example: `${i} ${long(300, i)}`,
    count: 200 - i,
    notCovered: 150 - i / 2,
    closest: 10,
    thumbsDown: 3,
    wordings: Array.from({ length: 5 }, (_, j) => long(300, j)),
    comments: Array.from({ length: 10 }, (_, j) => long(300, j)),
    lastAsked: '2026-12-01T10:00:00.000Z',
  }))

  it('keeps within every limit, most asked first, and says how many groups are left out', () => {
    const message = renderDiscordReply({ kind: 'gaps', report: { days: 90, questions: 50_000, gaps } }, { ephemeral: true })
    expectWithinDiscordLimits(message)
    const embed = message.embeds[0]!
    expect(embed.fields!.length).toBeGreaterThan(0)
    expect(embed.fields![0]!.name.startsWith('1. 200× “0 ')).toBe(true)
    expect(embed.footer!.text).toBe(`…and ${200 - embed.fields!.length} more groups: npx coverage-bot gaps --json lists them all`)
    // Member text never pings or links.
    const text = JSON.stringify(message.embeds)
    expect(text).not.toMatch(/@everyone(?!\u200b)/)
    expect(text).not.toContain('https://example')
  })

  it('says so when nothing is missing, or nothing was asked', () => {
    expect(renderDiscordReply({ kind: 'gaps', report: { days: 7, questions: 12, gaps: [] } }).embeds[0]!.description).toBe('12 questions asked, every one answered and none given a 👎.')
    expect(renderDiscordReply({ kind: 'gaps', report: { days: 1, questions: 0, gaps: [] } }).embeds[0]).toMatchObject({ title: 'What the coverage lacks: the last 1 day', description: 'No questions were asked in this period.' })
  })
})

describe('/stats at the limits', () => {
  it('a year of days and long names keep within every limit, the latest days shown', () => {
    const perDay = Array.from({ length: 365 }, (_, i) => ({ day: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), questions: 1000 + i }))
    const report: StatsReport = {
      days: 365,
      questions: 500_000,
      perDay,
      outcomes: { answered: 300_000, closest: 100_000, not_covered: 100_000 },
      shareAnswered: 0.8,
      feedback: { up: 1234, down: 56 },
      people: Array.from({ length: 10 }, (_, i) => ({ name: `${'Maximilian '.repeat(20)}${i}`, lookups: 100 - i })),
      latencyMs: { p50: 3.2, p99: 41.5 },
    }
    const message = renderDiscordReply({ kind: 'stats', report }, { ephemeral: true })
    expectWithinDiscordLimits(message)
    const fields = Object.fromEntries(message.embeds[0]!.fields!.map((f) => [f.name, f.value]))
    expect(fields['Answered']).toBe('80% of 500000 questions (answered 300000, the closest the coverage comes 100000, not covered 100000)')
    expect(fields['Answer time']).toBe('p50 3.2 ms · p99 41.5 ms')
    const days = fields['Questions per day (the latest 60)']!.split('\n')
    expect(days).toHaveLength(60)
    expect([days[0], days.at(-1)]).toEqual(['2026-11-02: 1305', '2026-12-31: 1364'])
  })
})
