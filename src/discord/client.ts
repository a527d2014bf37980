// The real discord.js client: Guilds intent only (slash commands need nothing more), REST and
// therefore the gateway URL (from GET /gateway/bot) taken from DISCORD_API_URL, and no pings
// client-wide as a second line of defence behind each message's own allowed_mentions.
import { once } from 'node:events'
import { setTimeout as sleep } from 'node:timers/promises'
import { Client, Events, GatewayIntentBits } from 'discord.js'
import type { Command, CommandContext } from '../../commands/command.ts'
import { commands as allCommands } from '../../commands/index.ts'
import type { Config } from '../config.ts'
import type { Coverage } from '../coverage.ts'
import type { Logger } from '../log.ts'
import type { QuestionLog } from '../store/questionLog.ts'
import { createDispatcher } from './dispatch.ts'

export interface StartBotOptions {
  config: Pick<Config, 'discordToken' | 'discordApiUrl' | 'rateLimitBurst' | 'rateLimitPerSeconds'>
  coverage: Coverage
  logger: Logger
  /** Defaults to every command in commands/index.ts. */
  commands?: readonly Command[]
  /** Where questions and 👍/👎 are kept (replies then carry feedback buttons); the caller closes it. */
  questionLog?: QuestionLog
  /** For /add; without it /add says adding links is not available. */
  ingest?: CommandContext['ingest']
}

export interface StopOptions {
  /** How long to wait for interactions in flight to be answered before disconnecting anyway. */
  drainMs?: number
}

export interface RunningBot {
  client: Client<true>
  /**
   * Answers what is in flight (up to `drainMs`, default 5 s; anything arriving meanwhile gets a
   * short "restarting" notice), then closes the gateway connection; the process can then exit.
   */
  stop(options?: StopOptions): Promise<void>
}

/** Logs in and resolves once the client is ready (READY and every guild received). */
export async function startBot({ config, coverage, logger, commands = allCommands, questionLog, ingest }: StartBotOptions): Promise<RunningBot> {
  if (!config.discordToken) throw new Error('DISCORD_TOKEN is required to connect to Discord (see .env.example)')
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.discordApiUrl },
    allowedMentions: { parse: [] },
  })
  const log = logger.child({ component: 'discord' })
  let stopping = false
  const dispatch = createDispatcher({
    commands,
    coverage,
    logger: log,
    rateLimit: { burst: config.rateLimitBurst, perSeconds: config.rateLimitPerSeconds },
    isClosing: () => stopping,
    ...(questionLog ? { questionLog } : {}),
    ...(ingest ? { ingest } : {}),
  })

  // dispatch() never rejects (it is the error boundary); the catch is for a bug in it.
  const inFlight = new Set<Promise<unknown>>()
  client.on(Events.InteractionCreate, (interaction) => {
    const work = dispatch(interaction).catch((error: unknown) => log.error({ err: error }, 'dispatcher failed'))
    inFlight.add(work)
    void work.finally(() => inFlight.delete(work))
  })
  client.on(Events.Error, (error) => log.error({ err: error }, 'client error'))
  client.on(Events.Warn, (message) => log.warn(message))
  client.on(Events.ShardError, (error, shardId) => log.warn({ err: error, shardId }, 'gateway connection error'))
  client.on(Events.ShardDisconnect, (event, shardId) =>
    log.error({ code: event.code, shardId }, 'gateway closed for good (bad token or intents?)'),
  )
  client.on(Events.ShardReconnecting, (shardId) => log.info({ shardId }, 'reconnecting to the gateway'))
  client.on(Events.ShardResume, (shardId) => log.info({ shardId }, 'gateway session resumed'))

  const ready = once(client, Events.ClientReady)
  ready.catch(() => {}) // awaited below; this only keeps an early 'error' from being reported as unhandled
  try {
    await client.login(config.discordToken)
    await ready
  } catch (error) {
    await client.destroy()
    throw error
  }
  const readyClient = client as Client<true>
  log.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'connected to Discord')

  return {
    client: readyClient,
    async stop({ drainMs = 5000 }: StopOptions = {}) {
      stopping = true
      const deadline = Date.now() + drainMs
      // Interactions arriving while we wait are answered too (quickly: "restarting"), hence the loop.
      while (inFlight.size > 0 && Date.now() < deadline) {
        const timeLeft = new AbortController()
        await Promise.race([
          Promise.allSettled([...inFlight]),
          sleep(deadline - Date.now(), undefined, { signal: timeLeft.signal }).catch(() => {}),
        ])
        timeLeft.abort()
      }
      if (inFlight.size > 0) log.warn({ unanswered: inFlight.size, drainMs }, 'stopping with interactions still in flight')
      client.removeAllListeners()
      await client.destroy()
      log.info('disconnected from Discord')
    },
  }
}
