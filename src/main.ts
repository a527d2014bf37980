// `npm start`: with DISCORD_TOKEN, the Discord bot; without, the local console with the same
// commands, so a new user gets answers at once.
import { loadDotenv, readConfig, ConfigError } from './config.ts'
import { Coverage } from './coverage.ts'
import { UserFacingError } from './errors.ts'
import { createLogger, logUnhandledRejections } from './log.ts'
import { startConsole } from './console.ts'
import { renderWarningSummary } from './render/terminal.ts'
import { openIngest } from './ingest/index.ts'
import { watchCoverage } from './watch.ts'
import { questionLogFor, type QuestionLog } from './store/questionLog.ts'

async function main(): Promise<number | undefined> {
  loadDotenv()
  const config = readConfig()
  const consoleMode = !config.discordToken
  // In the console, JSON log lines would drown the answers: only problems are logged there.
  const logger = createLogger(consoleMode && config.logLevel === 'info' ? 'warn' : config.logLevel)
  logUnhandledRejections(logger)

  const started = performance.now()
  const coverage = await Coverage.load(config.corpusDir, { cacheDir: config.cacheDir, logger, people: 'background', semantic: config.semantic })
  if (consoleMode) {
    // One line, as the CLI prints it; /sources lists each file.
    const summary = renderWarningSummary(coverage.warnings, '/sources')
    if (summary) process.stderr.write(`${summary}\n`)
  } else for (const w of coverage.warnings) logger.warn({ source: w.source, reason: w.reason }, 'article skipped')

  const watcher = watchCoverage(coverage, logger)
  // The question log opens its database in the background, now that the coverage is ready:
  // the first answers are kept in memory meanwhile, never held up (docs/data.md).
  let questionLog: QuestionLog | undefined
  try {
    questionLog = questionLogFor(config, { logger })
    questionLog.start()
  } catch (error) {
    // No key to hash members with (DATA_DIR not writable): answer anyway, without the log.
    logger.warn({ dataDir: config.dataDir, reason: (error as Error).message }, 'question log off: cannot keep its secret in DATA_DIR')
  }
  // Feeds (feeds.txt) polled in the background and /add: new articles land in the corpus folder,
  // where the watcher picks them up.
  const ingest = await openIngest(config, { coverage, logger: logger.child({ component: 'ingest' }) })
  ingest.poller.start()
  if (consoleMode) {
    process.stdout.write('No DISCORD_TOKEN set, so here is the local console (see README to connect to Discord).\n')
    const session = startConsole({ coverage, input: process.stdin, output: process.stdout, logger, ingest, ...(questionLog ? { questionLog } : {}), color: !!process.stdout.isTTY, interactive: !!process.stdin.isTTY, ...(process.stdout.isTTY ? { width: Math.min(process.stdout.columns || 100, 110) } : {}) })
    await session.closed
    watcher.close()
    await ingest.close()
    await questionLog?.close({ timeoutMs: LOG_CLOSE_MS.console })
    await coverage.close()
    return 0
  }

  logger.info({ articles: coverage.articles.length, passages: coverage.passages.length, ms: Math.round(performance.now() - started) }, 'coverage loaded')
  const { startBot } = await import('./discord/client.ts')
  const bot = await startBot({ config, coverage, logger, ingest, ...(questionLog ? { questionLog } : {}) })
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'shutting down')
      resolve()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  watcher.close()
  await ingest.close()
  await bot.stop()
  await coverage.close()
  // What was asked up to the last reply is written before the process ends.
  if (questionLog) {
    const { unwritten } = await questionLog.close({ timeoutMs: LOG_CLOSE_MS.bot })
    logger.info({ unwritten }, 'question log closed')
  }
  return 0
}

/**
 * How long the question log may take to write what is pending as the process ends. The bot's
 * fits inside the 10 s a supervisor (docker stop, systemd) waits after SIGTERM; the console has
 * no such deadline, and the embedded database's first open took up to 9 s on a busy machine,
 * which lost a piped session's questions at 5 s.
 */
const LOG_CLOSE_MS = { bot: 8_000, console: 20_000 }

main().then(
  (code) => process.exit(code ?? 0),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof UserFacingError) {
      process.stderr.write(`coverage-bot: ${error.message}\n`)
      process.exit(2)
    }
    process.stderr.write(`coverage-bot failed: ${(error as Error).stack ?? String(error)}\n`)
    process.exit(1)
  },
)
