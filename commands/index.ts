// Every command, by name. Imported explicitly (no folder scanning), so what is deployed is
// exactly what is listed here.
import add from './add.ts'
import ask from './ask.ts'
import type { Command } from './command.ts'
import compare from './compare.ts'
import excerpt from './excerpt.ts'
import findCoverage from './findCoverage.ts'
import gaps from './gaps.ts'
import help from './help.ts'
import leader from './leader.ts'
import reload from './reload.ts'
import sources from './sources.ts'
import stats from './stats.ts'

export const commands: readonly Command[] = [ask, compare, leader, excerpt, sources, add, help, reload, gaps, stats, findCoverage] as Command[]

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.definition.name === name)
}
