// The extraction thread (see extractor.ts): parsing a page and running Readability take a few
// milliseconds each, and make garbage; here they run beside the answers instead of between them.
// Plain JavaScript that loads the TypeScript through tsx's API, so it starts the same way however
// the parent was started (npm start, the bin, vitest).
import { parentPort } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'

const { extractArticle, NotAnArticle } = await tsImport('./extract.ts', import.meta.url)

parentPort.on('message', ({ id, html, url }) => {
  try {
    parentPort.postMessage({ id, article: extractArticle(html, url) })
  } catch (error) {
    parentPort.postMessage({ id, ...(error instanceof NotAnArticle ? { notArticle: error.message } : { failed: String(error?.stack ?? error) }) })
  }
})
parentPort.postMessage({ ready: true })
