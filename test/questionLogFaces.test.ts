// The question log from the console (/good, /bad, /gaps, /stats, questions logged as asked) and
// from the command line (gaps and stats, --json giving the same data as the reports; questions
// asked on the command line are not logged), on the real embedded database.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../src/cli.ts'
import { startConsole } from '../src/console.ts'
import { Coverage } from '../src/coverage.ts'
import { renderTerminal } from '../src/render/terminal.ts'
import { openDatabase } from '../src/store/database.ts'
import { memberHasher } from '../src/store/memberHash.ts'
import { questionLogFor, type QuestionLog } from '../src/store/questionLog.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
let coverage: Coverage
let dataDir: string
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  coverage = await Coverage.load(path.join(ROOT, 'seeds'))
  dataDir = mkdtempSync(path.join(tmpdir(), 'cb-faces-'))
  env = { DATA_DIR: dataDir, CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'cb-faces-cache-')) }
})

async function session(log: QuestionLog, ...lines: string[]): Promise<string> {
  const input = new PassThrough()
  const output = new PassThrough()
  let printed = ''
  output.on('data', (chunk) => (printed += chunk))
  const { closed } = startConsole({ coverage, input, output, questionLog: log })
  for (const line of lines) input.write(`${line}\n`)
  input.end()
  await closed
  return printed
}

describe('the console and the question log', () => {
  it('logs what is asked; /good and /bad rate the last answer; /gaps and /stats report', async () => {
    const log = questionLogFor({ dataDir, retentionDays: 90 })
    log.start()
    const out = await session(
      log,
      '/good',
      'Who will send troops to Ukraine?',
      '/more',
      '/good',
      '/ask What did Putin say about Taiwan?',
      '/bad I wanted his speech in Beijing',
      '/leader zelenskyy',
      '/sources',
      '/gaps 7',
      '/stats',
      '/stats days:0',
    )
    const blocks = out.split('\n\n')
    expect(blocks).toContain('Ask a question first; /good and /bad rate its answer.')
    expect(blocks).toContain('Noted: 👍 on “Who will send troops to Ukraine?”.')
    expect(blocks).toContain('Noted: 👎 on “What did Putin say about Taiwan?”, with “I wanted his speech in Beijing”.')
    expect(out).toContain('! days must be a whole number from 1 to 3650, got “0”.')

    await log.flush()
    const gaps = await log.gaps(7, coverage.index.analyzer)
    expect(gaps.questions).toBe(3) // /more and /sources are not questions
    expect(gaps.gaps.map((g) => [g.example, g.count, g.notCovered, g.thumbsDown, g.comments])).toEqual([
      ['What did Putin say about Taiwan?', 1, 1, 1, ['I wanted his speech in Beijing']],
    ])
    expect(out).toContain(renderTerminal({ kind: 'gaps', report: gaps }))
    const stats = await log.stats(30)
    expect(stats).toMatchObject({ questions: 3, outcomes: { answered: 2, closest: 0, not_covered: 1 }, feedback: { up: 1, down: 1 }, people: [{ name: 'Volodymyr Zelensky', lookups: 1 }] })
    expect(out).toContain(renderTerminal({ kind: 'stats', report: stats }))
    expect(out).toContain('Answered: 67% of 3 questions (answered 2, the closest the coverage comes 0, not covered 1)\nFeedback: 👍 1 · 👎 1')

    const db = await openDatabase({ dataDir }).catch(() => undefined)
    expect(db).toBeUndefined() // still held by the log
    await log.close()
  }, 30_000)

  it('a /compare question is logged like /ask, and /bad rates it', async () => {
    const log = questionLogFor({ dataDir: mkdtempSync(path.join(tmpdir(), 'cb-faces-compare-')), retentionDays: 90 })
    log.start()
    const out = await session(log, '/compare What did Putin say about Taiwan?', '/bad nothing on Taiwan', '/compare Who will send troops to Ukraine?')
    expect(out).toContain('Noted: 👎 on “What did Putin say about Taiwan?”, with “nothing on Taiwan”.')
    await log.flush()
    const gaps = await log.gaps(7, coverage.index.analyzer)
    expect(gaps.gaps.map((g) => [g.example, g.notCovered, g.thumbsDown, g.comments])).toEqual([['What did Putin say about Taiwan?', 1, 1, ['nothing on Taiwan']]])
    expect(await log.stats(7)).toMatchObject({ questions: 2, outcomes: { not_covered: 1 } })
    await log.close()
  }, 30_000)

  it('without a log, /good says there is nothing to rate and /gaps that nothing is kept', async () => {
    const input = new PassThrough()
    const output = new PassThrough()
    let printed = ''
    output.on('data', (chunk) => (printed += chunk))
    const { closed } = startConsole({ coverage, input, output })
    input.end('Who will send troops to Ukraine?\n/good\n/gaps\n')
    await closed
    expect(printed).toContain('! The question log is not kept here, so there is nothing to rate.')
    expect(printed).toContain('! The question log is not kept here, so there is nothing to report.')
  })
})

describe('coverage-bot gaps / stats', () => {
  it('--json gives the same data as /gaps and /stats; the text is what the console shows', async () => {
    // The console test above left its questions in dataDir.
    const gaps = await runCli(['gaps', '--json', '--days', '7'], env)
    expect(gaps.code).toBe(0)
    const log = questionLogFor({ dataDir, retentionDays: 90 })
    const report = { gaps: await log.gaps(7, coverage.index.analyzer), stats: await log.stats(30) }
    await log.close()
    expect(JSON.parse(gaps.stdout)).toEqual(JSON.parse(JSON.stringify(report.gaps)))
    expect(JSON.parse(gaps.stdout).gaps[0]).toMatchObject({ example: 'What did Putin say about Taiwan?', count: 1, notCovered: 1, closest: 0, thumbsDown: 1, wordings: [], comments: ['I wanted his speech in Beijing'] })

    const stats = await runCli(['stats', '--json'], env)
    expect(stats.code).toBe(0)
    expect(JSON.parse(stats.stdout)).toEqual(report.stats)
    expect(Object.keys(JSON.parse(stats.stdout))).toEqual(['days', 'questions', 'perDay', 'outcomes', 'shareAnswered', 'feedback', 'people', 'latencyMs'])

    const text = await runCli(['stats'], env)
    expect(text.stdout).toBe(renderTerminal({ kind: 'stats', report: report.stats }))
  }, 30_000)

  it('questions asked on the command line are not logged', async () => {
    const before = (await runCli(['stats', '--json'], env)).stdout
    expect((await runCli(['ask', 'Who will send troops to Ukraine?', '--json'], env)).code).toBe(0)
    expect((await runCli(['leader', 'Zelensky', '--json'], env)).code).toBe(0)
    expect((await runCli(['stats', '--json'], env)).stdout).toBe(before)
  }, 30_000)

  it('a bad --days is a usage error (exit 2) naming the range', async () => {
    const result = await runCli(['stats', '--json', '--days', 'lots'], env)
    expect(result).toMatchObject({ code: 2 })
    expect(JSON.parse(result.stdout)).toEqual({ error: { code: 'BAD_OPTION', message: 'days must be a whole number from 1 to 3650, got “lots”.' } })
  })
})

describe('members are hashed with the secret in DATA_DIR', () => {
  it('the console member is stored as the HMAC of "console", never as the word', async () => {
    const db = await openDatabase({ dataDir })
    const rows = await db.query<{ member_hash: string }>('SELECT DISTINCT member_hash FROM questions', [])
    await db.close()
    const { readOrCreateSecret } = await import('../src/store/memberHash.ts')
    expect(rows).toEqual([{ member_hash: memberHasher(readOrCreateSecret(dataDir))('console') }])
  })
})

describe('npm start without a usable DATA_DIR', () => {
  it('answers anyway, without the log, and says why in one line', async () => {
    const { execFile } = await import('node:child_process')
    const { pathToFileURL } = await import('node:url')
    const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        ['--import', tsx, path.join(ROOT, 'src/main.ts')],
        {
          cwd: mkdtempSync(path.join(tmpdir(), 'cb-nodata-')),
          env: { PATH: process.env.PATH, CORPUS_DIR: path.join(ROOT, 'seeds'), CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'cb-nodata-cache-')), DATA_DIR: '/dev/null/data' },
        },
        (error, out, err) => (error ? reject(error) : resolve({ stdout: out, stderr: err })),
      )
      child.stdin!.end('When did Bloomberg report on the package?\n')
    })
    expect(stdout).toContain('Bloomberg reported on Aug. 19')
    const lines = stderr.split('\n').filter(Boolean)
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, msg: 'question log off: cannot keep its secret in DATA_DIR', dataDir: '/dev/null/data' })
  }, 30_000)
})
