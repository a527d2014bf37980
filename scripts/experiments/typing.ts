// `node --import tsx scripts/experiments/typing.ts`: does an answer depend on how the question is
// typed? The train sets are typed in lower case, without greetings; people also write names as
// the papers do ("NHS", "Barclays"), capitalise every word, type in capitals, greet the bot ("hey
// bot, …"), ask to be told ("can you tell me …", "any idea …"), apologise for asking, thank it,
// add "lol" or an emoji, type curly apostrophes on a phone, none at all, no hyphens or several
// question marks, set the scene in a sentence before the question or say more after it, ask for
// an explanation ("can you explain …"), or say where to look ("in these reports, …"). Each set is
// run as typed and rewritten each way with the committed calibration, and every question whose
// rank or decision moves is listed (docs/quality.md, "What the misses show", 12). ONLY=<part of a
// rewriting's name> runs only those.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { asServed, EVAL_SETS, loadSet, questionVectorsOf, runQuestions, type EvalQuestion, type QuestionRecord, type SetRun } from '../../test/eval/harness.ts'

const WORD = /\p{L}[\p{L}'’-]*/gu

/** How the articles write each word in mid-sentence, when they capitalise it at least 70% of the time. */
function namesAsWritten(corpus: string): Map<string, string> {
  const forms = new Map<string, Map<string, number>>()
  for (const file of readdirSync(corpus)) {
    const text = readFileSync(path.join(corpus, file), 'utf8')
    for (const [word] of text.matchAll(/(?<=[\p{L},;] )\p{L}[\p{L}'’-]*/gu)) {
      const counts = forms.get(word.toLowerCase()) ?? new Map<string, number>()
      counts.set(word, (counts.get(word) ?? 0) + 1)
      forms.set(word.toLowerCase(), counts)
    }
  }
  const names = new Map<string, string>()
  for (const [lower, counts] of forms) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0)
    const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!
    if (best !== lower && n / total >= 0.7) names.set(lower, best)
  }
  return names
}

const only = process.env.ONLY
const right = (r: QuestionRecord) => (r.expect === 'abstain' ? r.decision === 'none' : r.decision !== 'none' && r.rank === 1)
const share = (records: QuestionRecord[]) => (records.filter(right).length / records.length).toFixed(3)

console.log('| set | rewritten as | right as typed | right rewritten | rank or decision moved |')
console.log('| --- | --- | ---: | ---: | ---: |')
const moved: string[] = []
for (const set of EVAL_SETS) {
  const run = asServed(await loadSet(set, { vectors: set.corpus.endsWith('seeds'), keepEncoder: true }))
  const names = namesAsWritten(set.corpus)
  const rewrites: Record<string, (q: string) => string> = {
    'names as the articles write them, first letter capitalised': (q) => {
      const s = q.replace(WORD, (w) => names.get(w.toLowerCase()) ?? w)
      return s[0]!.toUpperCase() + s.slice(1)
    },
    'Every Word Capitalised': (q) => q.replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
    'IN CAPITALS': (q) => q.toUpperCase(),
    'hey bot, …': (q) => `hey bot, ${q}`,
    'can you tell me …': (q) => `can you tell me ${q}`,
    '… thanks': (q) => `${q} thanks`,
    'curly apostrophes': (q) => q.replace(/'/g, '’'),
    '…??': (q) => q.replace(/\?*\s*$/, '??'),
    'and …': (q) => `and ${q}`,
    '… lol': (q) => `${q} lol`,
    '… 🤔': (q) => `${q} 🤔`,
    'sorry if this is a dumb question but …': (q) => `sorry if this is a dumb question but ${q}`,
    'any idea …': (q) => `any idea ${q}`,
    'no apostrophes': (q) => q.replace(/['’]/g, ''),
    'no hyphens': (q) => q.replace(/-/g, ' '),
    'I was reading about this earlier. …': (q) => `I was reading about this earlier. ${q}`,
    'can you explain …': (q) => `can you explain ${q}`,
    'in these reports, …': (q) => `in these reports, ${q}`,
    '…, right?': (q) => `${q.replace(/\?*\s*$/, '')}, right?`,
    "…? I couldn't find it.": (q) => `${q.replace(/\?*\s*$/, '?')} I couldn't find it.`,
    // A keyboard left in full-width mode (Japanese, Chinese, Korean input).
    'ｆｕｌｌ－ｗｉｄｔｈ': (q) => q.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replaceAll(' ', '\u3000'),
    // Pasted from a web page that hyphenates long words with U+00AD.
    'soft hyphens in long words': (q) => q.replace(/\p{L}{8,}/gu, (w) => `${w.slice(0, 4)}\u00AD${w.slice(4)}`),
  }
  // Read by meaning, a rewritten question needs its own vector: the set's are of the questions as typed.
  const withVectors = async (questions: EvalQuestion[]): Promise<SetRun> =>
    run.questionVectors ? { ...run, questionVectors: await questionVectorsOf(run.coverage, questions) } : run
  const typed = runQuestions(run)
  for (const [name, rewrite] of Object.entries(rewrites)) {
    if (only && !name.includes(only)) continue
    const questions = run.questions.map((q) => ({ ...q, question: rewrite(q.question) }))
    const rewritten = runQuestions(await withVectors(questions), questions)
    let changed = 0
    typed.forEach((before, i) => {
      const after = rewritten[i]!
      if (before.rank === after.rank && before.decision === after.decision) return
      changed++
      moved.push(`${set.name} ${before.id}: rank ${before.rank} ${before.decision} → ${after.rank} ${after.decision}: ${after.question}`)
    })
    console.log(`| ${set.name} | ${name} | ${share(typed)} | ${share(rewritten)} | ${changed} of ${typed.length} |`)
  }
  await run.coverage.close()
}
if (moved.length) console.log(`\nMoved:\n${moved.join('\n')}`)
process.exit(0)
