// Prints the people of a corpus for checking by hand: the top N with mentions, articles,
// aliases and roles, then a card per name asked for, and how long building and lookups take.
//   node --import tsx scripts/leaders-report.ts [corpus dir] [--top 50] [--card "Tony Blair"]...
import path from 'node:path'
import { PROJECT_ROOT } from '../src/config.ts'
import { loadCorpus } from '../src/corpus/load.ts'
import { buildPeople, lookupLeader } from '../src/leaders/index.ts'
import type { Person } from '../src/types.ts'

const args = process.argv.slice(2)
const option = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []))
const dir = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? path.join(PROJECT_ROOT, '../shared/corpora/bbc'))
const top = Number(option('--top')[0] ?? 50)
const cards = option('--card').length ? option('--card') : ['Tony Blair', 'Gordon Brown', 'Michael Howard']

const { articles, passages } = await loadCorpus(dir)
let started = performance.now()
const people = buildPeople(articles, passages)
const buildMs = performance.now() - started

const queries = people.slice(0, 200).flatMap((p) => [p.name, p.name.toLowerCase(), p.name.split(' ').at(-1)!])
lookupLeader(people, 'warm up')
started = performance.now()
for (const q of queries) lookupLeader(people, q)
const lookupMs = (performance.now() - started) / queries.length

const list = (xs: string[], n: number) => (xs.length > n ? `${xs.slice(0, n).join('; ')}; … (+${xs.length - n})` : xs.join('; '))

console.log(`# People in ${path.basename(dir)}: ${articles.length} articles, ${passages.length} passages`)
console.log(`built ${people.length} people in ${buildMs.toFixed(0)} ms; mean lookup ${lookupMs.toFixed(3)} ms over ${queries.length} queries\n`)
console.log(`## Top ${top}\n`)
console.log('| # | name | mentions | articles | aliases | roles |')
console.log('| --- | --- | --- | --- | --- | --- |')
people.slice(0, top).forEach((p, i) => console.log(`| ${i + 1} | ${p.name} | ${p.mentions} | ${p.articles.length} | ${list(p.aliases, 4)} | ${list(p.roles, 3)} |`))

for (const name of cards) {
  const r = lookupLeader(people, name)
  console.log(`\n## ${name}\n`)
  if (!r.found) {
    console.log(`not found; suggestions: ${r.suggestions.join(', ') || 'none'}`)
    continue
  }
  printCard(r.person!)
}

function printCard(p: Person): void {
  console.log(`- name: ${p.name}`)
  console.log(`- aliases: ${p.aliases.join(', ') || '(none)'}`)
  console.log(`- roles: ${list(p.roles, 8)}`)
  console.log(`- mentions: ${p.mentions} in ${p.articles.length} articles`)
  console.log(`- statements: ${p.statements.length}, for example:`)
  for (const s of p.statements.slice(0, 2)) console.log(`  - ${s.source}: “${s.text}”`)
}
