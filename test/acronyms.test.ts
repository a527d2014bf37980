// Initials an article defines ("Monetary Policy Committee (MPC)") and uses after: a question in
// the long form finds the passages that use only the initials (docs/quality.md, item 38).
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Coverage } from '../src/coverage.ts'
import { definedAcronyms } from '../src/search/acronyms.ts'

/** The first sentences of each paragraph of BBC's business-119.txt (2005), as written. */
const RATES_ON_HOLD = [
  "Bank opts to leave rates on hold",
  "The Bank of England has left interest rates on hold at 4.75% for a sixth month in a row.",
  "The Bank's Monetary Policy Committee (MPC) decided to take no action amid mixed signals from the economy. But some economists predict a further rise in the cost of borrowing will come later this year.",
  "Slower consumer spending and a quieter housing market are likely to have convinced the MPC that rates should be left unchanged in recent months. Inflation, however, has been rising faster than expected, hitting an annual rate of 1.6% in December - its highest level in six months.",
  "And recent house surveys from the Halifax and Nationwide have indicated prices are still rising, albeit at a slower pace than in recent years. Philip Shaw, chief economist at Investec Securities, said he believed rates would remain at 4.75% for the rest of the year although strong economic data could lead to a further hike.",
  "Business groups welcomed the MPC's widely-expected move to leave rates on hold and cautioned against further rises. The British Chambers of Commerce (BCC) said it was \"concerned by the clamour in some quarters\" for early interest rate increases.",
].join('\n\n')

describe('definedAcronyms', () => {
  it('reads the capitalised words before the bracket whose initials spell it, "of" and "and" between', () => {
    const found = definedAcronyms([
      "The Bank's Monetary Policy Committee (MPC) decided to take no action amid mixed signals from the economy.",
      'The British Chambers of Commerce (BCC) said it was "concerned by the clamour in some quarters".',
      'Shares in Scottish and Newcastle (S&N) rose.',
    ])
    expect(Object.fromEntries(found)).toEqual({ MPC: 'Monetary Policy Committee', BCC: 'British Chambers of Commerce', 'S&N': 'Scottish and Newcastle' })
  })

  it('keeps no initials the words before them do not spell', () => {
    expect(definedAcronyms(['Labour MP Tony Wright (AP) said so.', 'the party (UKIP) won', 'Rising costs (RPI) hit firms.']).size).toBe(0)
  })
})

describe('a question in the long form', () => {
  it('finds the passages that use only the initials', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cb-acronyms-'))
    await writeFile(path.join(dir, 'business-119.txt'), `${RATES_ON_HOLD}\n`)
    const coverage = await Coverage.load(dir)
    const texts = coverage.ask('what convinced the monetary policy committee to leave rates unchanged', { limit: 5 }).results.map((r) => r.passage.text)
    // The lead defines the initials and restates the story; the answer uses them alone and comes next.
    expect(texts[0]).toMatch(/Monetary Policy Committee \(MPC\)/)
    expect(texts[1]).toMatch(/^Slower consumer spending and a quieter housing market are likely to have convinced the MPC/)
    expect(texts.some((t) => t.startsWith("Business groups welcomed the MPC's widely-expected move"))).toBe(true)
  })
})
