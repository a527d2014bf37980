// `coverage-bot <command> …`: the engine from a shell. With --json it prints exactly one JSON
// object on stdout (the contract in src/render/json.ts); without, what a person reads.
// Warnings go to stderr. Exit codes: 0 done, 2 bad input or usage, 1 unexpected failure.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { stat } from 'node:fs/promises'
import { readConfig, loadDotenv, type Config } from './config.ts'
import type { IndexCacheOptions } from './search/indexCache.ts'
import { BUILD_THREADS, EMBED_MS_PER_PASSAGE } from './search/semantic.ts'
import { DEFAULT_LIMIT, MAX_LIMIT, Coverage, notACorpusFolder, type AskOptions } from './coverage.ts'
import { UserFacingError } from './errors.ts'
import { cleanInput } from './input.ts'
import { parseSince, type Since } from './dates.ts'
import { addJson, askJson, compareJson, errorJson, excerptJson, gapsJson, leaderJson, sourcesJson, statsJson } from './render/json.ts'
import { ansi, renderTerminal, renderWarningSummary } from './render/terminal.ts'
import type { Reply } from './replies.ts'
import { questionLogFor } from './store/questionLog.ts'
import { DEFAULT_DAYS, readDays } from './store/reportPeriod.ts'

const USAGE = `Usage: coverage-bot <command> [options]

Commands:
  ask "<question>"     the passages that answer a question, quoted and cited
  compare "<question>" the best passage from each outlet, newest first
  leader "<name>"      who a leader is in the coverage and what they said
  excerpt "<query>"    one passage to share (--source FILE to pick the article)
  sources              the articles in the coverage
  add <url>            fetch one article now and add it to the coverage folder
  gaps                 what members asked that the coverage did not answer, by meaning
  stats                questions per day, share answered, 👍/👎, people, answer time
  help                 this text

Options:
  --json               print one JSON object (for other tools)
  --limit N            ask: at most N results (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})
  --corpus DIR         the folder of articles (default: CORPUS_DIR, else seeds/)
  --source FILE        excerpt: only from this article
  --since WHEN         ask, compare: only articles published since 7d, 24h, 2w or a date (2025-08-18)
  --days N             gaps, stats: the last N days (default ${DEFAULT_DAYS})
  -h, --help           this text

gaps and stats read the question log the bot keeps (DATA_DIR, or DATABASE_URL); questions
asked here on the command line are not logged.`

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * "--limit -3" is a limit out of range, not a missing one: joined as "--limit=-3" it gets the
 * same answer as any other bad limit, not parseArgs' advice about option arguments.
 */
function negativeValuesJoined(argv: string[]): string[] {
  const joined: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const next = argv[i + 1]
    if ((arg === '--limit' || arg === '--days' || arg === '--since') && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`)
      i++
    } else joined.push(arg)
  }
  return joined
}

/** Runs one CLI invocation and returns what it prints: the process wrapper below only does I/O. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  const err: string[] = []
  let json = argv.includes('--json')
  try {
    const { values, positionals } = parseArgs({
      args: negativeValuesJoined(argv),
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        limit: { type: 'string' },
        corpus: { type: 'string' },
        source: { type: 'string' },
        days: { type: 'string' },
        since: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    json = values.json ?? false
    const [command, ...rest] = positionals
    if (values.help || command === 'help') return { code: 0, stdout: json ? JSON.stringify({ usage: USAGE }) : USAGE, stderr: '' }
    if (!command) throw new UsageError('Which command? For example: coverage-bot ask "Who will send troops to Ukraine?"')
    if (values.corpus !== undefined && !values.corpus.trim()) throw new UsageError('--corpus needs a folder.')
    if (!['ask', 'compare', 'leader', 'excerpt', 'sources', 'add', 'gaps', 'stats'].includes(command)) throw new UsageError(`Unknown command “${command}”.`)
    // An option another command takes is an error, not silently ignored ("ask --source" would
    // answer from every article). --limit is left alone: tools pass it to every command.
    for (const [option, commands] of Object.entries(OPTION_COMMANDS)) {
      if (values[option as keyof typeof values] !== undefined && !commands.includes(command)) throw new UsageError(`--${option} applies to ${commands.join(' and ')}.`)
    }
    if (command === 'stats' || command === 'gaps') {
      const days = readDays(values.days)
      const config = readConfig(env, values.corpus ? { corpusDir: path.resolve(values.corpus) } : {})
      // gaps groups questions with the engine's analyzer, which comes with the index.
      const coverage = command === 'gaps' ? await Coverage.load(config.corpusDir, { cacheDir: config.cacheDir, people: 'links' }) : undefined
      const log = questionLogFor(config)
      try {
        const reply: Reply = coverage ? { kind: 'gaps', report: await log.gaps(days, coverage.index.analyzer) } : { kind: 'stats', report: await log.stats(days) }
        const out = json
          ? JSON.stringify(reply.kind === 'gaps' ? gapsJson(reply.report) : statsJson((reply as Extract<Reply, { kind: 'stats' }>).report))
          : renderTerminal(reply, { style: process.stdout.isTTY ? ansi : undefined })
        return { code: 0, stdout: out, stderr: err.join('\n') }
      } finally {
        await log.close()
      }
    }
    if (command !== 'sources' && rest.length === 0) throw new UsageError(`${command} needs ${command === 'add' ? 'a link' : `a ${command === 'leader' ? 'name' : 'question'} in quotes`}.`)
    const limit = command === 'ask' ? parseLimit(values.limit) : DEFAULT_LIMIT
    const since = values.since === undefined ? undefined : parseSince(values.since)

    const config = readConfig(env, values.corpus ? { corpusDir: path.resolve(values.corpus) } : {})
    // The bot's index cache (CACHE_DIR): a second call reads the index and the people instead of
    // rebuilding them. A cache folder that cannot be written only makes the next call slower
    // (one warning says why).
    const logger = { info() {}, warn: (fields: { reason?: string }, message: string) => err.push(`warning: ${message}${fields.reason ? ` (${fields.reason})` : ''}`) }
    if (command === 'add') return await addLink(config, rest.join(' '), json, err, logger)

    // ask and excerpt in JSON use the people only through the role links, kept apart in the cache
    // (the same answers, without reading 2,742 people on BBC); the rest show people.
    const ranks = command === 'ask' || command === 'compare' || command === 'excerpt'
    const people = (json && ranks) || command === 'add' ? 'links' : 'now'
    // Only ranking reads meaning: leader and sources never read or make passage vectors.
    const coverage = await Coverage.load(config.corpusDir, { cacheDir: config.cacheDir, logger, people, semantic: ranks ? config.semantic : 'off' })
    // One line, however many files: `sources` lists each (on stdout, so only it repeats them).
    const listCommand = command === 'sources' ? undefined : `coverage-bot sources${values.corpus ? ` --corpus ${quoteArg(values.corpus)}` : ''}`
    const summary = renderWarningSummary(coverage.warnings, listCommand)
    if (summary) err.push(summary)
    const text = rest.join(' ')
    // One answer for one question, whenever it is asked: the passage vectors first (read from
    // the cache; made once when they are not kept yet, if that takes seconds, not minutes: a
    // call that never ends would make none, however often it is retried).
    const toMake = await coverage.vectorsToMake()
    if (toMake > CLI_MAX_VECTORS_TO_MAKE) {
      await coverage.close()
      err.push(`note: answering from the words alone: ${toMake} passages have no vector yet (about ${Math.ceil((toMake * EMBED_MS_PER_PASSAGE) / BUILD_THREADS / 60_000)} min to make once; \`npm start\` makes them in the background, then answers rank by meaning too)`)
    } else await coverage.meaningReady()

    const out = json
      ? JSON.stringify(await toJson(command, text, values.source, limit, coverage, since))
      : renderTerminal(await run(command, text, values.source, limit, coverage, since), { style: process.stdout.isTTY ? ansi : undefined, moreHint: 'use --limit to see them', ...(process.stdout.isTTY ? { width: Math.min(process.stdout.columns || 100, 110) } : {}) })
    await coverage.close()
    return { code: 0, stdout: out, stderr: err.join('\n') }
  } catch (error) {
    const usage = error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')
    if (error instanceof UserFacingError || usage) {
      const code = error instanceof UserFacingError ? error.code : 'USAGE'
      const message = (error as Error).message + (usage ? `\n\n${USAGE}` : '')
      if (json) return { code: 2, stdout: JSON.stringify(errorJson(code, (error as Error).message)), stderr: err.join('\n') }
      return { code: 2, stdout: '', stderr: [...err, message].join('\n') }
    }
    err.push(`coverage-bot failed unexpectedly: ${(error as Error).stack ?? String(error)}`)
    return { code: 1, stdout: json ? JSON.stringify(errorJson('INTERNAL', 'unexpected failure')) : '', stderr: err.join('\n') }
  }
}

class UsageError extends Error {}

/** The commands each option applies to (besides --json, --corpus and --limit). */
const OPTION_COMMANDS = { since: ['ask', 'compare'], source: ['excerpt'], days: ['gaps', 'stats'] }

/** How long the command line may spend making passage vectors before answering: inside a caller's 20 s timeout. */
const CLI_EMBED_BUDGET_MS = 10_000
/** The passage vectors that fit in that budget on this machine's threads (125 a thread). */
export const CLI_MAX_VECTORS_TO_MAKE = Math.floor((CLI_EMBED_BUDGET_MS / EMBED_MS_PER_PASSAGE) * BUILD_THREADS)

/** `add <url>`: the bot's own pipeline (src/ingest), writing into the corpus folder it serves. */
async function addLink(config: Config, url: string, json: boolean, err: string[], logger: IndexCacheOptions['logger']): Promise<CliResult> {
  const isFolder = await stat(config.corpusDir).then((s) => s.isDirectory(), () => undefined)
  if (!isFolder) throw notACorpusFolder(config.corpusDir, isFolder === false)
  // What the coverage already has, to recognise a link added before; an empty folder has nothing yet.
  const coverage = await Coverage.load(config.corpusDir, { cacheDir: config.cacheDir, ...(logger ? { logger } : {}), people: 'links' }).catch((error: unknown) => {
    if (error instanceof UserFacingError && error.code === 'EMPTY_CORPUS') return undefined
    throw error
  })
  const { openIngest } = await import('./ingest/index.ts')
  const ingest = await openIngest(config, coverage ? { coverage } : {})
  const outcome = await ingest.add(cleanInput(url, 'url', { requireWords: false }))
  const out = json ? JSON.stringify(addJson(outcome)) : renderTerminal({ kind: 'added', outcome }, { style: process.stdout.isTTY ? ansi : undefined })
  // "Not added" is an answer, not a failure of the command: exit 0 either way, as ask does when not covered.
  return { code: 0, stdout: out, stderr: err.join('\n') }
}

/** A folder name as it can be pasted back into a shell. */
function quoteArg(arg: string): string {
  return /^[\w./:@%+=,-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LIMIT
  // Digits only: Number() also reads "0x5", "1e1" and " 3 ".
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}, got “${raw}”.`)
  return n
}

/** What ask and compare rank with: the question's meaning (when the coverage reads it) and --since. */
async function rankingOptions(coverage: Coverage, text: string, since?: Since): Promise<AskOptions> {
  return { questionVector: await coverage.questionVector(text), ...(since ? { since: since.ms } : {}) }
}

/** The human rendering goes through the same handlers as the bot and the console. */
async function run(command: string, text: string, source: string | undefined, limit: number, coverage: Coverage, since?: Since): Promise<Reply> {
  const context = { coverage, userId: 'cli', canManageServer: true }
  const within = since ? { since: { text: since.text, label: since.label } } : {}
  if (command === 'ask') {
    const answer = coverage.ask(text, { limit, ...(await rankingOptions(coverage, text, since)) })
    return { kind: 'answer', answer, offset: 0, suggestions: answer.answered ? [] : coverage.suggestions(), reports: coverage.reportsOf(answer), ...within }
  }
  if (command === 'compare') return { kind: 'compare', comparison: coverage.compare(text, await rankingOptions(coverage, text, since)), ...within }
  const options = command === 'leader' ? { name: text } : command === 'excerpt' ? { query: text, source } : {}
  // Imported here, not at the top: the command modules bring discord.js (0.4 s to load), which
  // `ask` and every --json call do without.
  const { findCommand } = await import('../commands/index.ts')
  return findCommand(command)!.run(options, context)
}

async function toJson(command: string, text: string, source: string | undefined, limit: number, coverage: Coverage, since?: Since): Promise<object> {
  switch (command) {
    case 'ask':
      return askJson(coverage.ask(text, { limit, ...(await rankingOptions(coverage, text, since)) }))
    case 'compare':
      return compareJson(coverage.compare(text, await rankingOptions(coverage, text, since)))
    case 'leader':
      return leaderJson(coverage.leader(cleanInput(text, 'name')))
    case 'excerpt':
      return excerptJson(cleanInput(text, 'query'), coverage.excerpt(text, source, await coverage.questionVector(text)))
    default:
      return sourcesJson(coverage.sources(), coverage.warnings)
  }
}

// Run when executed directly (bin/coverage-bot.mjs, npm run cli), not when imported by tests.
if (process.argv[1] && /(cli\.ts|coverage-bot(\.mjs)?)$/.test(process.argv[1])) {
  loadDotenv()
  const result = await runCli(process.argv.slice(2))
  // A reader that stops early (`| head`, a closed pager) closes the pipe: not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(result.code)
  })
  if (result.stderr) process.stderr.write(`${result.stderr}\n`)
  if (result.stdout) process.stdout.write(`${result.stdout}\n`)
  process.exitCode = result.code
}
