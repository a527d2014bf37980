import { copyFile, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import reload from '../commands/reload.ts'
import { loadCorpus } from '../src/corpus/load.ts'
import { Coverage } from '../src/coverage.ts'
import { createLogger } from '../src/log.ts'
import { watchCoverage } from '../src/watch.ts'

const SEEDS = path.resolve(import.meta.dirname, '../seeds')
const LEAVITT = 'What did Karoline Leavitt say about the guarantees?'
const ALASKA = 'What day did Trump and Putin meet in Alaska?'

async function folderWith(...seeds: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cb-reload-'))
  for (const name of seeds) await copyFile(path.join(SEEDS, name), path.join(dir, name))
  return dir
}

describe('broken coverage', () => {
  it('skips a 50 MB file and a file that vanished while loading, naming each', async () => {
    const dir = await folderWith('004_a96f1940f85f0698.txt')
    await writeFile(path.join(dir, 'huge.txt'), '')
    await truncate(path.join(dir, 'huge.txt'), 50 * 1024 * 1024)
    // Listed by the folder, gone when read: what a file deleted mid-load looks like.
    await symlink(path.join(dir, 'no-such-file.txt'), path.join(dir, 'vanished.txt'))
    const corpus = await loadCorpus(dir)
    expect(corpus.articles.map((a) => a.source)).toEqual(['004_a96f1940f85f0698.txt'])
    expect(corpus.warnings).toEqual([
      { source: 'huge.txt', reason: 'too large (50.0 MB; the limit is 5.0 MB)' },
      { source: 'vanished.txt', reason: 'vanished while loading' },
    ])
  })

  it('refuses a folder with no usable articles with a clear error', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cb-empty-'))
    await expect(Coverage.load(dir)).rejects.toThrow(`No usable .txt or .md articles in ${dir}.`)
    await writeFile(path.join(dir, 'empty.txt'), '')
    await expect(Coverage.load(dir)).rejects.toThrow(`No usable .txt or .md articles in ${dir} (1 file(s) skipped: empty.txt: empty file).`)
    await expect(Coverage.load(path.join(dir, 'missing'))).rejects.toThrow('does not exist')
    await expect(Coverage.load(path.join(dir, 'empty.txt'))).rejects.toThrow(`The corpus ${path.join(dir, 'empty.txt')} is a file; give the folder that holds the articles.`)
    await expect(Coverage.load(path.join(dir, 'empty.txt'), { cacheDir: path.join(dir, '.cache') })).rejects.toThrow('is a file')
  })
})

describe('reload', () => {
  it('picks up added, changed and removed articles', async () => {
    const dir = await folderWith('004_a96f1940f85f0698.txt')
    const coverage = await Coverage.load(dir)
    expect(coverage.ask(ALASKA).answered).toBe(false)

    await copyFile(path.join(SEEDS, '001_4de870c6ba78c5ba.txt'), path.join(dir, '001_4de870c6ba78c5ba.txt'))
    expect(await coverage.reload()).toEqual({ added: ['001_4de870c6ba78c5ba.txt'], removed: [], changed: [], warnings: [], articles: 2 })
    expect(coverage.ask(ALASKA).results[0]!.passage.source).toBe('001_4de870c6ba78c5ba.txt')

    await writeFile(path.join(dir, '004_a96f1940f85f0698.txt'), 'Markets\n\nShares rose on Monday after the central bank held rates.\n')
    const changed = await coverage.reload()
    expect(changed.changed).toEqual(['004_a96f1940f85f0698.txt'])
    expect(coverage.ask(LEAVITT).answered).toBe(false)

    await rm(path.join(dir, '001_4de870c6ba78c5ba.txt'))
    expect((await coverage.reload()).removed).toEqual(['001_4de870c6ba78c5ba.txt'])
    expect(coverage.ask(ALASKA).answered).toBe(false)
  })

  it('keeps serving the current coverage when the folder breaks, and queries during a reload see a whole index', async () => {
    const dir = await folderWith('004_a96f1940f85f0698.txt')
    const coverage = await Coverage.load(dir)
    await writeFile(path.join(dir, '004_a96f1940f85f0698.txt'), Buffer.from([0, 1, 2, 3]))
    const pending = coverage.reload()
    // Asked while the reload runs: the old snapshot answers, whole.
    expect(coverage.ask(LEAVITT).results[0]!.passage.text).toContain('Karoline Leavitt')
    await expect(pending).rejects.toThrow('No usable .txt or .md articles')
    expect(coverage.ask(LEAVITT).results[0]!.passage.text).toContain('Karoline Leavitt')
    expect(coverage.articles).toHaveLength(1)
  })

  it('shares one reload between calls made while it runs', async () => {
    const coverage = await Coverage.load(await folderWith('004_a96f1940f85f0698.txt'))
    const [a, b] = [coverage.reload(), coverage.reload()]
    expect(a).toBe(b)
    await a
  })

  it('/reload is for members who can manage the server', async () => {
    const coverage = await Coverage.load(await folderWith('004_a96f1940f85f0698.txt'))
    await expect(reload.run({}, { coverage, userId: '1', canManageServer: false })).rejects.toThrow(
      'Only members who can manage this server can reload the coverage.',
    )
    expect(await reload.run({}, { coverage, userId: '1', canManageServer: true })).toEqual({
      kind: 'notice',
      tone: 'info',
      message: 'Coverage reloaded: 1 article (no changes).',
    })
    expect(reload.definition).toMatchObject({ default_member_permissions: '32' })
  })

  it('reads articles in folders inside the folder, cited by their path, and not hidden folders or node_modules', async () => {
    const dir = await folderWith('004_a96f1940f85f0698.txt')
    for (const folder of ['2025-08/kyiv', '.cache', 'node_modules/pkg']) await mkdir(path.join(dir, folder), { recursive: true })
    await copyFile(path.join(SEEDS, '001_4de870c6ba78c5ba.txt'), path.join(dir, '2025-08/kyiv/001.txt'))
    await copyFile(path.join(SEEDS, '003_9090c35cc40e081f.txt'), path.join(dir, '.cache/003.txt'))
    await copyFile(path.join(SEEDS, '000_06fbccc68347ad1c.txt'), path.join(dir, 'node_modules/pkg/000.txt'))
    // A link to the folder itself: followed, it would list the articles again and again.
    await symlink(dir, path.join(dir, '2025-08/loop'))
    const coverage = await Coverage.load(dir)
    expect(coverage.articles.map((a) => a.source)).toEqual(['004_a96f1940f85f0698.txt', '2025-08/kyiv/001.txt'].sort())
    const answer = coverage.ask('What does Lithuania require for Ukraine?')
    expect(answer.results[0]?.passage.source).toBe('2025-08/kyiv/001.txt')
    // Named by its file name alone, as people remember it.
    expect(coverage.excerpt('Lithuanian president', '001.txt')?.passage.source).toBe('2025-08/kyiv/001.txt')
  })

  it('the folder watcher reloads after files change', async () => {
    const dir = await folderWith('004_a96f1940f85f0698.txt')
    const coverage = await Coverage.load(dir)
    const watcher = watchCoverage(coverage, createLogger('silent'), 50)
    try {
      await copyFile(path.join(SEEDS, '001_4de870c6ba78c5ba.txt'), path.join(dir, '001_4de870c6ba78c5ba.txt'))
      await expect.poll(() => coverage.articles.length, { timeout: 5000 }).toBe(2)
      // A folder made now, and an article put in it at once, then one more later: both heard.
      await mkdir(path.join(dir, 'later'))
      await copyFile(path.join(SEEDS, '003_9090c35cc40e081f.txt'), path.join(dir, 'later/003.txt'))
      await expect.poll(() => coverage.articles.length, { timeout: 5000 }).toBe(3)
      await new Promise((resolve) => setTimeout(resolve, 200))
      await copyFile(path.join(SEEDS, '000_06fbccc68347ad1c.txt'), path.join(dir, 'later/000.txt'))
      await expect.poll(() => coverage.articles.map((a) => a.source), { timeout: 5000 }).toContain('later/000.txt')
      await rm(path.join(dir, 'later'), { recursive: true })
      await expect.poll(() => coverage.articles.length, { timeout: 5000 }).toBe(2)
    } finally {
      watcher.close()
    }
  })
})

describe('people in the background', () => {
  it('a bot-style load answers at once, and links roles to people once they are ready', async () => {
    const coverage = await Coverage.load(SEEDS, { people: 'background' })
    // Answerable right away, whatever the state of the people.
    expect(coverage.ask(ALASKA).answered).toBe(true)
    await coverage.ready()
    expect(coverage.suggestPeople('zel').map((p) => p.name)).toEqual(['Volodymyr Zelensky'])
    // "the American and Russian presidents" reaches "President Trump and President Putin" through the people's roles.
    const roles = coverage.ask('What further contact between the American and Russian presidents is expected?')
    expect(roles.results.slice(0, 2).map((r) => r.passage.text).join('\n')).toContain('between President Trump and President Putin')
  })

  it('a reload has the people of the new coverage ready when it swaps', async () => {
    const dir = await folderWith('004_a96f1940f85f0698.txt')
    const coverage = await Coverage.load(dir, { people: 'background' })
    await copyFile(path.join(SEEDS, '003_9090c35cc40e081f.txt'), path.join(dir, '003_9090c35cc40e081f.txt'))
    await coverage.reload()
    // No waiting: autocomplete only offers people that are already extracted.
    expect(coverage.suggestPeople('merz').map((p) => p.name)).toEqual(['Friedrich Merz'])
  })
})
