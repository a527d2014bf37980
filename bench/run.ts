// `npm run bench [-- DIR ...] [--runs N] [--repeat N] [--cli-runs N]`: speed and memory per corpus folder.
// Each corpus runs in fresh child processes, so one corpus's heap never inflates another's
// memory figure: `--phase build` (load + clean, index build, first start that writes the
// cache, people extracted and kept) and `--phase serve` (start from the cache, memory, the kept
// people, then every question through the
// whole ask path, leader lookups, autocomplete, and minisearch with default options over the
// same passages and questions), and `--phase reload` (a reload with nothing changed, then one
// after an article changed, in a linked copy of the folder: the folder itself is never
// touched). Every figure is the median over --runs processes. Then the command line as a user
// runs it: `bin/coverage-bot.mjs ask … --json` from the cache those phases left, whole process
// wall time (node, the compiled CLI, reading the cache, answering), --cli-runs times after one warm-up call.
// Prints a Markdown table and writes JSON to bench/results/ (git-ignored).
import { execFileSync } from 'node:child_process'
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import MiniSearch from 'minisearch'
import ask from '../commands/ask.ts'
import { PROJECT_ROOT, readConfig } from '../src/config.ts'
import { listArticleFiles, loadCorpus } from '../src/corpus/load.ts'
import { Coverage } from '../src/coverage.ts'
import { renderDiscordReply } from '../src/render/discord.ts'
import { buildSearchIndex } from '../src/search/buildIndex.ts'
import { semanticWanted } from '../src/search/semantic.ts'
import { loggedAnswer } from '../src/store/fromReply.ts'
import { questionLogFor } from '../src/store/questionLog.ts'

const HERE = path.join(PROJECT_ROOT, 'bench')
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    'cli-runs': { type: 'string', default: '5' },
    repeat: { type: 'string', default: '3' },
    queries: { type: 'string', default: path.join(HERE, 'queries.txt') },
    phase: { type: 'string' },
    cache: { type: 'string' },
  },
})

interface Questions {
  all: string[]
  names: string[]
}

function readQuestions(file: string): Questions {
  const all: string[] = []
  const names: string[] = []
  let section = ''
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim()
    if (line.startsWith('#')) section = line.slice(1).trim()
    else if (line) {
      all.push(line)
      if (section === 'names') names.push(line)
    }
  }
  return { all, names }
}

const ms = (t0: number) => performance.now() - t0
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN
}
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN

interface Latency {
  p50: number
  p99: number
  max: number
  slowest?: string
}

/** Runs `f` on every input `repeat` times (after one warm-up pass); p50/p99/max over all calls. */
async function latency(inputs: string[], repeat: number, f: (input: string) => unknown): Promise<Latency> {
  for (const input of inputs) await f(input)
  const times: [number, string][] = []
  for (let r = 0; r < repeat; r++) {
    for (const input of inputs) {
      const t0 = performance.now()
      await f(input)
      times.push([ms(t0), input])
    }
  }
  times.sort((a, b) => a[0] - b[0])
  const sorted = times.map(([t]) => t)
  return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted.at(-1) ?? NaN, slowest: times.at(-1)?.[1] }
}

/** What a member types while picking from autocomplete: every prefix of each name, and a few empty. */
function prefixes(words: string[]): string[] {
  const out = ['', ' ']
  for (const w of words) for (let n = 1; n <= Math.min(w.length, 12); n++) out.push(w.slice(0, n))
  return out
}

const rssMB = () => process.memoryUsage().rss / 2 ** 20

/** Runs `work` and reports the longest the event loop went without a turn meanwhile (what a question would have waited). */
async function longestPause(work: () => Promise<unknown>): Promise<{ ms: number; pauseMs: number }> {
  let last = performance.now()
  let pauseMs = 0
  const timer = setInterval(() => {
    const now = performance.now()
    pauseMs = Math.max(pauseMs, now - last)
    last = now
  }, 1)
  const t0 = performance.now()
  await work()
  const ms = performance.now() - t0
  clearInterval(timer)
  return { ms, pauseMs: Math.max(pauseMs, performance.now() - last) }
}

// ---------------------------------------------------------------------------------------------
// Child phases

async function phaseBuild(dir: string, cacheDir: string) {
  const t0 = performance.now()
  const corpus = await loadCorpus(dir)
  const loadMs = ms(t0)
  const t1 = performance.now()
  buildSearchIndex(corpus.articles, corpus.passages)
  const buildMs = ms(t1)
  // First start with an empty cache: load, build in slices, write the cache.
  rmSync(cacheDir, { recursive: true, force: true })
  const t2 = performance.now()
  const coverage = await Coverage.load(dir, { cacheDir, people: 'background' })
  const firstStartMs = ms(t2)
  // Then the people, extracted in the background and kept with the index for the next start.
  const { ms: peopleExtractMs, pauseMs: peopleExtractPauseMs } = await longestPause(() => coverage.ready())
  // Then, when SEMANTIC (default auto) reads this corpus by meaning, every passage's vector,
  // made in the encoder's thread and kept for the next start.
  const semantic = semanticWanted(readConfig().semantic, corpus.passages.length)
  let vectorsMs = Number.NaN
  let vectorsPauseMs = Number.NaN
  if (semantic) {
    const reading = await Coverage.load(dir, { cacheDir, people: 'links', semantic: 'on' })
    ;({ ms: vectorsMs, pauseMs: vectorsPauseMs } = await longestPause(() => reading.meaningReady()))
    await reading.close()
  }
  return { articles: corpus.articles.length, files: corpus.files.length, passages: corpus.passages.length, loadMs, buildMs, firstStartMs, peopleExtractMs, peopleExtractPauseMs, semantic: semantic ? 'on' : 'off', vectorsMs, vectorsPauseMs }
}

async function phaseServe(dir: string, cacheDir: string, questions: Questions, repeat: number) {
  const t0 = performance.now()
  // As the bot restarts: the index from the cache, then the people kept with it.
  const coverage = await Coverage.load(dir, { cacheDir, people: 'background', semantic: readConfig().semantic })
  const startMs = ms(t0)
  const rssAfterStart = rssMB()

  const { ms: peopleReadyMs, pauseMs: peopleReadyPauseMs } = await longestPause(() => coverage.ready())
  // Kept vectors read, and the encoder loaded by a first question: what a restart costs before /ask reads by meaning.
  const t1 = performance.now()
  if (await coverage.meaningReady()) await coverage.questionVector('warm up')
  const meaningReadyMs = ms(t1)
  const rssWithMeaning = rssMB()

  const context = { coverage, userId: 'bench', canManageServer: false }
  const askPath = async (q: string) => renderDiscordReply((await ask.run({ question: q }, context)) as Parameters<typeof renderDiscordReply>[0])
  const askLatency = await latency(questions.all, repeat, askPath)
  const leaderLatency = await latency(questions.names, repeat, (name) => coverage.leader(name))
  const surnames = questions.names.map((n) => n.split(' ').at(-1)!)
  const suggestPeopleLatency = await latency(prefixes(surnames), repeat, (typed) => coverage.suggestPeople(typed))
  const titleWords = coverage.articles.slice(0, 40).map((a) => a.title.split(' ')[0] ?? '')
  const suggestSourcesLatency = await latency(prefixes(titleWords), repeat, (typed) => coverage.suggestSources(typed))
  const rssAfterQuestions = rssMB()

  const questionLog = await benchQuestionLog(context, questions.all, repeat)

  // The comparison point: minisearch with default options, same passages, same questions.
  const t2 = performance.now()
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] })
  mini.addAll(coverage.passages.map((p) => ({ id: p.id, text: p.text })))
  const miniBuildMs = ms(t2)
  const miniLatency = await latency(questions.all, repeat, (q) => mini.search(q))

  await coverage.close()
  return {
    startMs,
    rssAfterStart,
    meaningReadyMs,
    rssWithMeaning,
    rssAfterQuestions,
    peopleReadyMs,
    peopleReadyPauseMs,
    ask: askLatency,
    leader: leaderLatency,
    suggestPeople: suggestPeopleLatency,
    suggestSources: suggestSourcesLatency,
    minisearch: { buildMs: miniBuildMs, search: miniLatency },
    questionLog,
  }
}

/**
 * The /ask path with and without keeping the question in the log, alternately, question by
 * question, yielding to the event loop between calls so the log's batched writes (in the
 * embedded database's worker thread) run among the questions as in the bot. The database is
 * created beforehand (as after a bot's first start) and reopened: its open time and the memory
 * it adds are those of every later start.
 */
async function benchQuestionLog(context: Parameters<typeof ask.run>[1], questions: string[], repeat: number) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'coverage-bench-data-'))
  const first = questionLogFor({ dataDir, retentionDays: 90 })
  const t1 = performance.now()
  await first.flush()
  const createMs = ms(t1)
  await first.close()
  const rssBefore = rssMB()
  const log = questionLogFor({ dataDir, retentionDays: 90 })
  const t0 = performance.now()
  log.start()
  try {
    while (log.state !== 'ready') await new Promise((resolve) => setTimeout(resolve, 5))
    const openMs = ms(t0)
    const plain = async (q: string) => renderDiscordReply((await ask.run({ question: q }, context)) as Parameters<typeof renderDiscordReply>[0])
    const logged = async (q: string) => {
      const started = performance.now()
      const reply = (await ask.run({ question: q }, context)) as Parameters<typeof renderDiscordReply>[0]
      const answer = loggedAnswer(reply)!
      const id = log.recordQuestion({ via: 'discord', guildId: '1300000000000000001', channelId: '1300000000000000002', memberId: '1300000000000000099', command: 'ask', ...answer, latencyMs: performance.now() - started })
      return renderDiscordReply(reply, { feedbackId: id })
    }
    const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve))
    const times = { plain: [] as number[], logged: [] as number[] }
    for (let r = 0; r <= repeat; r++) {
      for (const q of questions) {
        for (const [name, f] of [['plain', plain], ['logged', logged]] as const) {
          const t = performance.now()
          await f(q)
          if (r > 0) times[name].push(ms(t)) // the first pass warms up
          await yieldToLoop()
        }
      }
    }
    const summary = (xs: number[]): Latency => {
      const sorted = [...xs].sort((a, b) => a - b)
      return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted.at(-1) ?? NaN }
    }
    const flushStart = performance.now()
    await log.flush()
    return { plain: summary(times.plain), logged: summary(times.logged), createMs, openMs, flushMs: ms(flushStart), rssAdded: rssMB() - rssBefore }
  } finally {
    await log.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/**
 * Reloads as the bot makes them (/reload, the folder watcher) while it answers, each with the
 * longest the event loop went without a turn: once with nothing changed, once after one article
 * changed. In a copy of the folder made of links, with that one article a real copy.
 */
async function phaseReload(dir: string, cacheDir: string) {
  const copy = mkdtempSync(path.join(tmpdir(), 'coverage-bench-reload-'))
  try {
    const names = await listArticleFiles(dir)
    const changed = names[names.length >> 1]!
    for (const name of names) {
      if (name === changed) copyFileSync(path.join(dir, name), path.join(copy, name))
      else symlinkSync(path.resolve(dir, name), path.join(copy, name))
    }
    const coverage = await Coverage.load(copy, { cacheDir, people: 'now' })
    const unchanged = await longestPause(() => coverage.reload())
    appendFileSync(path.join(copy, changed), '\nThe council said on Tuesday that the bridge would reopen next spring.\n')
    const oneChanged = await longestPause(() => coverage.reload())
    return { reloadUnchangedMs: unchanged.ms, reloadUnchangedPauseMs: unchanged.pauseMs, reloadChangedMs: oneChanged.ms, reloadChangedPauseMs: oneChanged.pauseMs }
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------
// Parent: one child process per corpus, phase and run

function child(phase: string, dir: string, cacheDir: string): Record<string, unknown> {
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=16384', '--import', 'tsx', path.join(HERE, 'run.ts'), '--phase', phase, '--cache', cacheDir, '--repeat', values.repeat!, '--queries', values.queries!, dir],
    { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>
}

/**
 * Wall time of the real CLI process answering from the cache, one question after another
 * (the first `runs` of the benchmark questions). One call first, not counted, so the page cache
 * and the compiled CLI (bin/build-cli.mjs) are as warm as they are for a user's second call.
 */
function cliWallTime(dir: string, cacheDir: string, questions: string[], runs: number): { cliMedianMs: number; cliMaxMs: number; cliRuns: number } {
  const bin = path.join(PROJECT_ROOT, 'bin', 'coverage-bot.mjs')
  const call = (question: string) => {
    const t0 = performance.now()
    const out = execFileSync(process.execPath, [bin, 'ask', question, '--json', '--corpus', dir], {
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, CACHE_DIR: cacheDir },
    })
    const elapsed = ms(t0)
    // A timing of a failed call would mean nothing: it must print the answer.
    if (typeof JSON.parse(out).answered !== 'boolean') throw new Error(`coverage-bot ask printed no answer for “${question}”`)
    return elapsed
  }
  call(questions[0]!)
  const times = Array.from({ length: runs }, (_, i) => call(questions[i % questions.length]!))
  return { cliMedianMs: median(times), cliMaxMs: Math.max(...times), cliRuns: runs }
}

/** Median of each numeric field across runs (nested objects too); strings from the first run. */
function medianOf(runs: Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(runs[0]!)) {
    const vs = runs.map((r) => r[key])
    if (typeof vs[0] === 'number') out[key] = median(vs as number[])
    else if (vs[0] && typeof vs[0] === 'object') out[key] = medianOf(vs as Record<string, unknown>[])
    else out[key] = vs[0]
  }
  return out
}

async function main() {
  const repeat = Number(values.repeat)
  if (values.phase) {
    const dir = positionals[0]!
    const phases = {
      build: () => phaseBuild(dir, values.cache!),
      serve: () => phaseServe(dir, values.cache!, readQuestions(values.queries!), repeat),
      reload: () => phaseReload(dir, values.cache!),
    }
    const result = await phases[values.phase as keyof typeof phases]()
    process.stdout.write(`${JSON.stringify(result)}\n`)
    return
  }

  const runs = Math.max(1, Number(values.runs))
  const dirs = positionals.length ? positionals : [path.join(PROJECT_ROOT, 'seeds')]
  const questions = readQuestions(values.queries!)
  const results = []
  for (const dir of dirs) {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'coverage-bench-cache-'))
    try {
      process.stderr.write(`${dir}: build ×${runs}…\n`)
      const build = medianOf(Array.from({ length: runs }, () => child('build', dir, cacheDir)))
      process.stderr.write(`${dir}: serve ×${runs}…\n`)
      const serve = medianOf(Array.from({ length: runs }, () => child('serve', dir, cacheDir)))
      process.stderr.write(`${dir}: reload ×${runs}…\n`)
      const reload = medianOf(Array.from({ length: runs }, () => child('reload', dir, cacheDir)))
      process.stderr.write(`${dir}: command line ×${values['cli-runs']}…\n`)
      const cli = cliWallTime(dir, cacheDir, questions.all, Math.max(1, Number(values['cli-runs'])))
      results.push({ dir: path.resolve(dir), ...build, ...serve, ...reload, ...cli })
      process.stderr.write(`${JSON.stringify(results.at(-1))}\n`)
    } finally {
      rmSync(cacheDir, { recursive: true, force: true })
    }
  }

  const machine = { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: (await import('node:os')).cpus().length, memGB: Math.round((await import('node:os')).totalmem() / 2 ** 30) }
  const report = { date: new Date().toISOString(), machine, runs, repeat, questions: questions.all.length, names: questions.names.length, results }
  mkdirSync(path.join(HERE, 'results'), { recursive: true })
  const file = path.join(HERE, 'results', `bench-${report.date.replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  process.stdout.write(`${renderTable(report)}\nJSON: ${path.relative(process.cwd(), file)}\n`)
}

type Row = Record<string, any>

function renderTable(report: { machine: object; runs: number; repeat: number; questions: number; results: Row[] }): string {
  const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–')
  const lat = (l: Latency) => `${f(l.p50, 2)} / ${f(l.p99, 2)} / ${f(l.max, 1)}`
  const ratio = (ours: number, theirs: number) => (theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : '–')
  const lines = [
    `Machine: ${JSON.stringify(report.machine)}; ${report.questions} questions × ${report.repeat} passes; medians of ${report.runs} runs. Times in ms, memory in MB.`,
    '',
    '| corpus | articles | passages | load + clean | build | first start (build + write cache) | start from cache | RSS after start | ask p50 / p99 / max | people: extract / from cache (longest pause) | leader p50 / p99 / max | suggestPeople p50 / p99 / max | suggestSources p50 / p99 / max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- | --- | --- |',
  ]
  for (const r of report.results) {
    lines.push(
      `| ${path.basename(r.dir)} | ${r.articles} | ${r.passages} | ${f(r.loadMs, 0)} | ${f(r.buildMs, 0)} | ${f(r.firstStartMs, 0)} | ${f(r.startMs, 0)} | ${f(r.rssAfterStart, 0)} | ${lat(r.ask)} | ${f(r.peopleExtractMs, 0)} / ${f(r.peopleReadyMs, 0)} (${f(r.peopleExtractPauseMs, 0)} / ${f(r.peopleReadyPauseMs, 0)}) | ${lat(r.leader)} | ${lat(r.suggestPeople)} | ${lat(r.suggestSources)} |`,
    )
  }
  lines.push('', 'Ranking by meaning (SEMANTIC, default auto: on for a corpus of up to 2,000 passages; the ask latencies above then include embedding the question in the encoder\'s thread):', '')
  lines.push('| corpus | by meaning | passage vectors made (longest pause) | restart: kept vectors read + encoder loaded | RSS after start / with the encoder |')
  lines.push('| --- | --- | ---: | ---: | ---: |')
  for (const r of report.results) {
    lines.push(`| ${path.basename(r.dir)} | ${r.semantic} | ${f(r.vectorsMs, 0)} (${f(r.vectorsPauseMs, 0)}) | ${f(r.meaningReadyMs, 0)} | ${f(r.rssAfterStart, 0)} / ${f(r.rssWithMeaning, 0)} |`)
  }
  lines.push('', 'minisearch with default options over the same passages and questions (search only), and our figures as ratios to it:', '')
  lines.push('| corpus | minisearch build | minisearch p50 / p99 / max | ask ÷ minisearch p50 | p99 | max | our build ÷ theirs |')
  lines.push('| --- | ---: | --- | ---: | ---: | ---: | ---: |')
  for (const r of report.results) {
    const m = r.minisearch
    lines.push(
      `| ${path.basename(r.dir)} | ${f(m.buildMs, 0)} | ${lat(m.search)} | ${ratio(r.ask.p50, m.search.p50)} | ${ratio(r.ask.p99, m.search.p99)} | ${ratio(r.ask.max, m.search.max)} | ${ratio(r.buildMs, m.buildMs)} |`,
    )
  }
  lines.push('', 'The /ask path alone and with the question kept in the log (alternately, the event loop running the log between questions; the embedded database opening and writing in its worker meanwhile):', '')
  lines.push('| corpus | ask p50 / p99 / max | ask + log p50 / p99 / max | p99 added | database: create / reopen | RSS added (reopened) |')
  lines.push('| --- | --- | --- | ---: | ---: | ---: |')
  for (const r of report.results) {
    const l = r.questionLog
    lines.push(`| ${path.basename(r.dir)} | ${lat(l.plain)} | ${lat(l.logged)} | ${f(l.logged.p99 - l.plain.p99, 2)} | ${f(l.createMs, 0)} / ${f(l.openMs, 0)} | ${f(l.rssAdded, 0)} |`)
  }
  lines.push('', 'Reloads while the bot answers: how long each took, and in brackets the longest the event loop went without a turn (what a question asked meanwhile would wait):', '')
  lines.push('| corpus | nothing changed | one article changed |')
  lines.push('| --- | ---: | ---: |')
  for (const r of report.results) {
    lines.push(`| ${path.basename(r.dir)} | ${f(r.reloadUnchangedMs, 0)} (${f(r.reloadUnchangedPauseMs, 0)}) | ${f(r.reloadChangedMs, 0)} (${f(r.reloadChangedPauseMs, 0)}) |`)
  }
  lines.push('', 'The command line from the cache: `bin/coverage-bot.mjs ask "<question>" --json --corpus <corpus>`, the whole process (node, the compiled CLI, reading the cache, answering), wall time:', '')
  lines.push('| corpus | runs | median | max |')
  lines.push('| --- | ---: | ---: | ---: |')
  for (const r of report.results) lines.push(`| ${path.basename(r.dir)} | ${r.cliRuns} | ${f(r.cliMedianMs, 0)} | ${f(r.cliMaxMs, 0)} |`)
  lines.push('', 'Slowest question per corpus (ask): ' + report.results.map((r) => `${path.basename(r.dir)}: “${r.ask.slowest}”`).join('; '))
  return lines.join('\n')
}

await main()
