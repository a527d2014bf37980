// The real bot (discord.js client, dispatcher, /ask) against a Discord-compatible server on
// 127.0.0.1, over the seeds read by meaning (SEMANTIC): the sentence encoder's thread answers
// a question the words alone refuse, with the article's own words, and pings nobody.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commands } from '../../commands/index.ts'
import { Coverage } from '../../src/coverage.ts'
import { startBot, type RunningBot } from '../../src/discord/client.ts'
import { createLogger } from '../../src/log.ts'
import type { DiscordMessage } from '../../src/render/discord.ts'
import { FakeDiscord, type RecordedRequest } from './fakeDiscord.ts'

const SEEDS = path.resolve(import.meta.dirname, '../../seeds')
// The encoder's model loads and 31 passages are embedded first: seconds, more on a busy machine.
const SLOW = 60_000

let fake: FakeDiscord
let bot: RunningBot
let coverage: Coverage

beforeAll(async () => {
  fake = await FakeDiscord.start()
  coverage = await Coverage.load(SEEDS, { cacheDir: mkdtempSync(path.join(tmpdir(), 'cb-meaning-e2e-')), semantic: 'on' })
  expect(await coverage.meaningReady()).toBe(true)
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() })
  bot = await startBot({
    config: { discordToken: 'fake-token-meaning', discordApiUrl: fake.apiUrl, rateLimitBurst: 5, rateLimitPerSeconds: 30 },
    coverage,
    logger: createLogger('info', quiet),
    commands,
  })
}, SLOW)

afterAll(async () => {
  await bot?.stop()
  await fake?.close()
  await coverage?.close()
})

const body = (request: RecordedRequest) => request.body as { type: number; data: DiscordMessage & { allowed_mentions?: { parse: string[] } } }

describe('/ask over coverage read by meaning', () => {
  it('answers in other words what the words alone miss, quoting the article', { timeout: SLOW }, async () => {
    const question = 'What does Russia think of the guarantees?'
    // From the words alone, a Trump quote comes first ("think" and "guarantees" are everywhere).
    expect(coverage.ask(question).results[0]?.passage.text ?? '').not.toContain('strong opposition from the Kremlin')
    const payload = fake.chatInput('ask', { question })
    fake.sendInteraction(payload)
    const [callback] = await fake.responsesTo(payload, 1)
    const { type, data } = body(callback!)
    expect(type).toBe(4)
    const text = JSON.stringify(data.embeds)
    expect(text).toContain('strong opposition from the Kremlin')
    expect(data.allowed_mentions).toEqual({ parse: [] })
  })
})
