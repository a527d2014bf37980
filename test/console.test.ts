import path from 'node:path'
import { PassThrough } from 'node:stream'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseConsoleLine, startConsole } from '../src/console.ts'
import { Coverage } from '../src/coverage.ts'
import { wrapLine } from '../src/render/terminal.ts'

let coverage: Coverage
beforeAll(async () => {
  coverage = await Coverage.load(path.resolve(import.meta.dirname, '../seeds'))
})

/** Types lines into a console and collects everything it prints until input ends. */
async function session(...lines: string[]): Promise<string> {
  const input = new PassThrough()
  const output = new PassThrough()
  let printed = ''
  output.on('data', (chunk) => (printed += chunk))
  const { closed } = startConsole({ coverage, input, output })
  for (const line of lines) input.write(`${line}\n`)
  input.end()
  await closed
  return printed
}

describe('parseConsoleLine', () => {
  it.each([
    ['/ask Who will send troops?', { name: 'ask', options: { question: 'Who will send troops?' } }],
    ['Who will send troops?', { name: 'ask', options: { question: 'Who will send troops?' } }],
    ['/leader merz', { name: 'leader', options: { name: 'merz' } }],
    ['/excerpt troops source:004_a96f1940f85f0698.txt', { name: 'excerpt', options: { query: 'troops', source: '004_a96f1940f85f0698.txt' } }],
    ['/ask troops private:true', { name: 'ask', options: { question: 'troops', private: true } }],
    ['/SOURCES', { name: 'sources', options: {} }],
    ['   ', undefined],
  ])('%j', (line, expected) => {
    expect(parseConsoleLine(line)).toEqual(expected)
  })
})

describe('the local console', () => {
  it('answers /ask with the answer sentence, then the passages with numbered citations', async () => {
    const out = await session('/ask What day did Trump and Putin meet in Alaska?')
    const lines = out.split('\n')
    expect(lines[0]).toMatch(/^Despite Trump ruling out an immediate ceasefire .* during a meeting in Alaska on Friday\. \[1\]$/)
    expect(lines[2]).toBe('[1] Ukraine requires authentic security guarantees, encompassing U.S. assistance, as stated by the Lithuanian president (001_4de870c6ba78c5ba.txt)')
    expect(lines[3]).toMatch(/^    “International pressure is increasing/)
  })

  it('quotes a one-sentence passage once, not as answer sentence and quote both', async () => {
    const out = await session('/ask When did Bloomberg report on the package?')
    expect(out.split('\n')[0]).toBe('[1] A package of security guarantees for Ukraine could be finalized as soon as this week… (004_a96f1940f85f0698.txt)')
    expect(out.match(/Bloomberg reported on Aug\. 19/g)).toHaveLength(1)
  })

  it('pages with /more', async () => {
    const out = await session('/ask security guarantees for Ukraine', '/more')
    expect(out).toContain('[1] ')
    expect(out).toContain('[4] ')
  })

  it('shows a leader card, the sources and help', async () => {
    const out = await session('/leader macorn', '/sources', '/help')
    expect(out).toContain('Emmanuel Macron')
    // The person's articles by title, not only file name.
    expect(out).toContain('Mentioned 2 times in 2 articles:\n  [1] Ukraine requires authentic security guarantees')
    expect(out).toContain('  [2] Assurance for Kiev by Europeans: No Deployment of U.S. Troops (003_9090c35cc40e081f.txt)')
    expect(out).toContain('5 articles in the coverage:')
    expect(out).toContain('/ask question:<text>')
  })

  it('says plainly when the coverage does not answer, and what it covers', async () => {
    const out = await session('/ask Who won the 2022 World Cup?')
    expect(out).toContain('The coverage does not say.')
    expect(out).toContain('It does cover, for example:')
    expect(out).toContain('/leader ')
  })

  it('answers bad input and unknown commands politely', async () => {
    const out = await session('/ask', '/dance', '/ask ?!?', '/more')
    expect(out).toContain('! Please type a question')
    expect(out).toContain('! There is no /dance command. Type /help to see them.')
    expect(out).toContain('! There are no words to look for')
    expect(out).toContain('Ask a question first')
  })
})

describe('wrapLine', () => {
  it('wraps at word boundaries and indents continuation lines under the text', () => {
    expect(wrapLine('    “Ten European Union countries have announced readiness to send troops.”', 40)).toBe(
      ['    “Ten European Union countries have', '     announced readiness to send', '     troops.”'].join('\n'),
    )
    expect(wrapLine('[1] Assurance for Kiev by Europeans: No Deployment', 30)).toBe(['[1] Assurance for Kiev by', '    Europeans: No Deployment'].join('\n'))
    expect(wrapLine('short line', 40)).toBe('short line')
  })
})
