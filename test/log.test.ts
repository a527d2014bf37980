import { Writable } from 'node:stream'
import { DiscordAPIError } from 'discord.js'
import { describe, expect, it } from 'vitest'
import { createLogger } from '../src/log.ts'

const TOKEN = 'bot-token-never-logged'
const INTERACTION_TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2'

function capture(): { lines: Record<string, unknown>[]; text: () => string; stream: Writable } {
  const lines: Record<string, unknown>[] = []
  let raw = ''
  const stream = new Writable({
    write(chunk, _encoding, done) {
      raw += String(chunk)
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  return { lines, text: () => raw, stream }
}

describe('createLogger', () => {
  it('writes JSON lines with the fields it is given', () => {
    const { lines, stream } = capture()
    createLogger('info', stream).child({ interactionId: '1', command: 'ask' }).info({ latencyMs: 12, outcome: 'replied' }, 'interaction')
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, app: 'coverage-bot', interactionId: '1', command: 'ask', latencyMs: 12, outcome: 'replied', msg: 'interaction' }),
    ])
  })

  it('never writes a token: config, headers, or the URL of a Discord API error', () => {
    const { text, stream } = capture()
    const log = createLogger('info', stream)
    const apiError = new DiscordAPIError(
      { message: 'Unknown interaction', code: 10062 },
      10062,
      404,
      'POST',
      `https://discord.com/api/v10/interactions/123/${INTERACTION_TOKEN}/callback`,
      { body: { type: 4 } },
    )
    log.info({ token: TOKEN }, 'a')
    log.info({ config: { discordToken: TOKEN } }, 'b')
    log.info({ discordToken: TOKEN }, 'c')
    log.info({ headers: { authorization: `Bot ${TOKEN}` } }, 'd')
    log.info({ shard: { token: TOKEN } }, 'e')
    log.error({ err: apiError }, 'f')
    log.error({ error: apiError }, 'g')
    expect(text()).not.toContain(TOKEN)
    expect(text()).not.toContain(INTERACTION_TOKEN)
    expect(text()).toContain('Unknown interaction')
  })
})
