import { execFile, spawn } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { chmod, copyFile, mkdir, mkdtemp, readdir, rename, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
// A cache of its own, so the tests neither read nor litter the repository's .cache/.
const env = { CORPUS_DIR: path.join(ROOT, 'seeds'), CACHE_DIR: await mkdtemp(path.join(tmpdir(), 'cb-cli-cache-')) }
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
    expect(['high', 'low']).toContain(body.confidence)
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
      // Eight paragraphs; three of one sentence share a passage with the next.
      passages: 5,
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

  it('excerpt --source takes the file name, or its start when only one article begins so', async () => {
    // "troops" alone is best answered from 002; the source keeps it to 004.
    const byStart = await json('excerpt', 'troops', '--source', '004')
    expect(byStart.body).toMatchObject({ found: true, source: '004_a96f1940f85f0698.txt' })
    const several = await json('excerpt', 'troops', '--source', '00')
    expect(several.code).toBe(2)
    expect(several.body).toEqual({ error: { code: 'UNKNOWN_SOURCE', message: '“00” could name any of 5 articles; type more of its name. /sources lists them.' } })
    const none = await json('excerpt', 'troops', '--source', 'bbc-001.txt')
    expect(none.body.error.message).toBe('There is no article called “bbc-001.txt”. /sources lists them.')
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

describe('the CLI keeps the index between calls (CACHE_DIR)', () => {
  const ask = ['ask', 'Who will send troops to Ukraine?', '--json', '--limit', '3']
  /** Each cache file with what a rewrite would change (files are written aside and renamed in). */
  const cacheFiles = async (dir: string) =>
    Object.fromEntries((await readdir(dir)).sort().map((name) => [name, `${statSync(path.join(dir, name)).ino}:${statSync(path.join(dir, name)).mtimeMs}`]))

  it('the first call writes the index, the people, their role links and the passage vectors; the next reads them, rewrites nothing and answers the same', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'cb-cli-cache-'))
    const first = await runCli(ask, { ...env, CACHE_DIR: cacheDir })
    const written = await cacheFiles(cacheDir)
    expect(Object.keys(written).map((name) => name.replace(/-[0-9a-f]{16}\./, '-KEY.'))).toEqual(['index-KEY.jsonl', 'index-KEY.people', 'index-KEY.postings', 'index-KEY.roles', 'index-KEY.vectors'])

    const second = await runCli(ask, { ...env, CACHE_DIR: cacheDir })
    expect(await cacheFiles(cacheDir)).toEqual(written)
    expect(second).toEqual(first)
    expect(JSON.parse(second.stdout).results[0].source).toBe('003_9090c35cc40e081f.txt')
    expect(second.stderr).toBe('')
  })

  it('answers the same as a fresh build, and the cached people give the same leader card', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'cb-cli-cache-'))
    // A cache folder inside a regular file can never be written: every call builds.
    const unwritable = path.join(cacheDir, 'a-file', 'cache')
    await writeFile(path.join(cacheDir, 'a-file'), '')
    for (const args of [ask, ['leader', 'macron', '--json'], ['excerpt', 'White House Press Secretary', '--json']]) {
      await runCli(args, { ...env, CACHE_DIR: cacheDir })
      const cached = await runCli(args, { ...env, CACHE_DIR: cacheDir })
      const built = await runCli(args, { ...env, CACHE_DIR: unwritable })
      expect(cached.stdout).toBe(built.stdout)
      expect(built.code).toBe(0)
      expect(built.stderr).toMatch(/^warning: could not write the index cache \(ENOTDIR: not a directory, mkdir '.*a-file\/cache'\)$/)
    }
  })

  it('creates a cache folder that does not exist yet', async () => {
    const cacheDir = path.join(await mkdtemp(path.join(tmpdir(), 'cb-cli-cache-')), 'not', 'yet')
    const { code } = await runCli(ask, { ...env, CACHE_DIR: cacheDir })
    expect(code).toBe(0)
    expect(await readdir(cacheDir)).toHaveLength(5)
  })
})

describe('load warnings on the command line', () => {
  const SEED = path.join(ROOT, 'seeds', '004_a96f1940f85f0698.txt')
  const brokenCorpus = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cb-cli-broken-'))
    await copyFile(SEED, path.join(dir, 'good.txt'))
    await copyFile(SEED, path.join(dir, 'good-copy.txt'))
    await writeFile(path.join(dir, 'empty.txt'), '')
    await writeFile(path.join(dir, 'also-empty.md'), '  \n')
    await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    // "Путин сказал" in KOI8-R: a single-byte encoding other than Latin-1's, misread throughout if guessed.
    await writeFile(path.join(dir, 'koi8-r.txt'), Buffer.from([240, 213, 212, 201, 206, 32, 211, 203, 193, 218, 193, 204]))
    return dir
  }

  it('are one line on stderr, counted by reason, naming the command that lists them', async () => {
    const dir = await brokenCorpus()
    const { code, stdout, stderr } = await runCli(['ask', 'White House Press Secretary', '--json', '--corpus', dir], env)
    expect(code).toBe(0)
    expect(JSON.parse(stdout).results[0].text).toContain('Karoline Leavitt')
    expect(stderr).toBe(
      `warning: skipped 4 files (empty file: 2, not text: 1, not valid UTF-8 text: 1); 1 file has the same text as another article and is indexed once; list them with: coverage-bot sources --corpus ${dir}`,
    )
  })

  it('copies alone are a note, not a warning: their text is served', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cb-cli-copies-'))
    await copyFile(SEED, path.join(dir, 'a.txt'))
    await copyFile(SEED, path.join(dir, 'b.txt'))
    await copyFile(SEED, path.join(dir, 'c.txt'))
    const { stderr } = await runCli(['ask', 'White House Press Secretary', '--corpus', dir], env)
    expect(stderr).toBe(`note: 2 files have the same text as another article and are indexed once; list them with: coverage-bot sources --corpus ${dir}`)
  })

  it('sources lists each of them, in --json and in the terminal', async () => {
    const dir = await brokenCorpus()
    const warnings = [
      { source: 'also-empty.md', reason: 'empty file' },
      { source: 'binary.txt', reason: 'not text (binary content)' },
      { source: 'empty.txt', reason: 'empty file' },
      { source: 'good.txt', reason: 'same text as good-copy.txt; indexed once' },
      { source: 'koi8-r.txt', reason: 'not valid UTF-8 text' },
    ]
    const json = await runCli(['sources', '--json', '--corpus', dir], env)
    expect(JSON.parse(json.stdout).warnings).toEqual(warnings)
    // The summary still goes to stderr; the list is on stdout, so it names no command.
    expect(json.stderr).toBe('warning: skipped 4 files (empty file: 2, not text: 1, not valid UTF-8 text: 1); 1 file has the same text as another article and is indexed once')

    const text = await runCli(['sources', '--corpus', dir], env)
    expect(text.stdout).toBe(
      [
        '1 article in the coverage:',
        '  • A package of security guarantees for Ukraine could be finalized as soon as this week… (good-copy.txt) — 5 passages',
        '',
        '4 files were skipped:',
        '  • also-empty.md: empty file',
        '  • binary.txt: not text (binary content)',
        '  • empty.txt: empty file',
        '  • koi8-r.txt: not valid UTF-8 text',
        '',
        '1 file has the same text as another article and is indexed once:',
        '  • good.txt: same text as good-copy.txt; indexed once',
      ].join('\n'),
    )
  })
})

describe('file names with control characters', () => {
  it('reach the terminal as symbols, never as escape sequences; --json keeps the name as it is', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cb-cli-names-'))
    const name = 'clear\x1b[2Jscreen.txt'
    await copyFile(path.join(ROOT, 'seeds', '004_a96f1940f85f0698.txt'), path.join(dir, name))
    const text = await runCli(['sources', '--corpus', dir], env)
    expect(text.stdout).not.toContain('\x1b')
    expect(text.stdout).toContain('(clear␛[2Jscreen.txt)')
    const answer = await runCli(['ask', 'White House Press Secretary', '--corpus', dir], env)
    expect(answer.stdout).toContain('clear␛[2Jscreen.txt')
    expect(answer.stdout).not.toContain('\x1b')
    expect(JSON.parse((await runCli(['sources', '--json', '--corpus', dir], env)).stdout).articles[0].source).toBe(name)
  })
})

describe('folders that cannot be read', () => {
  // Root reads every folder; as root the CLI runs as "nobody" (setpriv), as a member's account would.
  const asRoot = process.getuid?.() === 0
  const dropRoot = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : []
  const canTest = !asRoot || existsSync('/usr/bin/setpriv')
  const sources = async (corpus: string) => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'cb-cli-locked-cache-'))
    await chmod(cacheDir, 0o777)
    const [command, ...args] = [...dropRoot, process.execPath, '--import', 'tsx', 'src/cli.ts', 'sources', '--json', '--corpus', corpus]
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(command!, args, { cwd: ROOT, env: { ...process.env, HOME: tmpdir(), CACHE_DIR: cacheDir, SEMANTIC: 'off' } }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      )
    })
  }

  it.skipIf(!canTest)('a folder inside the corpus is reported by name and the rest served; the corpus folder itself is a clear error', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cb-cli-locked-'))
    await copyFile(path.join(ROOT, 'seeds', '004_a96f1940f85f0698.txt'), path.join(dir, 'good.txt'))
    await mkdir(path.join(dir, 'locked'))
    await copyFile(path.join(ROOT, 'seeds', '000_06fbccc68347ad1c.txt'), path.join(dir, 'locked', 'inside.txt'))
    await chmod(path.join(dir, 'locked'), 0o000)
    await chmod(dir, 0o755)
    const served = await sources(dir)
    expect(served.code).toBe(0)
    expect(JSON.parse(served.stdout)).toMatchObject({
      articles: [{ source: 'good.txt' }],
      warnings: [{ source: 'locked/', reason: 'a folder that cannot be read' }],
    })

    await chmod(dir, 0o000)
    const refused = await sources(dir)
    expect(refused.code).toBe(2)
    expect(JSON.parse(refused.stdout)).toEqual({ error: { code: 'EMPTY_CORPUS', message: `The corpus folder ${dir} cannot be read (permission denied).` } })
    expect(refused.stderr).not.toMatch(/\n\s+at /)
  }, 60_000)
})

describe('coverage-bot CLI errors', () => {
  it.each([
    [['ask', ''], 'Please type a question'],
    [['ask', '   '], 'Please type a question'],
    [['ask', '?!?'], 'There are no words to look for'],
    [['ask', 'x'.repeat(10_000)], 'That question is 10000 characters long'],
    [['ask', 'troops', '--limit', 'abc'], '--limit must be a whole number'],
    [['ask', 'troops', '--limit', '-3'], '--limit must be a whole number from 1 to 25, got “-3”'],
    [['dance'], 'Unknown command'],
    [['leader'], 'leader needs a name'],
    [[], 'Which command?'],
    // Number() reads these as numbers; a person typing them meant something else.
    ...['0x5', '1e1', ' 3 ', '3.0'].map((limit) => [['ask', 'troops', '--limit', limit], '--limit must be a whole number'] as [string[], string]),
    [['sources', '--corpus', ''], '--corpus needs a folder'],
    // An option of another command is not silently ignored: "ask --source" would search every article.
    [['ask', 'troops', '--source', '004'], '--source applies to excerpt.'],
    [['ask', 'troops', '--days', '7'], '--days applies to gaps and stats.'],
    [['ask', 'troops', '--since', '-1d'], '“since” takes a number of days'],
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

  it('--limit is read by ask alone: a tool passing it to every command is not refused', async () => {
    const { code, body } = await json('leader', 'merz', '--limit', 'abc')
    expect([code, body.name]).toEqual([0, 'Friedrich Merz'])
  })

  it('under --json, no command is a JSON error and help is the usage in JSON', async () => {
    const none = await json()
    expect(none.code).toBe(2)
    expect(none.body.error.code).toBe('USAGE')
    for (const args of [['help'], ['-h']]) {
      const help = await json(...args)
      expect(help.code).toBe(0)
      expect(help.body.usage).toMatch(/^Usage: coverage-bot <command>/)
    }
  })
})

describe('the installed bin', () => {
  it('npx coverage-bot runs from the repo root', async () => {
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'coverage-bot', 'ask', 'trilateral meeting', '--json', '--limit', '1'], {
      cwd: ROOT,
      env: { ...process.env, CORPUS_DIR: '', CACHE_DIR: env.CACHE_DIR },
    })
    const body = JSON.parse(stdout)
    expect(body.results[0].source).toBe('003_9090c35cc40e081f.txt')
  }, 30_000)

  // bin/coverage-bot.mjs runs a compiled copy of the CLI (bin/build-cli.mjs) while it is current.
  const MANIFEST = path.join(ROOT, 'node_modules/.cache/coverage-bot/manifest.json')
  const runBin = async (...args: string[]) =>
    (await promisify(execFile)(process.execPath, [path.join(ROOT, 'bin/coverage-bot.mjs'), ...args], { cwd: ROOT, env: { ...process.env, ...env } })).stdout
  const manifest = () => JSON.parse(readFileSync(MANIFEST, 'utf8')) as { root: string; dir: string; builtAt: number; inputs: string[] }

  it('runs a compiled copy of the CLI that answers as the source does', async () => {
    const stdout = await runBin('ask', 'Who will send troops to Ukraine?', '--json')
    expect(JSON.parse(stdout)).toEqual(JSON.parse((await runCli(['ask', 'Who will send troops to Ukraine?', '--json'], env)).stdout))
    const { dir, inputs } = manifest()
    expect(inputs).toEqual(expect.arrayContaining(['src/cli.ts', 'src/search/rank.ts', 'src/search/calibration.json']))
    expect(inputs.some((file) => file.startsWith('node_modules/'))).toBe(false) // packages are loaded as installed
    expect(statSync(path.join(ROOT, 'node_modules/.cache/coverage-bot', dir, 'cli.mjs')).isFile()).toBe(true)
  }, 30_000)

  it('says nothing and exits cleanly when its reader closes the pipe early (| head)', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/coverage-bot.mjs'), 'ask', 'Who will send troops to Ukraine?', '--limit', '5'], { cwd: ROOT, env: { ...process.env, ...env } })
    child.stdout.destroy() // closed before the answer is written
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  }, 30_000)

  it('runs the source through tsx when no compiled copy can be made', async () => {
    const cache = path.join(ROOT, 'node_modules/.cache/coverage-bot')
    const aside = `${cache}.aside-${process.pid}`
    await rename(cache, aside).catch(() => undefined)
    await writeFile(cache, 'a file where the folder should be: esbuild cannot write below it')
    try {
      const body = JSON.parse(await runBin('ask', 'Who will send troops to Ukraine?', '--json'))
      expect(body.results[0].source).toBe('003_9090c35cc40e081f.txt')
    } finally {
      await rm(cache, { force: true })
      await rename(aside, cache).catch(() => undefined)
    }
  }, 30_000)

  it('compiles again when the copy was made from another checkout sharing node_modules', async () => {
    await runBin('sources', '--json')
    const before = manifest()
    await writeFile(MANIFEST, JSON.stringify({ ...before, root: '/another/checkout' })) // as a linked worktree would leave it
    const body = JSON.parse(await runBin('sources', '--json'))
    expect(body.articles).toHaveLength(5)
    expect(manifest().dir).not.toBe(before.dir)
    expect(manifest().root).toBe(ROOT)
  }, 30_000)

  it('compiles again once a source file is newer than the copy', async () => {
    await runBin('sources', '--json')
    const before = manifest()
    const file = path.join(ROOT, 'src/errors.ts')
    const { atime, mtime } = statSync(file)
    await utimes(file, atime, new Date(before.builtAt + 1000)) // as if saved after the build; the text is unchanged
    try {
      const body = JSON.parse(await runBin('sources', '--json'))
      expect(body.articles).toHaveLength(5)
      expect(manifest().dir).not.toBe(before.dir)
      expect(manifest().builtAt).toBeGreaterThan(before.builtAt)
    } finally {
      await utimes(file, atime, mtime)
    }
  }, 30_000)
})
