import path from 'node:path'
import { PassThrough } from 'node:stream'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseConsoleLine, startConsole } from '../src/console.ts'
import { Coverage } from '../src/coverage.ts'
import { ASK_PAGE_SIZE } from '../commands/ask.ts'
import { ansi, renderTerminal, wrapLine } from '../src/render/terminal.ts'
import type { AnswerReply } from '../src/replies.ts'
import type { Confidence } from '../src/types.ts'

let coverage: Coverage
beforeAll(async () => {
  coverage = await Coverage.load(path.resolve(import.meta.dirname, '../seeds'))
})

/** Types lines into a console on the seeds and collects everything it prints until input ends. */
const session = (...lines: string[]) => sessionOn(coverage, ...lines)

async function sessionOn(coverage: Coverage, ...lines: string[]): Promise<string> {
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
    ['/bad it said 10:30, not source:11:00', { name: 'bad', options: { comment: 'it said 10:30, not source:11:00' } }],
    ['/bad', { name: 'bad', options: {} }],
    ['/gaps 7', { name: 'gaps', options: { days: '7' } }],
    // As Discord shows them: the option's name is not part of the text.
    ['/ask question: What does Russia think of the guarantees?', { name: 'ask', options: { question: 'What does Russia think of the guarantees?' } }],
    ['/ask question:Who will send troops?', { name: 'ask', options: { question: 'Who will send troops?' } }],
    ['/leader name: Friedrich Merz', { name: 'leader', options: { name: 'Friedrich Merz' } }],
    ['/excerpt Query: troops source:004_a96f1940f85f0698.txt', { name: 'excerpt', options: { query: 'troops', source: '004_a96f1940f85f0698.txt' } }],
    ['/ask since:7d question: who is zelensky', { name: 'ask', options: { since: '7d', question: 'who is zelensky' } }],
    ['/ask what did the question: section say', { name: 'ask', options: { question: 'what did the question: section say' } }],
    ['help', { name: 'help', options: {} }],
    ['?', { name: 'help', options: {} }],
    ['help me find the troops story', { name: 'ask', options: { question: 'help me find the troops story' } }],
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
    // No seed passage is one sentence any more (a one-sentence paragraph shares a passage with the
    // next); in the outlets fixture, Coastal Post's last paragraph is one sentence and a passage alone.
    const out = await sessionOn(await Coverage.load(path.resolve(import.meta.dirname, 'fixtures/outlets')), '/ask When will talks resume?')
    expect(out.split('\n')[0]).toBe('[1] Ships wait at Valmora as strike enters second day — Coastal Post, 19 Aug 2025 (https://coastalpost.example/news/ships-wait-at-valmora)')
    expect(out.split('\n')[1]).toBe('    “Talks between the union and the port authority are due to resume on Thursday in the town hall.”')
    expect(out.match(/due to resume on Thursday/g)).toHaveLength(1)
  })

  it('shows a passage that opens with its own quotation mark as it is, without a second pair around it', async () => {
    const out = await session('/excerpt willing to put people on the ground source:004_a96f1940f85f0698.txt')
    expect(out).toMatch(/^“When it comes to security, they’re willing to put people on the ground,” Trump told Fox News\. .* a problem\.”$/m)
    expect(out).not.toContain('““')
    expect(out).not.toContain('””')
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

describe('terminal rendering: answer, closest, not covered', () => {
  // Real engine results over the seeds; only the confidence is set by hand, as the calibrated
  // decision (#11) will set it. 7 results: 3 on the first page, 4 after /more.
  const QUESTION = 'Who will send troops to Ukraine?'
  const page = (offset: number, confidence: Confidence): AnswerReply => ({
    kind: 'answer',
    answer: { ...coverage.ask(QUESTION, { limit: ASK_PAGE_SIZE, offset }), confidence },
    offset,
    suggestions: [],
  })

  it('a confident answer renders as before: passages, no label', () => {
    const high = renderTerminal(page(0, 'high'))
    expect(high).not.toContain('may not answer')
    // The first passage holds two paragraphs, so its answer sentence leads, then the passages.
    expect(high.split('\n').slice(0, 3)).toEqual([
      'Ten European Union countries, including France and the United Kingdom, have announced readiness to send troops to Ukraine to help secure a possible peace process, with the United States offering limited support in intelligence, logistics, and air defense roles. [1]',
      '',
      '[1] Assurance for Kiev by Europeans: No Deployment of U.S. Troops (003_9090c35cc40e081f.txt)',
    ])
  })

  it('the closest the coverage comes: labelled first, the same passages quoted verbatim and cited', () => {
    const reply = page(0, 'low')
    const text = renderTerminal(reply)
    expect(text).toMatchInlineSnapshot(`
      "The coverage may not answer this directly. The closest it comes:

      [1] Assurance for Kiev by Europeans: No Deployment of U.S. Troops (003_9090c35cc40e081f.txt)
          “Ten European Union countries, including France and the United Kingdom, have announced readiness to send troops to Ukraine to help secure a possible peace process, with the United States offering limited support in intelligence, logistics, and air defense roles. The German government hailed the Ukraine summit in Washington as a historic event, with Trump largely aligning himself with the position of the Europeans. The course of negotiations, possible US contribution, and coordination with partners will be considered in determining Germany's security guarantees.”

      [2] President Trump has announced that the United States will not deploy military forces to… (002_3b7997cde4e939d4.txt)
          Why It's Important?
          “The decision not to send U.S. troops to Ukraine is significant as it shapes the geopolitical landscape and U.S. foreign policy in Eastern Europe. It reflects a strategic choice to rely on air power and European allies for security support, potentially reducing direct U.S. military involvement. This approach may influence U.S.-Russia relations and impact ongoing peace negotiations. The move could also affect NATO dynamics, as the alliance navigates its role in regional security. For Ukraine, the absence of U.S. ground forces may necessitate stronger European military commitments, impacting its defense strategy and international alliances.”

      [3] A package of security guarantees for Ukraine could be finalized as soon as this week… (004_a96f1940f85f0698.txt)
          “Talks among European officials the following day focused on proposals to send the U.K. and French troops to Ukraine, along with contingents from roughly 10 other countries, people familiar with the matter told Bloomberg. Discussions included the size and positioning of the forces, though U.S. involvement in the guarantees remains uncertain.”

      5 more passages: type /more"
    `)
    // Verbatim, on one line: a passage of two paragraphs is quoted with the paragraph break as one space.
    expect(reply.answer.results[0]!.passage.text).toContain('\n\n')
    for (const r of reply.answer.results) expect(text).toContain(`“${r.passage.text.replaceAll('\n\n', ' ')}”`)
    // The same passages and citations as a confident answer; the label takes the place of its
    // answer sentence in bold (the first passage holds two paragraphs, so a confident answer leads with it).
    const [lead, blank, ...rest] = renderTerminal(page(0, 'high')).split('\n')
    expect([lead, blank]).toEqual([`${reply.answer.results[0]!.answerSentence} [1]`, ''])
    expect(text).toBe(`The coverage may not answer this directly. The closest it comes:\n\n${rest.join('\n')}`)
  })

  it('keeps the label on the next page (/more), and sets it in bold on a colour terminal', () => {
    expect(renderTerminal(page(3, 'low'))).toMatchInlineSnapshot(`
      "The coverage may not answer this directly. The closest it comes:

      [4] A comprehensive package of security guarantees for Ukraine is set to take shape as early… (000_06fbccc68347ad1c.txt)
          “The proposal to send European troops to Ukraine is a significant element of the security guarantees package. This move is seen not merely as a military strategy but as a diplomatic gesture aimed at fostering stability and peace in the region. By integrating European forces into the security framework, leaders hope to deter aggression and promote a more collaborative approach to resolving ongoing conflicts.”

      [5] President Trump has announced that the United States will not deploy military forces to… (002_3b7997cde4e939d4.txt)
          What's Happening?
          “President Trump has announced that the United States will not deploy military forces to Ukraine as part of security guarantees, although air support may be provided. In a recent interview, Trump assured the American public that there will be no 'American boots on the ground' in Ukraine. He emphasized the U.S. role in supporting European allies, who may have troops stationed in Ukraine. Trump also mentioned ongoing discussions with Russian President Vladimir Putin, suggesting that Putin might be open to negotiations.”

      [6] A comprehensive package of security guarantees for Ukraine is set to take shape as early… (000_06fbccc68347ad1c.txt)
          “A comprehensive package of security guarantees for Ukraine is set to take shape as early as this week. This development comes as global leaders actively capitalize on President Donald Trump’s support for a strategic plan that proposes the deployment of European troops as part of a potential peace agreement. The implications of this initiative could significantly alter the geopolitical landscape in Eastern Europe.”

      2 more passages: type /more"
    `)
    expect(renderTerminal(page(0, 'low'), { style: ansi }).split('\n')[0]).toBe(
      '\x1b[1mThe coverage may not answer this directly. The closest it comes:\x1b[22m',
    )
  })

  it('a low answer whose second passage has a shorter answer sentence does not lead with it', () => {
    const reply = page(0, 'low')
    const second = reply.answer.results[1]!
    expect(second.answerSentence).not.toBe(second.passage.text)
    const text = renderTerminal({ ...reply, answer: { ...reply.answer, results: [second], total: 1 } })
    expect(text.split('\n').slice(0, 3)).toEqual([
      'The coverage may not answer this directly. The closest it comes:',
      '',
      '[1] President Trump has announced that the United States will not deploy military forces to… (002_3b7997cde4e939d4.txt)',
    ])
    // Only inside its passage's quote, never on a line of its own.
    expect(text.split(second.answerSentence)).toHaveLength(2)
    expect(text.split('\n')).not.toContain(second.answerSentence)
  })

  it('not covered says so plainly', () => {
    const answer = coverage.ask('Who won the 2022 World Cup?')
    expect(answer.confidence).toBeUndefined()
    expect(renderTerminal({ kind: 'answer', answer, offset: 0, suggestions: ['/leader Donald Trump'] })).toMatchInlineSnapshot(`
      "The coverage does not say. Nothing in the articles answers “Who won the 2022 World Cup?”.

      It does cover, for example:
        • /leader Donald Trump"
    `)
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
