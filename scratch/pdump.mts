// usage: node --import tsx scratch/pdump.mts CORPUS OUT — people (name, aliases, roles, articles) and statements of a corpus
import { writeFileSync } from 'node:fs'
import { loadCorpus } from '../src/corpus/load.ts'
import { buildPeople } from '../src/leaders/index.ts'
const [dir, out] = process.argv.slice(2)
const { articles, passages } = await loadCorpus(dir!)
const people = buildPeople(articles, passages)
const lines: string[] = []
for (const p of [...people].sort((a, b) => a.name.localeCompare(b.name))) {
  lines.push(`P ${p.name} | ${p.aliases.join('; ')} | ${p.roles.join('; ')} | ${p.articles.length} art`)
  for (const s of p.statements) lines.push(`S ${p.name} | ${s.source} | ${s.text.slice(0, 160)}`)
}
writeFileSync(out!, lines.join('\n') + '\n')
