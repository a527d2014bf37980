import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { DiscordAPIError } from 'discord.js'
import { describe, expect, it } from 'vitest'
import { createLogger, logUnhandledRejections } from '../src/log.ts'

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

describe('logUnhandledRejections', () => {
  it('a rejected promise nobody handles is logged at error level, and the process keeps running', () => {
    // A real process: without the handler Node ends it with exit code 1 at the rejection.
    const dir = mkdtempSync(path.join(tmpdir(), 'rejection-'))
    const script = path.join(dir, 'reject.ts')
    const log = path.resolve(import.meta.dirname, '../src/log.ts')
    writeFileSync(
      script,
      `import { createLogger, logUnhandledRejections } from ${JSON.stringify(log)}
logUnhandledRejections(createLogger('info'))
Promise.reject(new Error('vacuum walked off the tree'))
setTimeout(() => process.stdout.write('still serving'), 50)
`,
    )
    try {
      const result = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      expect(result).toBe('still serving')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('the log line carries the error and its stack', () => {
    const { lines, stream } = capture()
    const stop = logUnhandledRejections(createLogger('info', stream))
    try {
      process.emit('unhandledRejection', new Error('vacuum walked off the tree'), Promise.resolve())
    } finally {
      stop()
    }
    expect(lines).toEqual([
      expect.objectContaining({ level: 50, msg: 'a background task failed (unhandled rejection); still serving', err: expect.objectContaining({ message: 'vacuum walked off the tree', stack: expect.stringContaining('Error: vacuum walked off the tree') }) }),
    ])
  })
})

