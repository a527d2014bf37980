// Structured logs (pino: JSON lines, cheap when disabled). The token is redacted wherever it appears.
import { pino, type Logger } from 'pino'
import type { LogLevel } from './config.ts'

export type { Logger }

export function createLogger(level: LogLevel = 'info', destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { app: 'coverage-bot' },
      redact: {
        paths: [
          'token',
          '*.token',
          'config.discordToken',
          'discordToken',
          // May carry a password.
          'config.databaseUrl',
          'databaseUrl',
          'headers.authorization',
          // A discord.js DiscordAPIError logged whole: its url holds the interaction token.
          'err.url',
          'err.requestBody',
          'error.url',
          'error.requestBody',
        ],
        censor: '[redacted]',
      },
    },
    // Logs go to stderr so the CLI's stdout stays pure JSON.
    destination ?? pino.destination(2),
  )
}

/**
 * A promise rejected with no handler ends a Node process. The bot answers from an immutable
 * snapshot, so a background task that fails (a reload, a poll, a library's own timer: minisearch's
 * vacuum once crashed an update) must not take the answers down with it: log it at error level,
 * where the operator looks, and keep serving. Returns a function that removes the handler.
 */
export function logUnhandledRejections(logger: Logger): () => void {
  const onRejection = (reason: unknown) => logger.error({ err: reason }, 'a background task failed (unhandled rejection); still serving')
  process.on('unhandledRejection', onRejection)
  return () => process.off('unhandledRejection', onRejection)
}
