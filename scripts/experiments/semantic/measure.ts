// Issue #11 item 4, step 2: does a semantic similarity feature improve held-out ranking?
//
//   node --import tsx scripts/experiments/semantic/measure.ts [--json /tmp/semantic/measure.json]
//
// Reads what embed.ts (and glove.ts) wrote to /tmp/semantic. For each train question, the engine's
// candidates (committed calibration) with their 12 rank features and gold flags exactly as
// harness.ts marks them, plus a 13th feature: cosine(question, passage) (USE lite or IDF-GloVe),
// raw or min–max rescaled within the question's candidates. With the same 5 folds as assignFolds,
// the pairwise ranker (fitRanker's logic, copied with a configurable feature list) is fitted on 4
// folds and re-ranks the held-out fold's candidates. Metrics on answerable questions, over the
// candidate list (no same-fact grouping): hit@1, recall@5, MRR@5.
import { readFileSync, writeFileSync } from 'node:fs'
import { RANK_FEATURES, type RankFeatures } from '../../../src/search/rank.ts'
import * as calibration from '../../../test/eval/calibration.ts'

const { FOLDS, RANK_L2 } = calibration

const OUT = process.env.SEMANTIC_OUT ?? '/tmp/semantic'
const read = <T>(f: string): T => JSON.parse(readFileSync(`${OUT}/${f}`, 'utf8')) as T

interface Q {
  set: string
  id: string
  kind: string
  expect: 'answer' | 'abstain'
  question: string
  candidates: { key: string; features: RankFeatures; gold: boolean }[]
}
const questions = read<Q[]>('candidates.json')
const vectors = {
  use: { p: read<Record<string, number[]>>('use-passages.json'), q: read<Record<string, number[]>>('use-questions.json') },
  glove: { p: read<Record<string, number[]>>('glove-passages.json'), q: read<Record<string, number[]>>('glove-questions.json') },
}
const cosine = (a: number[], b: number[]) => {
  let d = 0, na = 0, nb = 0
  for (let i = 0; i < a.length; i++) (d += a[i]! * b[i]!), (na += a[i]! ** 2), (nb += b[i]! ** 2)
  return d / Math.sqrt(na * nb || 1)
}

// Per candidate: every feature, the 12 engine ones and the semantic variants.
type Row = Record<string, number> & { gold: number; order: number }
const rowsOf = new Map<string, Row[]>()
let missing = 0
for (const q of questions) {
  const rows: Row[] = q.candidates.map((c, order) => {
    const r: Row = { ...(c.features as unknown as Record<string, number>), gold: c.gold ? 1 : 0, order } as Row
    for (const [name, v] of Object.entries(vectors)) {
      const pv = v.p[c.key], qv = v.q[q.id]
      if (!pv || !qv) missing++
      r[name] = pv && qv ? cosine(qv, pv) : 0
    }
    return r
  })
  for (const name of Object.keys(vectors)) {
    const vals = rows.map((r) => r[name]!)
    const lo = Math.min(...vals), hi = Math.max(...vals)
    for (const r of rows) {
      r[`${name}Rescaled`] = hi > lo ? (r[name]! - lo) / (hi - lo) : 1
      r[`${name}Gap`] = r[name]! - hi // 0 for the most similar candidate
    }
  }
  rowsOf.set(q.id, rows)
}
if (missing) console.error(`WARNING: ${missing} candidate/question vectors missing (scored 0)`)

/** The engine's pairwise ranker fit (test/eval/calibration.ts fitPairwise) over these features. */
function fitRanker(qs: Q[], features: string[]): number[] {
  return calibration.fitPairwise(qs.map((q) => rowsOf.get(q.id)!.map((c) => ({ x: features.map((f) => c[f]!), gold: Boolean(c.gold) }))), RANK_L2)
}

/** 1-based rank of the first gold candidate under the score, 0 if none in the top 5. Ties: engine order. */
function rankUnder(q: Q, score: (r: Row) => number): number {
  const rows = [...rowsOf.get(q.id)!].sort((a, b) => score(b) - score(a) || a.order - b.order)
  return rows.slice(0, 5).findIndex((r) => r.gold) + 1
}

const BASE = RANK_FEATURES as string[]
const variants: Record<string, string[] | 'engine' | 'cosineOnly'> = {
  'engine (committed weights, in-sample)': 'engine',
  'CV 12 features (baseline)': BASE,
  'CV + use': [...BASE, 'use'],
  'CV + useRescaled': [...BASE, 'useRescaled'],
  'CV + use + useRescaled': [...BASE, 'use', 'useRescaled'],
  'CV + useGap (cos − best cos)': [...BASE, 'useGap'],
  'CV + glove': [...BASE, 'glove'],
  'CV + gloveRescaled': [...BASE, 'gloveRescaled'],
  'CV + use + glove': [...BASE, 'use', 'glove'],
  'USE cosine only': 'cosineOnly',
}

const folds = calibration.assignFolds(questions as never, FOLDS)
const answerable = questions.filter((q) => q.expect === 'answer')
const ranks: Record<string, Map<string, number>> = {}
const weights: Record<string, number[][]> = {}
for (const [name, spec] of Object.entries(variants)) {
  const m = new Map<string, number>()
  if (spec === 'engine') for (const q of answerable) m.set(q.id, rankUnder(q, (r) => -r.order))
  else if (spec === 'cosineOnly') for (const q of answerable) m.set(q.id, rankUnder(q, (r) => r.use!))
  else {
    weights[name] = []
    for (let fold = 0; fold < FOLDS; fold++) {
      const beta = fitRanker(questions.filter((q) => folds.get(q.id) !== fold), spec)
      weights[name].push(beta)
      for (const q of answerable.filter((q) => folds.get(q.id) === fold)) m.set(q.id, rankUnder(q, (r) => spec.reduce((a, f, i) => a + beta[i]! * r[f]!, 0)))
    }
  }
  ranks[name] = m
}

const metrics = (qs: Q[], m: Map<string, number>) => {
  const rs = qs.map((q) => m.get(q.id)!)
  const n = rs.length || 1
  return { n: rs.length, hit1: rs.filter((r) => r === 1).length / n, recall5: rs.filter((r) => r > 0).length / n, mrr5: rs.reduce((a, r) => a + (r ? 1 / r : 0), 0) / n }
}
const pct = (x: number) => (100 * x).toFixed(1)
const f3 = (x: number) => x.toFixed(3)

const out: Record<string, unknown> = {}
const lines: string[] = []
const p = (s = '') => (lines.push(s), console.log(s))

const reachable = (qs: Q[]) => qs.filter((q) => q.candidates.some((c) => c.gold)).length
p(`# Held-out ranking (5 folds of assignFolds), answerable questions, over the engine's candidates`)
p(`answerable: ${answerable.length} (${answerable.filter((q) => q.set === 'train-seeds').length} seeds, ${answerable.filter((q) => q.set === 'train-bbc').length} bbc); with a gold candidate at all: ${reachable(answerable)}`)
p()
const groups: [string, (q: Q) => boolean][] = [
  ['all', () => true],
  ['train-seeds', (q) => q.set === 'train-seeds'],
  ['train-bbc', (q) => q.set === 'train-bbc'],
]
for (const [g, pick] of groups) {
  const qs = answerable.filter(pick)
  p(`## ${g} (n=${qs.length}, gold among candidates: ${reachable(qs)})`)
  p(`| variant | hit@1 | recall@5 | MRR@5 | Δhit@1 wins/losses vs CV baseline | ΔMRR wins/losses | ΔMRR@5 95% CI (paired bootstrap) |`)
  p(`|---|---|---|---|---|---|---|`)
  const base = ranks['CV 12 features (baseline)']!
  for (const name of Object.keys(variants)) {
    const m = metrics(qs, ranks[name]!)
    const rr = (x: number) => (x ? 1 / x : 0)
    const h1w = qs.filter((q) => ranks[name]!.get(q.id) === 1 && base.get(q.id) !== 1).length
    const h1l = qs.filter((q) => ranks[name]!.get(q.id) !== 1 && base.get(q.id) === 1).length
    const mw = qs.filter((q) => rr(ranks[name]!.get(q.id)!) > rr(base.get(q.id)!)).length
    const ml = qs.filter((q) => rr(ranks[name]!.get(q.id)!) < rr(base.get(q.id)!)).length
    const diffs = qs.map((q) => rr(ranks[name]!.get(q.id)!) - rr(base.get(q.id)!))
    const ci = bootstrap(diffs)
    p(`| ${name} | ${pct(m.hit1)} | ${pct(m.recall5)} | ${f3(m.mrr5)} | +${h1w} / −${h1l} | +${mw} / −${ml} | ${f3(ci[0])} … ${f3(ci[1])} |`)
    out[`${g}/${name}`] = { ...m, hit1Wins: h1w, hit1Losses: h1l, mrrWins: mw, mrrLosses: ml, dMrrCI: ci }
  }
  p()
}

function bootstrap(d: number[], B = 2000): [number, number] {
  if (!d.length) return [0, 0]
  let seed = 12345
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const means: number[] = []
  for (let b = 0; b < B; b++) {
    let s = 0
    for (let i = 0; i < d.length; i++) s += d[Math.floor(rnd() * d.length)]!
    means.push(s / d.length)
  }
  means.sort((a, b) => a - b)
  return [means[Math.floor(0.025 * B)]!, means[Math.floor(0.975 * B)]!]
}

p(`## Per kind (both sets), hit@1 / MRR@5`)
const kinds = [...new Set(answerable.map((q) => q.kind))].sort()
const shown = ['engine (committed weights, in-sample)', 'CV 12 features (baseline)', 'CV + use', 'CV + useRescaled', 'CV + use + useRescaled', 'CV + glove', 'USE cosine only']
p(`| set / kind | n | ${shown.join(' | ')} | wins/losses (CV+useRescaled vs baseline, MRR) |`)
p(`|---|---|${shown.map(() => '---').join('|')}|---|`)
for (const set of ['train-seeds', 'train-bbc']) {
  for (const kind of kinds) {
    const qs = answerable.filter((q) => q.set === set && q.kind === kind)
    if (!qs.length) continue
    const rr = (x: number) => (x ? 1 / x : 0)
    const base = ranks['CV 12 features (baseline)']!, use = ranks['CV + useRescaled']!
    const w = qs.filter((q) => rr(use.get(q.id)!) > rr(base.get(q.id)!)).length
    const l = qs.filter((q) => rr(use.get(q.id)!) < rr(base.get(q.id)!)).length
    p(`| ${set} / ${kind} | ${qs.length} | ${shown.map((n) => { const m = metrics(qs, ranks[n]!); return `${pct(m.hit1)} / ${f3(m.mrr5)}` }).join(' | ')} | +${w} / −${l} |`)
  }
}
p()

{
  const a = ranks['CV + use']!, b = ranks['CV + use + glove']!
  p(`(check) questions whose first-gold rank differs between "CV + use" and "CV + use + glove": ${answerable.filter((q) => a.get(q.id) !== b.get(q.id)).length}`)
  p()
}
p(`## Fitted weights of the semantic feature per fold (raw Newton betas; the 12 engine weights beside them are not rescaled)`)
for (const name of Object.keys(weights).filter((n) => n !== 'CV 12 features (baseline)')) {
  const spec = variants[name] as string[]
  const extra = spec.slice(BASE.length)
  p(`- ${name}: ${extra.map((f, j) => `${f} = [${weights[name]!.map((b) => b[BASE.length + j]!.toFixed(2)).join(', ')}]`).join('; ')}; sum of betas = [${weights[name]!.map((b) => b.reduce((a, x) => a + x, 0).toFixed(2)).join(', ')}]`)
}
p()

// Part 3: does the best candidate's cosine separate answerable from not-covered questions?
p(`# Cosine of the best candidate: answerable vs not covered`)
const quant = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))]! : NaN }
const auc = (pos: number[], neg: number[]) => { let s = 0; for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0; return pos.length && neg.length ? s / (pos.length * neg.length) : NaN }
type Stat = [string, (q: Q) => number | undefined]
const stats: Stat[] = [
  ['USE cos of engine top-1', (q) => rowsOf.get(q.id)![0]?.use],
  ['USE max cos over candidates', (q) => (q.candidates.length ? Math.max(...rowsOf.get(q.id)!.map((r) => r.use!)) : undefined)],
  ['GloVe cos of engine top-1', (q) => rowsOf.get(q.id)![0]?.glove],
  ['(ref) passageCoverage of top-1', (q) => rowsOf.get(q.id)![0]?.passageCoverage],
  ['(ref) rareCoverage of top-1', (q) => rowsOf.get(q.id)![0]?.rareCoverage],
]
for (const [label, stat] of stats) {
  p(`## ${label}`)
  p(`| set / kind | n | mean | p10 | p25 | median | p75 | p90 |`)
  p(`|---|---|---|---|---|---|---|---|`)
  for (const set of ['train-seeds', 'train-bbc']) {
    const qs = questions.filter((q) => q.set === set)
    const groups: [string, Q[]][] = [
      ['answerable (all kinds)', qs.filter((q) => q.expect === 'answer')],
      ...[...new Set(qs.map((q) => q.kind))].sort().map((k) => [`${k}${qs.find((q) => q.kind === k)!.expect === 'abstain' ? ' (not covered)' : ''}`, qs.filter((q) => q.kind === k)] as [string, Q[]]),
      ['not covered (all)', qs.filter((q) => q.expect === 'abstain')],
    ]
    for (const [g, gq] of groups) {
      const xs = gq.map(stat).filter((x): x is number => x !== undefined)
      p(`| ${set} / ${g} | ${xs.length} | ${f3(xs.reduce((a, b) => a + b, 0) / (xs.length || 1))} | ${[0.1, 0.25, 0.5, 0.75, 0.9].map((qq) => f3(quant(xs, qq))).join(' | ')} |`)
    }
    const pos = qs.filter((q) => q.expect === 'answer').map(stat).filter((x): x is number => x !== undefined)
    const neg = qs.filter((q) => q.expect === 'abstain').map(stat).filter((x): x is number => x !== undefined)
    const nearMiss = qs.filter((q) => q.kind === 'near-miss').map(stat).filter((x): x is number => x !== undefined)
    p(`| ${set}: AUC answerable vs not covered = **${f3(auc(pos, neg))}**; vs near-miss only = ${f3(auc(pos, nearMiss))} | | | | | | | |`)
    out[`sep/${label}/${set}`] = { auc: auc(pos, neg), aucNearMiss: auc(pos, nearMiss) }
  }
  p()
}

// Does the cosine add to the answer/abstain decision? A proxy of decide.ts (which is being edited
// and also reads word shares / unknown-word shares we did not store): held-out L2 logistic
// regression on the engine top-1 candidate's rank features (FEATURES of calibration.ts minus
// bm25 and lead), with and without USE cosine signals, same folds; AUC per set.
{
  const base = BASE.filter((f) => f !== 'bm25' && f !== 'lead')
  const sig = (q: Q): Record<string, number> | undefined => {
    const rows = rowsOf.get(q.id)!
    if (!rows.length) return undefined
    return { ...rows[0]!, useTop: rows[0]!.use!, useMax: Math.max(...rows.map((r) => r.use!)), gloveTop: rows[0]!.glove! }
  }
  const data = questions.map((q) => ({ q, x: sig(q), y: q.expect === 'answer' ? 1 : 0 })).filter((d) => d.x)
  const fitLR = (train: typeof data, feats: string[]) => {
    const n = train.length, d = feats.length
    const mean = feats.map((f) => train.reduce((a, t) => a + t.x![f]!, 0) / n)
    const sd = feats.map((f, i) => Math.sqrt(train.reduce((a, t) => a + (t.x![f]! - mean[i]!) ** 2, 0) / n) || 1)
    const X = train.map((t) => feats.map((f, i) => (t.x![f]! - mean[i]!) / sd[i]!))
    const b = new Array<number>(d + 1).fill(0)
    for (let it = 0; it < 3000; it++) {
      const g = new Array<number>(d + 1).fill(0)
      X.forEach((row, k) => {
        const pr = 1 / (1 + Math.exp(-(b[0]! + row.reduce((a, v, j) => a + v * b[j + 1]!, 0))))
        const e = (pr - train[k]!.y) / n
        g[0]! += e
        row.forEach((v, j) => (g[j + 1]! += e * v))
      })
      for (let i = 0; i <= d; i++) b[i]! -= 0.5 * (g[i]! + (i ? (1 / n) * b[i]! : 0))
    }
    return (x: Record<string, number>) => b[0]! + feats.reduce((a, f, i) => a + b[i + 1]! * ((x[f]! - mean[i]!) / sd[i]!), 0)
  }
  const specs: [string, string[]][] = [
    ['top-1 rank features (10)', base],
    ['+ USE cos of top-1', [...base, 'useTop']],
    ['+ USE max cos', [...base, 'useMax']],
    ['+ USE top-1 and max cos', [...base, 'useTop', 'useMax']],
    ['+ GloVe cos of top-1', [...base, 'gloveTop']],
    ['USE top-1 and max cos alone', ['useTop', 'useMax']],
  ]
  p(`# Decision proxy: held-out AUC (answerable vs not covered), logistic regression, same 5 folds`)
  p(`| signals | AUC all | AUC seeds | AUC bbc | AUC seeds, near-miss only | AUC bbc, near-miss only |`)
  p(`|---|---|---|---|---|---|`)
  for (const [label, feats] of specs) {
    const score = new Map<string, number>()
    for (let fold = 0; fold < FOLDS; fold++) {
      const f = fitLR(data.filter((d) => folds.get(d.q.id) !== fold), feats)
      for (const d of data.filter((d) => folds.get(d.q.id) === fold)) score.set(d.q.id, f(d.x!))
    }
    const a = (pick: (q: Q) => boolean, negKind?: string) => {
      const ds = data.filter((d) => pick(d.q))
      return auc(ds.filter((d) => d.y).map((d) => score.get(d.q.id)!), ds.filter((d) => !d.y && (!negKind || d.q.kind === negKind)).map((d) => score.get(d.q.id)!))
    }
    const row = [a(() => true), a((q) => q.set === 'train-seeds'), a((q) => q.set === 'train-bbc'), a((q) => q.set === 'train-seeds', 'near-miss'), a((q) => q.set === 'train-bbc', 'near-miss')]
    p(`| ${label} | ${row.map(f3).join(' | ')} |`)
    out[`decisionProxy/${label}`] = row
  }
  p()
}

const jsonAt = process.argv.indexOf('--json')
writeFileSync(jsonAt > 0 ? process.argv[jsonAt + 1]! : `${OUT}/measure.json`, JSON.stringify(out, null, 1))
writeFileSync(`${OUT}/measure.md`, lines.join('\n') + '\n')
