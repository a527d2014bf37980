// Bad input, every command and option, on all three faces: Discord (the real client against the
// fake server), the local console and the CLI. Each gets a clear reply within Discord's limits,
// no exception escapes, and nothing a member typed can format, link or ping.
import path from 'node:path'
import { expectWithinDiscordLimits } from '../helpers/discordLimits.ts'
import { PassThrough, Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli.ts'
import { startConsole } from '../../src/console.ts'
import { Coverage } from '../../src/coverage.ts'
import { startBot, type RunningBot } from '../../src/discord/client.ts'
import { discordLimits } from '../../src/discordLimits.ts'
import { INPUT_MAX, type InputKind } from '../../src/input.ts'
import { createLogger } from '../../src/log.ts'
import { type DiscordMessage } from '../../src/render/discord.ts'
import { FakeDiscord, snowflake, type InteractionPayload, type RecordedRequest } from './fakeDiscord.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SEEDS = path.join(ROOT, 'seeds')
const APOLOGY = /sorry, something went wrong/i

// ---------------------------------------------------------------------------------------------
// The inputs. `text` gets the option's maximum length; `forbid` must not survive into a reply.

/** Letters and spaces, exactly `length` characters, ending on a letter. */
const wordsOfLength = (length: number) => 'troops ukraine '.repeat(Math.ceil(length / 15)).slice(0, length - 1) + 's'

interface BadInput {
  label: string
  text: (max: number) => string
  /** What the engine says: refused with this message, or anything clear (an answer, "not covered"). */
  refused?: RegExp
  /** Substrings that must not appear in any text a reply shows (raw markdown, live links, pings). */
  forbid?: string[]
}

const EMPTY = /^Please type a \w+, for example/
const NO_WORDS = /^There are no words to look for in that \w+/
const TOO_LONG = /^That \w+ is \d+ characters long; please keep it to \d+ or fewer\.$/

const inputs: BadInput[] = [
  { label: 'empty', text: () => '', refused: EMPTY },
  { label: 'whitespace only', text: () => ' \t \u00a0 ', refused: EMPTY },
  { label: 'one character', text: () => 'a' },
  { label: 'exactly the maximum length', text: (max) => wordsOfLength(max) },
  { label: 'one over the maximum', text: (max) => wordsOfLength(max + 1), refused: TOO_LONG },
  { label: '10,000 characters', text: () => wordsOfLength(10_000), refused: TOO_LONG },
  { label: 'only punctuation', text: () => '?!.,;:…—()', refused: NO_WORDS },
  { label: 'emoji', text: () => '🇺🇦🔥😀👍🏽', refused: NO_WORDS },
  { label: 'zalgo', text: () => 'Z̷̢̛̖̗̤̈́̆̀a̴̡̖̦̓̐l̶̙̈́g̵̪̃o̷̤͑ t̸r̵o̴o̷p̶s̴' },
  { label: 'right-to-left', text: () => 'من سيرسل قوات إلى أوكرانيا؟ \u202eשלום\u202c' },
  { label: 'control characters and NUL', text: () => 'troops\u0000\u0007\u001b[31m Ukraine\u0008\r\n\u0085' },
  { label: 'bold and spoiler markdown', text: () => '**bold** ||spoiler|| __under__', forbid: ['**bold**', '||spoiler||', '__under__'] },
  { label: 'a code fence', text: () => '```js\nalert(1)\n``` troops', forbid: ['```'] },
  { label: 'a heading', text: () => '# heading troops', forbid: ['\n# heading'] },
  { label: 'mentions', text: () => '@everyone @here <@123> <@!123> <@&456> <#789> troops' },
  { label: 'links', text: () => 'https://evil.example/phish [free](http://evil.example) troops', forbid: ['https://evil.example', 'http://evil.example'] },
  { label: 'regex metacharacters', text: () => '(.* troops [ \\' },
  { label: 'a lone bracket', text: () => '[', refused: NO_WORDS },
  { label: 'a backslash', text: () => '\\', refused: NO_WORDS },
  { label: 'a double quote', text: () => '"', refused: NO_WORDS },
  { label: 'query operators', text: () => 'troops AND Ukraine OR -Russia NOT "peace' },
  { label: 'a lone minus', text: () => '-', refused: NO_WORDS },
  { label: 'Cyrillic', text: () => 'Зеленський' },
  { label: 'numbers only', text: () => '2025' },
  { label: 'a name that is also a common word', text: () => 'Mark' },
]

/** Every string a reply shows a member. */
function shownTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(shownTexts)
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (key === 'custom_id' || key === 'url' ? [] : shownTexts(v)))
  }
  return []
}

/** No ping, no raw markdown or live link from the input, no control character. */
function expectHarmless(texts: string[], input: BadInput): void {
  for (const text of texts) {
    expect(text).not.toMatch(/@(everyone|here)/)
    expect(text).not.toMatch(/<(@[!&]?|#)\d+>/)
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
    for (const forbidden of input.forbid ?? []) expect(text).not.toContain(forbidden)
  }
}

/** Every Discord limit on one message payload, and something to read. */
function expectWithinLimits(data: DiscordMessage): void {
  expect(data.embeds.length).toBeGreaterThan(0)
  expectWithinDiscordLimits(data)
}

/** What the engine refused with, shown as a notice: the description of its one embed. */
const noticeOf = (data: DiscordMessage) => data.embeds[0]?.description ?? ''

// ---------------------------------------------------------------------------------------------
// Where each input goes: every string option of every command.

interface Target {
  label: string
  kind: InputKind
  /** The Discord interaction carrying the input. */
  discord: (fake: FakeDiscord, text: string) => InteractionPayload
  /** The console line, or none where the console has no such option. */
  console?: (text: string) => string
  cli: (text: string) => string[]
  /** Autocomplete answers with choices, never a message. */
  autocomplete?: boolean
  /** Not an engine input but a name to find: anything that names no article is refused as unknown. */
  lookup?: boolean
}

const targets: Target[] = [
  {
    label: '/ask question',
    kind: 'question',
    discord: (fake, text) => fake.chatInput('ask', { question: text }),
    console: (text) => `/ask ${text}`,
    cli: (text) => ['ask', text],
  },
  {
    label: '/compare question',
    kind: 'question',
    discord: (fake, text) => fake.chatInput('compare', { question: text }),
    console: (text) => `/compare ${text}`,
    cli: (text) => ['compare', text],
  },
  {
    label: '/leader name',
    kind: 'name',
    discord: (fake, text) => fake.chatInput('leader', { name: text }),
    console: (text) => `/leader ${text}`,
    cli: (text) => ['leader', text],
  },
  {
    label: '/leader name (autocomplete)',
    kind: 'name',
    discord: (fake, text) => fake.autocomplete('leader', 'name', text),
    cli: (text) => ['leader', text, '--json'],
    autocomplete: true,
  },
  {
    label: '/excerpt query',
    kind: 'query',
    discord: (fake, text) => fake.chatInput('excerpt', { query: text }),
    console: (text) => `/excerpt ${text}`,
    cli: (text) => ['excerpt', text],
  },
  {
    label: '/excerpt source',
    kind: 'source',
    discord: (fake, text) => fake.chatInput('excerpt', { query: 'security guarantees', source: text }),
    cli: (text) => ['excerpt', 'security guarantees', '--source', text],
    lookup: true,
  },
  {
    label: '/excerpt source (autocomplete)',
    kind: 'source',
    discord: (fake, text) => fake.autocomplete('excerpt', 'source', text, { query: 'troops' }),
    cli: (text) => ['excerpt', text, '--json'],
    autocomplete: true,
  },
  {
    label: 'Find coverage (a message)',
    kind: 'question',
    discord: (fake, text) => fake.messageCommand('Find coverage', text),
    console: (text) => text.replace(/^\s*\//, ''), // a bare line is a question
    cli: (text) => ['ask', text, '--json'],
  },
]

const cases = targets.flatMap((target) => inputs.map((input) => ({ target, input, text: input.text(INPUT_MAX[target.kind]) })))
const name = (c: (typeof cases)[number]) => `${c.target.label} ← ${c.input.label}`

// ---------------------------------------------------------------------------------------------

let coverage: Coverage
let fake: FakeDiscord
let bot: RunningBot
const logLines: Record<string, unknown>[] = []

beforeAll(async () => {
  coverage = await Coverage.load(SEEDS)
  fake = await FakeDiscord.start()
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line))
      done()
    },
  })
  bot = await startBot({
    config: { discordToken: 'fake-token-bad-input', discordApiUrl: fake.apiUrl, rateLimitBurst: 0, rateLimitPerSeconds: 3 },
    coverage,
    logger: createLogger('info', logStream),
  })
})

afterAll(async () => {
  await bot?.stop({ drainMs: 0 })
  await fake?.close()
})

describe('Discord', () => {
  it.each(cases.map((c) => [name(c), c] as const))('%s', async (_name, { target, input, text }) => {
    const payload = fake.sendInteraction({ ...target.discord(fake, text), member: { ...fake.member, user: { ...fake.member.user, id: snowflake() } } })
    await fake.waitFor(() => (fake.accepted(payload).length ? true : undefined), 5000, 'the reply')
    const line = await fake.waitFor(() => logLines.find((l) => l.interactionId === payload.id && l.msg === 'interaction'))
    expect(line.outcome).not.toBe('error')
    const [callback, ...rest] = fake.accepted(payload) as RecordedRequest[]
    expect(rest).toEqual([])
    const { type, data } = callback!.body as { type: number; data: DiscordMessage & { choices?: { name: string; value: string }[] } }

    if (target.autocomplete) {
      expect(type).toBe(8)
      const choices = data.choices!
      expect(choices.length).toBeLessThanOrEqual(discordLimits.autocompleteChoices)
      for (const choice of choices) {
        expect(choice.name.length).toBeGreaterThan(0)
        expect(choice.name.length).toBeLessThanOrEqual(discordLimits.choiceName)
        expect(choice.value.length).toBeGreaterThan(0)
        expect(choice.value.length).toBeLessThanOrEqual(discordLimits.choiceValue)
      }
      return
    }
    expect(type).toBe(4)
    expectWithinLimits(data)
    expectHarmless(shownTexts(data.embeds), input)
    expect(noticeOf(data)).not.toMatch(APOLOGY)
    if (input.refused && !target.lookup) expect(noticeOf(data)).toMatch(input.refused)
    if (target.lookup && input.refused !== EMPTY) expect(noticeOf(data)).toMatch(/^There is no article called|^Please|^That source is/)
  })
})

describe('the local console', () => {
  const consoleCases = cases.filter((c) => c.target.console)

  it.each(consoleCases.map((c) => [name(c), c] as const))('%s', async (_name, { target, input, text }) => {
    const input$ = new PassThrough()
    const output = new PassThrough()
    let printed = ''
    output.on('data', (chunk) => (printed += chunk))
    const errors: unknown[] = []
    const logger = createLogger('error', new Writable({ write: (chunk, _e, done) => (errors.push(String(chunk)), done()) }))
    const { closed } = startConsole({ coverage, input: input$, output, logger })
    input$.end(`${target.console!(text)}\n`)
    await closed
    expect(errors).toEqual([])
    expect(printed).not.toMatch(APOLOGY)
    if (text.trim()) expect(printed.trim()).not.toBe('')
    // A terminal shows what it is sent: no escape sequences or control characters from the input.
    expect(printed).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
    if (input.refused && printed.trim() && !text.includes("\n")) expect(printed).toMatch(new RegExp(`^! ${input.refused.source.slice(1)}`, 'm'))
  })
})

describe('the CLI', () => {
  const env = { CORPUS_DIR: SEEDS }

  it.each(cases.map((c) => [name(c), c] as const))('%s', async (_name, { target, input, text }) => {
    const argv = target.cli(text)
    const { code, stdout, stderr } = await runCli(argv, env)
    expect(stderr).not.toContain('failed unexpectedly')
    expect([0, 2]).toContain(code)
    const shown = code === 0 ? stdout : argv.includes('--json') ? stdout : stderr
    expect(shown.trim()).not.toBe('')
    expect(shown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
    if (argv.includes('--json')) {
      const body = JSON.parse(stdout)
      if (code === 2) expect(body.error.message).toMatch(input.refused ?? /./)
    } else if (input.refused && !target.lookup) {
      expect(code).toBe(2)
      expect(stderr).toMatch(input.refused)
    }
  })
})
