// The only reader of process.env: defaults merged once, a frozen typed object out,
// or one error that names every bad variable.
import path from 'node:path'
import { config as readEnvFile } from 'dotenv'
import { fileURLToPath } from 'node:url'
import { SEMANTIC_MODES, type SemanticMode } from './search/semantic.ts'

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export interface Config {
  discordToken?: string
  discordClientId?: string
  discordGuildId?: string
  /** REST base, e.g. https://discord.com/api (discord.js appends /v10). */
  discordApiUrl: string
  corpusDir: string
  cacheDir: string
  /** Rank by meaning too (a sentence encoder): on, off, or auto (on for a corpus of up to 2,000 passages, decided again at every reload). */
  semantic: SemanticMode
  logLevel: LogLevel
  /** Commands a member may run at once before the rate limit applies; 0 turns it off. */
  rateLimitBurst: number
  /** Seconds after which a member gets one more command (up to the burst). */
  rateLimitPerSeconds: number
  /** State kept between runs (git-ignored): the embedded database, the member-hash secret, the feed state. */
  dataDir: string
  /** postgres://… : keep the question log on a PostgreSQL server instead of the embedded database. */
  databaseUrl?: string
  /** Questions and feedback older than this many days are deleted. */
  retentionDays: number
  /** feeds.txt: the feeds to poll (a missing file: none). */
  feedsFile: string
  feedIntervalMinutes: number
  /** Let /add and feeds reach loopback and private addresses (tests; an intranet). */
  allowPrivateUrls: boolean
}

/** The repository root, so defaults work from any working directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const DEFAULT_API_URL = 'https://discord.com/api'

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

const SNOWFLAKE = /^\d{17,20}$/

/** Reads configuration from an environment (process.env by default); throws ConfigError listing every problem. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Readonly<Config> {
  const problems: string[] = []
  const value = (name: string) => {
    const v = env[name]?.trim()
    return v ? v : undefined
  }

  const token = value('DISCORD_TOKEN')
  const clientId = value('DISCORD_CLIENT_ID')
  const guildId = value('DISCORD_GUILD_ID')
  if (clientId && !SNOWFLAKE.test(clientId)) problems.push(`DISCORD_CLIENT_ID must be a numeric ID, got "${clientId}"`)
  if (guildId && !SNOWFLAKE.test(guildId)) problems.push(`DISCORD_GUILD_ID must be a numeric ID, got "${guildId}"`)

  const apiUrl = value('DISCORD_API_URL') ?? DEFAULT_API_URL
  try {
    const u = new URL(apiUrl)
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol')
  } catch {
    problems.push(`DISCORD_API_URL must be an http(s) URL, got "${apiUrl}"`)
  }

  const logLevel = (value('LOG_LEVEL') ?? 'info').toLowerCase()
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`)
  }

  const number = (name: string, fallback: string, min: number, max: number, what: string, integer = false) => {
    const raw = value(name) ?? fallback
    const n = Number(raw)
    if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      problems.push(`${name} must be ${what} from ${min} to ${max}, got "${raw}"`)
    }
    return n
  }
  const rateLimitBurst = number('RATE_LIMIT_BURST', '5', 0, 1000, 'a whole number', true)
  const rateLimitPerSeconds = number('RATE_LIMIT_PER_SECONDS', '3', 0.001, 3600, 'a number of seconds')
  const retentionDays = number('RETENTION_DAYS', '90', 1, 36500, 'a whole number of days', true)

  const semantic = (value('SEMANTIC') ?? 'auto').toLowerCase()
  if (!(SEMANTIC_MODES as readonly string[]).includes(semantic)) problems.push(`SEMANTIC must be one of ${SEMANTIC_MODES.join(', ')}, got "${semantic}"`)

  const databaseUrl = value('DATABASE_URL')
  if (databaseUrl && !/^postgres(ql)?:\/\/./.test(databaseUrl)) {
    // Never echo it: the URL may carry a password.
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL')
  }

  const intervalRaw = value('FEED_INTERVAL_MINUTES') ?? '30'
  const feedIntervalMinutes = Number(intervalRaw)
  if (!Number.isFinite(feedIntervalMinutes) || feedIntervalMinutes < 1 || feedIntervalMinutes > 1440) {
    problems.push(`FEED_INTERVAL_MINUTES must be a number of minutes from 1 to 1440, got "${intervalRaw}"`)
  }

  const allowPrivateRaw = (value('ALLOW_PRIVATE_URLS') ?? '0').toLowerCase()
  if (!['0', '1', 'true', 'false'].includes(allowPrivateRaw)) problems.push(`ALLOW_PRIVATE_URLS must be 1 or 0, got "${allowPrivateRaw}"`)

  if (problems.length) throw new ConfigError(problems)

  return Object.freeze({
    discordToken: token,
    discordClientId: clientId,
    discordGuildId: guildId,
    discordApiUrl: apiUrl.replace(/\/+$/, ''),
    corpusDir: path.resolve(value('CORPUS_DIR') ?? path.join(PROJECT_ROOT, 'seeds')),
    cacheDir: path.resolve(value('CACHE_DIR') ?? path.join(PROJECT_ROOT, '.cache')),
    semantic: semantic as SemanticMode,
    logLevel: logLevel as LogLevel,
    rateLimitBurst,
    rateLimitPerSeconds,
    dataDir: path.resolve(value('DATA_DIR') ?? path.join(PROJECT_ROOT, '.data')),
    ...(databaseUrl ? { databaseUrl } : {}),
    retentionDays,
    feedsFile: path.resolve(value('FEEDS_FILE') ?? path.join(PROJECT_ROOT, 'feeds.txt')),
    feedIntervalMinutes,
    allowPrivateUrls: allowPrivateRaw === '1' || allowPrivateRaw === 'true',
    ...overrides,
  })
}

/** Reads .env from the working directory into process.env, silently (stdout may be JSON). */
export function loadDotenv(): void {
  readEnvFile({ quiet: true })
}
