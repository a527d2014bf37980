// `npm run eval`: answer quality on the dev set, ours beside minisearch with default options.
// Usage: npm run eval [-- --dev test/eval/dev.json --corpus seeds]
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../../src/config.ts'
import { Coverage } from '../../src/coverage.ts'
import { askJson } from '../../src/render/json.ts'
import { createBaseline } from './baseline.ts'
import { scoreLeaders, type DevLeader } from './leaders.ts'
import { scoreQuestions, type DevQuestion, type QuestionScores } from './score.ts'

const { values } = parseArgs({
  options: {
    dev: { type: 'string', default: path.join(PROJECT_ROOT, 'test/eval/dev.json') },
    corpus: { type: 'string', default: path.join(PROJECT_ROOT, 'seeds') },
  },
})
const dev = JSON.parse(readFileSync(values.dev!, 'utf8')) as { questions: DevQuestion[]; leaders?: DevLeader[] }
const coverage = await Coverage.load(values.corpus!)
const baseline = createBaseline(coverage.passages)

const ours = scoreQuestions(dev.questions, (q) => askJson(coverage.ask(q, { limit: 5 })))
const theirs = scoreQuestions(dev.questions, (q) => baseline.ask(q))

const pct = (x: number) => x.toFixed(2)
const rows: [string, (s: QuestionScores) => number][] = [
  ['hit@1', (s) => s.hitAt1],
  ['recall@3', (s) => s.recallAt3],
  ['recall@5', (s) => s.recallAt5],
  ['MRR@5', (s) => s.mrrAt5],
  ['abstention (out of coverage)', (s) => s.abstention],
  ['false abstention (answerable)', (s) => s.falseAbstention],
]
console.log(`Dev set: ${ours.answerable} answerable, ${dev.questions.length - ours.answerable} to abstain on; corpus ${values.corpus}\n`)
console.log('| metric | coverage-bot | minisearch defaults |')
console.log('| --- | --- | --- |')
for (const [name, get] of rows) console.log(`| ${name} | ${pct(get(ours))} | ${pct(get(theirs))} |`)
for (const kind of Object.keys(ours.perKindHitAt1)) {
  console.log(`| hit@1 ${kind} | ${pct(ours.perKindHitAt1[kind]!)} | ${pct(theirs.perKindHitAt1[kind] ?? 0)} |`)
}
if (ours.misses.length) console.log(`\nMisses:\n${ours.misses.map((m) => `  ${m}`).join('\n')}`)

if (dev.leaders?.length) {
  const leaders = scoreLeaders(dev.leaders, (q) => coverage.leader(q))
  console.log(`\nLeader lookups: ${leaders.lookups}\n`)
  console.log('| metric | coverage-bot |')
  console.log('| --- | --- |')
  const leaderRows: [string, number][] = [
    ['found rate', leaders.foundRate],
    ['canonical name accuracy', leaders.canonicalNameAccuracy],
    ['role keyword accuracy', leaders.roleKeywordAccuracy],
    ['article set exact match', leaders.articleSetExactMatch],
    ['statements recall', leaders.statementsRecall],
    ['false positives on unknown names', leaders.falsePositiveRate],
    ['leader (fully correct)', leaders.leader],
  ]
  for (const [name, value] of leaderRows) console.log(`| ${name} | ${pct(value)} |`)
  if (leaders.misses.length) console.log(`\nLeader misses:\n${leaders.misses.map((m) => `  ${m}`).join('\n')}`)
}
