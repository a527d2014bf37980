// `node --import tsx scripts/experiments/speakers.ts`: "what did X say about T", for people the
// coverage never names and for every person it quotes (docs/quality.md, "What the misses show",
// 25). For the first, how often the engine answers anyway (with someone else's words); for the
// second, how often the "speaker never named" rule refuses a person the coverage does name, spelled
// right and with a slip (two letters swapped, one dropped). Run on the seeds and on BBC.
import { EVAL_SETS, loadSet } from '../../test/eval/harness.ts'

/** Public figures, most of them named by neither corpus (the seeds are Ukraine, 2025; BBC 2004-05). */
const ABSENT = ['sunak', 'rishi sunak', 'starmer', 'modi', 'narendra modi', 'merz', 'xi', 'xi jinping', 'lula', 'biden', 'joe biden', 'obama', 'kamala harris', 'vance', 'musk', 'elon musk', 'zuckerberg', 'erdogan', 'netanyahu', 'orban', 'meloni', 'scholz', 'trudeau', 'albanese', 'ardern', 'kishida', 'bolsonaro', 'milei', 'duda', 'truss', 'liz truss', 'zelensky', 'zelenskyy', 'nauseda', 'stoltenberg', 'guterres', 'yellen', 'von der leyen', 'sanchez', 'macron', 'rutte', 'kallas', 'tusk', 'carney', 'hegseth', 'witkoff', 'lammy', 'reeves', 'farage', 'badenoch']
const TOPICS = ['the economy', 'the war', 'trade', 'the election', 'security guarantees', 'immigration']

const swapped = (w: string) => (w.length < 5 ? w : w.slice(0, 2) + w[3] + w[2] + w.slice(4))
const dropped = (w: string) => (w.length < 6 ? w : w.slice(0, 3) + w.slice(4))

for (const name of ['train-seeds', 'train-bbc']) {
  const set = EVAL_SETS.find((s) => s.name === name)!
  const { coverage } = await loadSet(set)
  const decided = { refused: 0, low: 0, high: 0 }
  for (const who of ABSENT) for (const topic of TOPICS) decided[coverage.explain(`what did ${who} say about ${topic}`).confidence ?? 'refused']++
  console.log(`${set.corpus}: ${ABSENT.length} people × ${TOPICS.length} topics:`, decided)

  await coverage.ready()
  const heard = coverage.people().filter((p) => p.statements.length > 0)
  const refusedByRule: Record<string, string[]> = { surname: [], 'full name': [], 'two letters swapped': [], 'a letter dropped': [] }
  for (const person of heard) {
    const words = person.name.toLowerCase().split(/\s+/)
    const surname = words.at(-1)!
    const headline = coverage.article(person.articles[0]!)!.title.toLowerCase()
    const asked: [string, string][] = [['surname', surname], ['full name', words.join(' ')], ['two letters swapped', swapped(surname)], ['a letter dropped', dropped(surname)]]
    for (const [form, typed] of asked) {
      if (coverage.explain(`what did ${typed} say about ${headline}`).signals?.speakerNeverNamed) refusedByRule[form]!.push(typed)
    }
  }
  console.log(`  ${heard.length} people it quotes; refused as never named:`)
  for (const [form, typed] of Object.entries(refusedByRule)) console.log(`    ${form}: ${typed.length}${typed.length ? ` (${typed.slice(0, 10).join(', ')}…)` : ''}`)
}
process.exit(0)
