// Issue #14 items 4 and 5: /compare (the best passage per outlet, newest first, and who does not
// report it) and dates in answers ("first reported by", since:), over a corpus of four outlets.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import ask from '../commands/ask.ts'
import compare from '../commands/compare.ts'
import type { CommandContext } from '../commands/command.ts'
import { runCli } from '../src/cli.ts'
import { Coverage } from '../src/coverage.ts'
import { discordLimits } from '../src/discordLimits.ts'
import { embedsLength, renderDiscordReply } from '../src/render/discord.ts'
import { renderTerminal } from '../src/render/terminal.ts'
import type { AnswerReply, CompareReply } from '../src/replies.ts'

const OUTLETS = path.resolve(import.meta.dirname, 'fixtures/outlets')
const HARBOUR = 'harbour-times-2025-08-18-valmora-dockers-walk-out.txt'
const COASTAL = 'coastal-post-2025-08-19-ships-wait-at-valmora.txt'
const LEDGER = 'daily-ledger-2025-08-21-valmora-talks.txt'
let coverage: Coverage
let context: CommandContext

beforeAll(async () => {
  coverage = await Coverage.load(OUTLETS)
  context = { coverage, userId: 'test', canManageServer: false }
})

describe('compare', () => {
  it('gives the best passage from each outlet that reports it, newest first, and names the outlets that do not', () => {
    const c = coverage.compare('When will talks resume?')
    expect(c).toMatchObject({ question: 'When will talks resume?', answered: true, confidence: 'high', by: 'outlet', notReporting: ['Harbour Times', 'Weather Weekly'] })
    // Daily Ledger's paragraphs are one sentence each: its lead and the next are one passage.
    expect(c.entries.map((e) => [e.article.outlet, e.article.published, e.passage.text])).toEqual([
      [
        'Daily Ledger',
        '2025-08-21',
        "Talks between the union and the port authority broke down on Thursday after the authority refused to pay a night-shift bonus.\n\nThe union's leader, Marco Dellis, said the strike would continue into next week.",
      ],
      ['Coastal Post', '2025-08-19T07:30:00.000Z', 'Talks between the union and the port authority are due to resume on Thursday in the town hall.'],
    ])
  })

  it('one passage per outlet, even when an outlet has several good ones', () => {
    const c = coverage.compare('How many ships are waiting at anchor?')
    expect(c.entries.map((e) => e.article.outlet)).toEqual(['Coastal Post', 'Harbour Times'])
    expect(c.notReporting).toEqual(['Daily Ledger', 'Weather Weekly'])
  })

  it('is not covered when the coverage does not answer', () => {
    expect(coverage.compare('Who won the 2022 World Cup?')).toEqual({ question: 'Who won the 2022 World Cup?', answered: false, by: 'outlet', entries: [], notReporting: [] })
  })

  it('not covered on Discord says so plainly', async () => {
    const message = renderDiscordReply(await compare.run({ question: 'Who won the 2022 World Cup?' }, context))
    expect(message.embeds).toEqual([{ title: 'The coverage does not say', description: '**Q:** Who won the 2022 World Cup?\n\nNo outlet in the coverage reports on this.', color: 0x99aab5 }])
  })

  it('compares article by article when no article names its outlet', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cb-compare-'))
    await writeFile(path.join(dir, 'a.txt'), 'Talks between the union and the port are due to resume on Thursday.\n\nMore text follows here.\n')
    await writeFile(path.join(dir, 'b.txt'), 'The union said talks would resume on Thursday at noon.\n\nOther news.\n')
    const c = (await Coverage.load(dir)).compare('When will talks resume?')
    expect(c.by).toBe('article')
    expect(c.entries.map((e) => e.article.source).sort()).toEqual(['a.txt', 'b.txt'])
    expect(c.notReporting).toEqual([])
  })

  it('renders side by side on Discord: one inline field per outlet (outlet · date), the title linked, within every limit', async () => {
    const reply = await compare.run({ question: 'When will talks resume?' }, context)
    const message = renderDiscordReply(reply)
    expect(message.allowed_mentions).toEqual({ parse: [] })
    expect(message.embeds[0]).toEqual({
      title: 'How the coverage reports it: 2 outlets',
      description: '**Q:** When will talks resume?\n\n**Not reported by:** Harbour Times, Weather Weekly',
      color: 0x3b82f6,
      fields: [
        {
          name: 'Daily Ledger · 21 Aug 2025',
          // Its passage holds two paragraphs: quoted on one line, as Discord shows whitespace.
          value: `> Talks between the union and the port authority broke down on Thursday after the authority refused to pay a night-shift bonus. The union's leader, Marco Dellis, said the strike would continue into next week.\nValmora port talks break down (${LEDGER})`,
          inline: true,
        },
        {
          name: 'Coastal Post · 19 Aug 2025',
          value: '> Talks between the union and the port authority are due to resume on Thursday in the town hall.\n[Ships wait at Valmora as strike enters second day](https://coastalpost.example/news/ships-wait-at-valmora)',
          inline: true,
        },
      ],
      footer: { text: 'Best passage from each outlet, newest first · quoted verbatim' },
    })
  })

  it('stays within 6,000 characters with nine outlets of long passages and mentions in their names', () => {
    const long = 'The strike went on @everyone. '.repeat(60)
    const entries = Array.from({ length: 9 }, (_, i) => ({
      passage: { id: i, source: `f${i}.txt`, position: 0, text: long, sentences: [] },
      article: { source: `f${i}.txt`, title: `Title ${i} `.repeat(30), outlet: `Outlet ${i} <@123>`, url: `https://o${i}.example/a`, published: '2025-08-19', body: long },
      score: 1,
      answerSentence: long,
      alsoReportedBy: [],
    }))
    const reply: CompareReply = { kind: 'compare', comparison: { question: 'q?', answered: true, confidence: 'high', by: 'outlet', entries, notReporting: ['X'.repeat(2000)] } }
    const [embed] = renderDiscordReply(reply).embeds
    expect(embedsLength([embed!])).toBeLessThanOrEqual(discordLimits.embedTotal)
    expect(embed!.fields).toHaveLength(9)
    for (const f of embed!.fields!) {
      expect(f.value.length).toBeLessThanOrEqual(discordLimits.embedFieldValue)
      expect(f.name.length).toBeLessThanOrEqual(discordLimits.embedFieldName)
      expect(f.name).not.toContain('<@123>')
    }
  })

  it('in a terminal and as compare --json', async () => {
    const text = renderTerminal(await compare.run({ question: 'When will talks resume?' }, context))
    expect(text).toBe(
      [
        'How the coverage reports “When will talks resume?”: the best passage from each outlet, newest first',
        '',
        '[1] Daily Ledger · 21 Aug 2025',
        // Two paragraphs, quoted on one line.
        "    “Talks between the union and the port authority broke down on Thursday after the authority refused to pay a night-shift bonus. The union's leader, Marco Dellis, said the strike would continue into next week.”",
        `    Valmora port talks break down (${LEDGER})`,
        '',
        '[2] Coastal Post · 19 Aug 2025',
        '    “Talks between the union and the port authority are due to resume on Thursday in the town hall.”',
        '    Ships wait at Valmora as strike enters second day (https://coastalpost.example/news/ships-wait-at-valmora)',
        '',
        'Not reported by: Harbour Times, Weather Weekly',
      ].join('\n'),
    )
    const cache = await mkdtemp(path.join(tmpdir(), 'cb-compare-cache-'))
    const { code, stdout } = await runCli(['compare', 'When will talks resume?', '--json', '--corpus', OUTLETS], { CACHE_DIR: cache })
    expect(code).toBe(0)
    const body = JSON.parse(stdout)
    expect(body).toMatchObject({ question: 'When will talks resume?', answered: true, confidence: 'high', by: 'outlet', notReporting: ['Harbour Times', 'Weather Weekly'] })
    expect(body.results).toEqual([
      { outlet: 'Daily Ledger', source: LEDGER, title: 'Valmora port talks break down', published: '2025-08-21', text: expect.stringMatching(/^Talks between the union and the port authority broke down/), answerSentence: expect.any(String), score: expect.any(Number) },
      { outlet: 'Coastal Post', source: COASTAL, title: 'Ships wait at Valmora as strike enters second day', url: 'https://coastalpost.example/news/ships-wait-at-valmora', published: '2025-08-19T07:30:00.000Z', text: expect.stringMatching(/^Talks between the union and the port authority are due/), answerSentence: expect.any(String), score: expect.any(Number) },
    ])
  })
})

describe('dates in answers', () => {
  it('the same fact reported twice: the earlier report is named "first reported by"', () => {
    const answer = coverage.ask('How many ships are waiting at anchor?')
    expect(answer.results[0]).toMatchObject({ article: { source: COASTAL }, alsoReportedBy: [HARBOUR], firstReportedBy: HARBOUR })
  })

  it('when the passage quoted is itself the earliest report, nothing is said first-reported', () => {
    const first = coverage.ask('How many workers joined the strike?').results[0]!
    expect(first.article.source).toBe(HARBOUR)
    expect(first.alsoReportedBy).toEqual([COASTAL])
    expect(first).not.toHaveProperty('firstReportedBy')
  })

  it('cites the earlier report on Discord, with its outlet and date in Sources', async () => {
    const reply = (await ask.run({ question: 'How many ships are waiting at anchor?' }, context)) as AnswerReply
    const embed = renderDiscordReply(reply).embeds[0]!
    expect(embed.description).toContain('\n— [1], first reported by [2] on 18 Aug 2025')
    expect(embed.fields![0]!.value.split('\n').slice(0, 2)).toEqual([
      '[1] [Ships wait at Valmora as strike enters second day](https://coastalpost.example/news/ships-wait-at-valmora) — Coastal Post, 19 Aug 2025',
      '[2] [Valmora dockers walk out over night shifts](https://harbourtimes.example/2025/08/18/valmora-dockers-walk-out) — Harbour Times, 18 Aug 2025',
    ])
    const text = renderTerminal(reply)
    expect(text).toContain(`    First reported by: ${HARBOUR} (Harbour Times, 18 Aug 2025)`)
  })

  it('ask --json gives firstReportedBy (additive)', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'cb-dates-cache-'))
    const { stdout } = await runCli(['ask', 'How many ships are waiting at anchor?', '--json', '--corpus', OUTLETS], { CACHE_DIR: cache })
    expect(JSON.parse(stdout).results[0]).toMatchObject({ source: COASTAL, published: '2025-08-19T07:30:00.000Z', alsoReportedBy: [HARBOUR], firstReportedBy: HARBOUR })
  })

  it('since limits the coverage searched (a date, or a span back from now); undated articles are left out', () => {
    const all = coverage.ask('When will talks resume?')
    expect(all.results.map((r) => r.article.source)).toEqual([COASTAL, LEDGER])
    const recent = coverage.ask('When will talks resume?', { since: Date.parse('2025-08-20') })
    expect(new Set(recent.results.map((r) => r.article.source))).toEqual(new Set([LEDGER]))
    expect(coverage.ask('Did the fish market open?').results[0]?.article.source).toBe('notes-without-header.txt')
    expect(coverage.ask('Did the fish market open?', { since: Date.parse('2025-01-01') }).results.map((r) => r.article.source)).not.toContain('notes-without-header.txt')
    expect(coverage.ask('When will talks resume?', { since: Date.parse('2025-09-01') })).toMatchObject({ answered: false, results: [] })
  })

  it('/ask since: says what it searched, and a bad since is a clear error', async () => {
    const reply = (await ask.run({ question: 'When will talks resume?', since: '2025-08-20' }, context)) as AnswerReply
    expect(reply.since).toEqual({ text: '2025-08-20', label: 'since 20 Aug 2025' })
    expect(renderDiscordReply(reply).embeds[0]!.description).toMatch(/^\*\*Q:\*\* When will talks resume\? · \*since 20 Aug 2025\*/)
    const none = (await ask.run({ question: 'When will talks resume?', since: '1d' }, context)) as AnswerReply
    expect(renderDiscordReply(none).embeds[0]!.description).toContain('No passage in the articles published in the last day answers this question.')
    await expect(async () => ask.run({ question: 'When will talks resume?', since: 'last week' }, context)).rejects.toThrow('“since” takes a number of days (7d), hours (24h) or weeks (2w), or a date like 2025-08-18; got “last week”.')
    // On the command line too: of the two reports on the talks, only the one since that day.
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'cb-since-'))
    const talks = async (...since: string[]) => JSON.parse((await runCli(['ask', 'What happened to the port talks?', ...since, '--json', '--corpus', OUTLETS], { CACHE_DIR: cacheDir })).stdout)
    expect((await talks()).results.map((r: { source: string }) => r.source)).toContain(COASTAL)
    expect(new Set((await talks('--since', '2025-08-20')).results.map((r: { source: string }) => r.source))).toEqual(new Set([LEDGER]))
  })

  it('since over a coverage with no dated article says so, not that the coverage does not answer', async () => {
    // The seeds carry no dates: "since 1 Jan 1970" left every article out and answered "not covered".
    const seeds = await Coverage.load(path.resolve(import.meta.dirname, '../seeds'))
    const undated = 'No article in the coverage has a publication date, so “since” leaves none to search: ask without it.'
    expect(() => seeds.ask('Who will send troops?', { since: 0 })).toThrow(undated)
    expect(() => seeds.compare('Who will send troops?', { since: 0 })).toThrow(undated)
    const { code, stdout } = await runCli(['ask', 'troops', '--since', '1970-01-01', '--json'], { CORPUS_DIR: path.resolve(import.meta.dirname, '../seeds'), CACHE_DIR: await mkdtemp(path.join(tmpdir(), 'cb-undated-')) })
    expect([code, JSON.parse(stdout)]).toEqual([2, { error: { code: 'BAD_OPTION', message: undated } }])
  })
})
