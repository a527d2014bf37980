// Compiles the CLI (src/cli.ts and what it imports, not the packages) into plain ES modules under
// node_modules/.cache/coverage-bot/, again whenever one of its source files changes.
import { readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'coverage-bot')
const MANIFEST = path.join(CACHE, 'manifest.json')
/** A build older than this is deleted when a newer one is made (a process may still be loading chunks from it). */
const KEEP_OLD_BUILD_MS = 60 * 60 * 1000

/** The compiled entry point's URL, made first if it is missing or older than a source file. */
export async function buildCli() {
  return currentBuild() ?? (await build())
}

function currentBuild() {
  try {
    const { root, dir, builtAt, inputs } = JSON.parse(readFileSync(MANIFEST, 'utf8'))
    // The copy names its source files by absolute path: one made in another checkout sharing
    // these node_modules (a worktree with them linked) would load that checkout's files.
    if (root !== ROOT) return undefined
    for (const input of inputs) if (statSync(path.join(ROOT, input)).mtimeMs >= builtAt) return undefined
    return entryOf(dir)
  } catch {
    return undefined // no build yet, or a source file moved: build again
  }
}

async function build() {
  const esbuild = await import('esbuild')
  // Taken before reading any source, so a file saved during the build makes it stale.
  const builtAt = Date.now()
  const dir = `build-${builtAt}-${process.pid}`
  const { metafile } = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli.ts'],
    outdir: path.join(CACHE, dir),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true, // dynamic imports (ingest, commands) stay separate and lazy, as in the source
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
    plugins: [keepSourcePaths],
  })
  const temporary = `${MANIFEST}.${process.pid}`
  writeFileSync(temporary, JSON.stringify({ root: ROOT, dir, builtAt, inputs: Object.keys(metafile.inputs) }))
  renameSync(temporary, MANIFEST) // atomic: a concurrent call reads one whole manifest or the other
  removeOldBuilds(dir, builtAt)
  return entryOf(dir)
}

const entryOf = (dir) => pathToFileURL(path.join(CACHE, dir, 'cli.mjs')).href

/**
 * Files next to the source are found through import.meta (neighbours.json, the workers, the
 * migrations, the project root): each module keeps its own source file's location.
 */
const keepSourcePaths = {
  name: 'keep-source-paths',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => ({
      loader: 'ts',
      contents: (await readFile(file, 'utf8'))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(file))),
    }))
  },
}

function removeOldBuilds(keep, now) {
  for (const name of readdirSync(CACHE)) {
    const made = Number(/^build-(\d+)-/.exec(name)?.[1])
    if (name !== keep && made && now - made > KEEP_OLD_BUILD_MS) rmSync(path.join(CACHE, name), { recursive: true, force: true })
  }
}

