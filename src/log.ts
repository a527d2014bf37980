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
