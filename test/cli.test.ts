import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const env = { CORPUS_DIR: path.join(ROOT, 'seeds') }
const json = async (...args: string[]) => {
  const result = await runCli([...args, '--json'], env)
  return { ...result, body: JSON.parse(result.stdout) }
}

describe('coverage-bot CLI --json contract', () => {
  it('ask prints {question, answered, confidence, results[{source, title, text, score}]} best first, at most --limit', async () => {
    const { code, body } = await json('ask', 'Who will send troops to Ukraine?', '--limit', '2')
    expect(code).toBe(0)
    expect(Object.keys(body)).toEqual(['question', 'answered', 'confidence', 'results'])
    expect(body.question).toBe('Who will send troops to Ukraine?')
    expect(body.answered).toBe(true)
    expect(body.confidence).toBe('high')
    expect(body.results).toHaveLength(2)
    expect(body.results[0]).toMatchObject({
      source: '003_9090c35cc40e081f.txt',
      title: 'Assurance for Kiev by Europeans: No Deployment of U.S. Troops',
      text: expect.stringContaining('Ten European Union countries'),
    })
    expect(typeof body.results[0].score).toBe('number')
    expect(body.results[0].score).toBeGreaterThanOrEqual(body.results[1].score)
  })

  it('ask defaults to at most 5 results', async () => {
    const { body } = await json('ask', 'security guarantees for Ukraine')
    expect(body.results.length).toBeLessThanOrEqual(5)
    expect(body.results.length).toBeGreaterThan(1)
  })

  it('ask says answered:false with no results and no confidence when the coverage does not answer', async () => {
    const { code, body } = await json('ask', 'Who won the 2022 World Cup?')
    expect(code).toBe(0)
    expect(body).toEqual({ question: 'Who won the 2022 World Cup?', answered: false, results: [] })
    expect(body).not.toHaveProperty('confidence')
  })

  it('sources lists every article with its title and passage count', async () => {
    const { body } = await json('sources')
    expect(body.articles).toHaveLength(5)
    expect(body.articles[4]).toEqual({
      source: '004_a96f1940f85f0698.txt',
      title: 'A package of security guarantees for Ukraine could be finalized as soon as this week…',
      passages: 8,
    })
  })

  it('excerpt prints {found, source, title, text}', async () => {
    const { body } = await json('excerpt', 'White House Press Secretary')
    expect(body).toMatchObject({
      found: true,
      source: '004_a96f1940f85f0698.txt',
      text: expect.stringContaining('Karoline Leavitt'),
    })
    const missing = await json('excerpt', 'cricket world cup final')
    expect(missing.body).toMatchObject({ found: false, source: null, title: null, text: null })
  })

  it('leader prints the person card fields', async () => {
    const { body } = await json('leader', 'macron')
    expect(Object.keys(body)).toEqual(expect.arrayContaining(['query', 'found', 'name', 'aliases', 'roles', 'articles', 'mentions', 'statements']))
    expect(body).toMatchObject({ query: 'macron', found: true, name: 'Emmanuel Macron' })
    expect(body.articles).toEqual(['001_4de870c6ba78c5ba.txt', '003_9090c35cc40e081f.txt'])
  })

  it('--corpus points at another folder', async () => {
    const { code, body } = await json('sources', '--corpus', path.join(ROOT, 'test/fixtures/none'))
    expect(code).toBe(2)
    expect(body.error.code).toBe('EMPTY_CORPUS')
  })
})

describe('coverage-bot CLI errors', () => {
  it.each([
    [['ask', ''], 'Please type a question'],
    [['ask', '   '], 'Please type a question'],
    [['ask', '?!?'], 'There are no words to look for'],
    [['ask', 'x'.repeat(10_000)], 'That question is 10000 characters long'],
    [['ask', 'troops', '--limit', 'abc'], '--limit must be a whole number'],
    [['dance'], 'Unknown command'],
    [['leader'], 'leader needs a name'],
  ])('%j exits 2 with a clear message', async (args, message) => {
    const result = await runCli(args, env)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('bad input under --json is one JSON error object', async () => {
    const { code, body } = await json('ask', '')
    expect(code).toBe(2)
    expect(body).toEqual({ error: { code: 'EMPTY_INPUT', message: 'Please type a question, for example “Who will send troops to Ukraine?”.' } })
  })
})

describe('the installed bin', () => {
  it('npx coverage-bot runs from the repo root', async () => {
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'coverage-bot', 'ask', 'trilateral meeting', '--json', '--limit', '1'], {
      cwd: ROOT,
      env: { ...process.env, CORPUS_DIR: '' },
    })
    const body = JSON.parse(stdout)
    expect(body.results[0].source).toBe('003_9090c35cc40e081f.txt')
  }, 30_000)
})
