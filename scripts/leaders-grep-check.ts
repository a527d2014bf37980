// Checks the article sets of a corpus's most mentioned people against grep (issue #12, part 5):
// per person, recall = |card ∩ grep(full name)| / |grep(full name)| and
// precision = |card ∩ grep(surname)| / |card|, where grep(x) is `grep -rlwF x` over the corpus
// folder with byte-identical copies folded onto the file the loader keeps. Then the pairs of those
// people that share a surname or an alias, to check by hand that no two of them are one person.
//   node --import tsx scripts/leaders-grep-check.ts [corpus dir] [--top 100]
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from '../src/config.ts'
import { isSameTextWarning, loadCorpus } from '../src/corpus/load.ts'
import { buildPeople, foldName } from '../src/leaders/index.ts'

const args = process.argv.slice(2)
const option = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []))
const dir = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? path.join(PROJECT_ROOT, '../shared/corpora/bbc'))
const top = Number(option('--top')[0] ?? 100)

const { articles, passages, warnings } = await loadCorpus(dir)
const people = buildPeople(articles, passages).slice(0, top)

// A copy → the file the loader kept ("same text as X; indexed once").
const copies = new Map<string, string>()
for (const w of warnings) {
  if (!isSameTextWarning(w)) continue
  const original = /^same text as (.+?); indexed once$/.exec(w.reason)?.[1]
  if (original) copies.set(path.relative(dir, path.resolve(dir, w.source)), path.relative(dir, path.resolve(dir, original)))
}
const indexed = new Set(articles.map((a) => a.source))

/** Files of the corpus containing `text` as whole words, copies folded, only files the loader indexes. */
function grep(text: string): Set<string> {
  let out = ''
  try {
    out = execFileSync('grep', ['-rlwF', '--', text, '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 })
  } catch (error) {
    // grep exits 1 when nothing matches.
    if ((error as { status?: number }).status !== 1) throw error
  }
  const files = new Set<string>()
  for (const line of out.split('\n')) {
    if (!line) continue
    const file = path.normalize(line)
    const kept = copies.get(file) ?? file
    if (indexed.has(kept)) files.add(kept)
  }
  return files
}

const count = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–')

console.log(`# Article sets against grep: ${path.basename(dir)}, top ${people.length} people by mentions\n`)
console.log('| # | name | card | grep(full name) | recall | grep(surname) ∩ card | precision |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
let fullHits = 0
let fullTotal = 0
let surnameHits = 0
let cardTotal = 0
let perfectRecall = 0
let perfectPrecision = 0
const missed: string[] = []
people.forEach((p, i) => {
  const card = new Set(p.articles)
  const full = grep(p.name)
  const surname = grep(p.name.split(' ').at(-1)!)
  const inFull = count(card, full)
  const inSurname = count(card, surname)
  const recall = full.size ? inFull / full.size : NaN
  const precision = card.size ? inSurname / card.size : NaN
  fullHits += inFull
  fullTotal += full.size
  surnameHits += inSurname
  cardTotal += card.size
  if (!(recall < 1)) perfectRecall++
  else missed.push(`${p.name}: ${[...full].filter((f) => !card.has(f)).sort().join(', ')}`)
  if (!(precision < 1)) perfectPrecision++
  console.log(`| ${i + 1} | ${p.name} | ${card.size} | ${full.size} | ${f2(recall)} | ${inSurname} | ${f2(precision)} |`)
})
console.log(
  `\nTotals: recall ${f2(fullHits / fullTotal)} (${fullHits}/${fullTotal} articles naming them in full are on their card; ` +
    `${perfectRecall} of ${people.length} people at 1.00), precision ${f2(surnameHits / cardTotal)} ` +
    `(${surnameHits}/${cardTotal} card articles contain the surname; ${perfectPrecision} of ${people.length} at 1.00).`,
)

console.log(`\nNamed in full but not on the card: ${missed.join('; ') || 'none'}.`)

// Candidates for "the same person twice": a surname or an alias in common.
const keysOf = (p: (typeof people)[number]) =>
  new Set([p.name, ...p.aliases].map((n) => foldName(n).split(' ').at(-1)!).concat([p.name, ...p.aliases].map(foldName)))
const keys = people.map(keysOf)
const pairs: string[] = []
for (let i = 0; i < people.length; i++) {
  for (let j = i + 1; j < people.length; j++) {
    const shared = [...keys[i]!].filter((k) => keys[j]!.has(k))
    if (shared.length) pairs.push(`${people[i]!.name} / ${people[j]!.name} (${shared.join(', ')})`)
  }
}
console.log(`\nPairs sharing a surname or an alias, to check by hand: ${pairs.length ? pairs.join('; ') : 'none'}.`)
