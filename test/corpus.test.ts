import { mkdtemp, readFile, writeFile, chmod, copyFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/corpus/clean.ts'
import { loadCorpus } from '../src/corpus/load.ts'
import { MAX_SENTENCE_CHARS, splitSentences } from '../src/corpus/sentences.ts'
import { MAX_PASSAGE_CHARS, toPassages } from '../src/corpus/passages.ts'

const SEEDS = path.resolve(import.meta.dirname, '../seeds')
const seed = (name: string) => readFile(path.join(SEEDS, name), 'utf8')

describe('splitSentences', () => {
  it.each([
    ['Bloomberg reported on Aug. 19. Talks followed.', ['Bloomberg reported on Aug. 19.', 'Talks followed.']],
    ['U.S. President Donald Trump spoke. He left.', ['U.S. President Donald Trump spoke.', 'He left.']],
    ['Mr. Smith paid $1.5 billion. Dr. Jones did not.', ['Mr. Smith paid $1.5 billion.', 'Dr. Jones did not.']],
    ['George W. Bush met them in the U.S. The talks ended.', ['George W. Bush met them in the U.S.', 'The talks ended.']],
    ['“We will help,” Trump said. “Really.”', ['“We will help,” Trump said.', '“Really.”']],
    ['Is it over? No! It goes on…', ['Is it over?', 'No!', 'It goes on…']],
    // A paragraph break always ends a sentence (a passage may hold two paragraphs); « opens one.
    ['Ships queue outside Ostrin as well.\n\n«We have room for four more,» he said.', ['Ships queue outside Ostrin as well.', '«We have room for four more,» he said.']],
    ['Talks resume on Thursday\n\nthe union said nothing more.', ['Talks resume on Thursday', 'the union said nothing more.']],
    // Philippine papers: "Atty." before a lawyer's name, "Ma." for Maria.
    ['Atty. Francisco Magbanua, counsel for Sen. Ma. Cristina Dela Paz, spoke. He left.', ['Atty. Francisco Magbanua, counsel for Sen. Ma. Cristina Dela Paz, spoke.', 'He left.']],
  ])('%s', (text, expected) => {
    const sentences = splitSentences(text)
    expect(sentences.map((s) => s.text)).toEqual(expected)
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
  })
})

describe('a run-on without full stops (a list, a table, a scraped page)', () => {
  // 50,000 words in one "sentence" made one passage: unquotable, and the sentence encoder took
  // over half an hour on it.
  const items = Array.from({ length: 50_000 }, (_, i) => `item${i}`)
  const runOn = `Delegates from ${items.slice(0, 60).join(' ')}; the list of towns went on: ${items.join(' ')}`

  it('is cut into verbatim pieces no longer than MAX_SENTENCE_CHARS, at a clause break when there is one', () => {
    const sentences = splitSentences(`The list was published on Monday. ${runOn}`)
    expect(sentences[0]!.text).toBe('The list was published on Monday.')
    expect(sentences.length).toBeGreaterThan(runOn.length / MAX_SENTENCE_CHARS)
    for (const s of sentences) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS)
    expect(sentences[1]!.text.endsWith('the list of towns went on:')).toBe(true)
    // Nothing lost, nothing added: the pieces are the text, in order, cut at spaces.
    expect(sentences.slice(1).map((s) => s.text).join(' ')).toBe(runOn)
    for (const s of sentences) expect(`The list was published on Monday. ${runOn}`.slice(s.start, s.end)).toBe(s.text)
  })

  it('without a space, is cut anywhere but inside a character', () => {
    const text = 'a'.repeat(MAX_SENTENCE_CHARS - 1) + '😀'.repeat(1000)
    const sentences = splitSentences(text)
    expect(sentences.map((s) => s.text).join('')).toBe(text)
    for (const s of sentences) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS)
    for (const s of sentences) expect(s.text).toBe(Buffer.from(s.text).toString())
  })

  it('makes passages of the usual size, and leaves news sentences whole', async () => {
    const passages = toPassages('list.txt', [{ text: runOn }], 0)
    expect(passages.length).toBeGreaterThan(runOn.length / (2 * MAX_PASSAGE_CHARS))
    // A piece ends at the sentence that reaches its share of the paragraph: at most one sentence past it.
    for (const p of passages) expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS + MAX_SENTENCE_CHARS)
    expect(passages.map((p) => p.text).join(' ')).toBe(runOn)
    for (const name of ['000_06fbccc68347ad1c.txt', '002_3b7997cde4e939d4.txt']) {
      for (const paragraph of (await seed(name)).split(/\n\s*\n/)) {
        for (const s of splitSentences(paragraph)) expect(s.text.length).toBeLessThan(MAX_SENTENCE_CHARS)
      }
    }
  })
})

describe('an article written as one paragraph of megabytes (a dump pasted into one line)', () => {
  // Each full stop read the word before it by matching /\S+$/ against all the text before it:
  // splitting was quadratic, and a 2 MB one-line file took minutes to load (the bot froze).
  it('is split sentence by sentence, every sentence verbatim, in seconds at most', async () => {
    const article = (await seed('000_06fbccc68347ad1c.txt')).replace(/\s*\n\s*/g, ' ').trim()
    const copies = Math.ceil(1_000_000 / article.length)
    const text = Array.from({ length: copies }, () => article).join(' ')
    const once = splitSentences(article).map((s) => s.text)
    const sentences = splitSentences(text)
    expect(sentences.map((s) => s.text)).toEqual(Array.from({ length: copies }, () => once).flat())
    for (const s of sentences.slice(-5)) expect(text.slice(s.start, s.end)).toBe(s.text)
  }, 20_000)
})

describe('toPassages', () => {
  const texts = (paragraphs: { text: string; heading?: string }[]) => toPassages('a.txt', paragraphs, 0).map((p) => p.text)
  const lead = 'A US bank has said it will donate more than $8m to victims of the regime.'
  const answer = 'Riggs Bank will put money in a special fund. The bank had been accused of concealing assets.'

  it('a one-sentence paragraph shares its passage with the next, joined as in the body', () => {
    expect(texts([{ text: lead }, { text: answer }, { text: 'It said nothing more. Nor did the court.' }])).toEqual([
      `${lead}\n\n${answer}`,
      'It said nothing more. Nor did the court.',
    ])
  })

  it('paragraphs of two sentences or more stay apart, and a heading is never crossed', () => {
    expect(texts([{ text: answer }, { text: answer }])).toEqual([answer, answer])
    expect(texts([{ text: lead, heading: 'Background' }, { text: answer, heading: 'Next' }])).toEqual([lead, answer])
  })

  it('an interviewer\'s turn that ends by asking shares its passage with the answer after it (docs/quality.md, item 81)', () => {
    // Written for this test as a podcast's transcript prints an interview.
    const question = 'LAURA FENU: Your association wrote to the government in March. What did you ask for?'
    const reply = 'NICOLÒ DEIANA: Three things. First, a recruitment plan to train 40 new pilots over two years.'
    const next = 'LAURA FENU: We asked the ministry too. Did you get a reply?'
    expect(texts([{ text: question }, { text: reply }, { text: answer }])).toEqual([`${question}\n\n${reply}`, answer])
    // A question inside a quotation is the article's report of it, not the paragraph asking.
    const quoted = 'The mayor was blunt. "Who will pay for this?"'
    expect(texts([{ text: quoted }, { text: answer }])).toEqual([quoted, answer])
    // A paragraph that asks never takes the next question with it.
    expect(texts([{ text: next }, { text: 'Q: Will fares go up?' }, { text: answer }])).toEqual([next, `Q: Will fares go up?\n\n${answer}`])
  })

  it('joined past MAX_PASSAGE_CHARS, it is cut at sentences and the lead keeps the sentence after it', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} of the long paragraph says a good deal more about the settlement.`).join(' ')
    const passages = toPassages('a.txt', [{ text: lead }, { text: long }], 0)
    expect(passages.length).toBeGreaterThan(1)
    expect(passages[0]!.text.startsWith(`${lead}\n\nSentence 1 of the long paragraph`)).toBe(true)
    for (const p of passages) expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS)
    expect(passages.map((p) => p.text).join(' ')).toBe(`${lead}\n\n${long}`)
  })
})

describe('cleanArticle on the seeds', () => {
  it('drops the "Read also:" list and footnote debris of 001, keeps its headline as the title', async () => {
    const clean = cleanArticle(await seed('001_4de870c6ba78c5ba.txt'))
    const text = clean.paragraphs.map((p) => p.text).join('\n')
    expect(clean.title).toBe('Ukraine requires authentic security guarantees, encompassing U.S. assistance, as stated by the Lithuanian president')
    expect(text).not.toContain('Read also')
    expect(text).not.toContain('[Source]')
    expect(text).not.toContain('United States tariffs pose a threat to India')
    expect(clean.paragraphs.at(-1)!.text).toMatch(/^Before the meetings with European leaders/)
  })

  it('keeps the section headings of 002 as context, not as paragraphs, and derives a title', async () => {
    const clean = cleanArticle(await seed('002_3b7997cde4e939d4.txt'))
    expect(clean.paragraphs.map((p) => p.heading)).toEqual(["What's Happening?", "Why It's Important?", "What's Next?"])
    expect(clean.paragraphs.some((p) => p.text === "What's Next?")).toBe(false)
    expect(clean.title).toBe('President Trump has announced that the United States will not deploy military forces to…')
  })

  it('reads a line handing over to a quotation ("First Team Manager Tomasz Wierzbicki said:") as the article\'s words, not a heading (docs/quality.md, item 60)', () => {
    // Written for this test in a football club's statement style.
    const clean = cleanArticle(
      'CLUB STATEMENT: Rovers crowned cup winners\n\nRovers won the Northmoor Cup on Saturday.\n\nFirst Team Manager Tomasz Wierzbicki said:\n\n"I am so proud of this group of players."\n\nVictory Parade\n\nThe bus leaves at 14:00.\n',
    )
    expect(clean.paragraphs.map((p) => p.text)).toContain('First Team Manager Tomasz Wierzbicki said:')
    expect(clean.paragraphs.find((p) => p.text.startsWith('"I am so proud'))?.heading).toBeUndefined()
    expect(clean.paragraphs.find((p) => p.text.startsWith('The bus'))?.heading).toBe('Victory Parade')
  })

  it('reads a signature or a byline ("Name, Title") as the article\'s words, not a heading (docs/quality.md, item 69)', () => {
    // Written for this test in a company notice's and a local paper's styles.
    const clean = cleanArticle(
      'Notice on brake testing\n\nBy Dana Whitcombe, Education Reporter\n\nThe company apologised on Monday.\n\n"I offer my deepest apologies."\nHiroshi Otsuka, President and Representative Director\n\nContact for media inquiries:\nCorporate Communications Department\n\nWhat Happens Next\n\nThe ministry will inspect the plant.\n',
    )
    const texts = clean.paragraphs.map((p) => p.text)
    expect(texts).toContain('By Dana Whitcombe, Education Reporter')
    expect(texts).toContain('Hiroshi Otsuka, President and Representative Director')
    expect(clean.paragraphs.find((p) => p.text.startsWith('Contact'))?.heading).toBeUndefined()
    expect(clean.paragraphs.find((p) => p.text.startsWith('The ministry'))?.heading).toBe('What Happens Next')
  })

  it('reads a header line "Label: Value" and a Q&A\'s question as the article\'s words, not headings (docs/quality.md, items 70 and 71)', () => {
    // Written for this test in a council report's and an explainer's styles.
    const clean = cleanArticle(
      'Ferry report\n\nARGYLL ISLES COUNCIL\nCommittee Chair: Cllr Iain Dewar\n\n1. PURPOSE\n\n1.1 To inform Members of the withdrawal of the ferry.\n\n' +
        'Q: What Happens Now?\n\nA: A replacement vessel arrives on Saturday.\n\nQ: Will fares go up?\n\nA: Not this year, the council said.\n\nWhat Islanders Say\n\nShopkeepers want a second boat.\n',
    )
    const texts = clean.paragraphs.map((p) => p.text)
    expect(texts).toContain('Committee Chair: Cllr Iain Dewar')
    // Whatever the capitals, a question is text, and no answer is headed by the one before it.
    expect(texts).toContain('Q: What Happens Now?')
    expect(texts).toContain('Q: Will fares go up?')
    expect(clean.paragraphs.find((p) => p.text.startsWith('A: Not this year'))?.heading).toBe('1. PURPOSE')
    // A section heading still heads what follows it.
    expect(clean.paragraphs.find((p) => p.text.startsWith('Shopkeepers'))?.heading).toBe('What Islanders Say')
  })

  it('reads a numbered report\'s section heading in sentence case as a heading, not a numbered list\'s item (docs/quality.md, item 72)', () => {
    // Written for this test in a cantonal police report's style, and a column's list.
    const clean = cleanArticle(
      'Incident report\n\n2. Location and terrain\n2.1 The release zone lies at 2,640 metres.\n\n3. Snow and weather conditions\n3.1 The bulletin rated the danger as considerable.\n' +
        '3.2 About 45 centimetres of new snow fell.\n\nWhat the council should do:\n1. Build racks first\nThe racks should come before the fines.\n',
    )
    const texts = clean.paragraphs.map((p) => p.text)
    expect(texts).not.toContain('3. Snow and weather conditions')
    expect(clean.paragraphs.find((p) => p.text.startsWith('3.2 About 45'))?.heading).toBe('3. Snow and weather conditions')
    expect(clean.paragraphs.find((p) => p.text.startsWith('2.1 The release'))?.heading).toBe('2. Location and terrain')
    expect(texts).toContain('1. Build racks first')
  })

  it('drops a press release\'s media contact and its end mark, and keeps what follows a contact line (docs/quality.md, item 69)', () => {
    // Written for this test in a mining company's, a fire agency's and a city's release styles.
    const clean = cleanArticle(
      'Statement on the tailings dam\n\nThe company is cooperating with the inquiry.\n\nAbout MinCarpat\nMinCarpat SA is a Romanian mining company.\n\n' +
        'Media contact\nLarisa Pop, Head of Communications\npress@mincarpat.ro | +40 264 555 0192\n\nENDS\n\n' +
        'Media enquiries: CSRA Communications.\n\nNext update: 06/11/2025.\n',
    )
    const texts = clean.paragraphs.map((p) => p.text)
    expect(texts).toContain('MinCarpat SA is a Romanian mining company.')
    expect(texts.join('\n')).not.toMatch(/Larisa Pop|press@|ENDS|CSRA Communications/)
    expect(texts.at(-1)).toBe('Next update: 06/11/2025.')
  })

  it('takes a headline without a full stop as the title only (003)', async () => {
    const clean = cleanArticle(await seed('003_9090c35cc40e081f.txt'))
    expect(clean.title).toBe('Assurance for Kiev by Europeans: No Deployment of U.S. Troops')
    expect(clean.paragraphs[0]!.text).toMatch(/^In a significant development, the United States/)
  })

  it('reads front matter and decodes entities', () => {
    const clean = cleanArticle('---\ntitle: "Budget talks"\noutlet: BBC News\nurl: https://example.org/a\n---\nThe plan costs &#163;5bn.\n\nIt passed.\n')
    expect(clean.meta).toEqual({ title: 'Budget talks', outlet: 'BBC News', url: 'https://example.org/a' })
    expect(clean.title).toBe('Budget talks')
    expect(clean.paragraphs.map((p) => p.text)).toEqual(['The plan costs £5bn.', 'It passed.'])
  })

  it('rejects unterminated front matter with a reason', () => {
    expect(() => cleanArticle('---\ntitle: x\nThe body.\n')).toThrow('front matter opened with "---" is never closed')
  })
})

describe('loadCorpus', () => {
  it('loads the five seeds into passages whose text is verbatim article text', async () => {
    const corpus = await loadCorpus(SEEDS)
    expect(corpus.articles.map((a) => a.source)).toEqual([
      '000_06fbccc68347ad1c.txt',
      '001_4de870c6ba78c5ba.txt',
      '002_3b7997cde4e939d4.txt',
      '003_9090c35cc40e081f.txt',
      '004_a96f1940f85f0698.txt',
    ])
    expect(corpus.warnings).toEqual([])
    const perArticle = corpus.articles.map((a) => corpus.passages.filter((p) => p.source === a.source).length)
    // A one-sentence paragraph shares a passage with the next one: five passages hold two paragraphs.
    expect(perArticle).toEqual([5, 8, 4, 9, 5])
    expect(corpus.passages.filter((p) => p.text.includes('\n\n'))).toHaveLength(5)
    for (const p of corpus.passages) {
      // Each line of a seed is a paragraph; a passage of two paragraphs is joined as in the body ("\n\n").
      const lines = (await seed(p.source)).split('\n').map((l) => l.replace(/\s+/g, ' ').trim())
      const raw = lines.filter(Boolean).join('\n\n')
      expect(raw).toContain(p.text)
      for (const s of p.sentences) expect(p.text.slice(s.start, s.end)).toBe(s.text)
    }
  })

  it('reports documents it does not read (a saved web page, a PDF) by name, and ignores other files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cb-documents-'))
    await copyFile(path.join(SEEDS, '004_a96f1940f85f0698.txt'), path.join(dir, 'good.txt'))
    await writeFile(path.join(dir, 'saved-page.HTML'), '<html><body><p>Talks resumed on Monday.</p></body></html>')
    await writeFile(path.join(dir, 'report.pdf'), '%PDF-1.4')
    await writeFile(path.join(dir, 'photo.png'), 'not an article')
    // A page saved under a text name; an article that merely quotes a tag is still an article.
    await writeFile(path.join(dir, 'page.txt'), '<!DOCTYPE html>\n<html><body><h1>Bridge opens</h1><p>The bridge opened on Sunday.</p></body></html>')
    await writeFile(path.join(dir, 'tags.md'), 'Web standards row\n\nThe <html> tag opens every page, the committee said on Monday.\n')
    const corpus = await loadCorpus(dir)
    expect(corpus.articles.map((a) => a.source)).toEqual(['good.txt', 'tags.md'])
    expect(corpus.warnings).toEqual([
      { source: 'page.txt', reason: 'a web page (HTML), not its text (save the page as text)' },
      { source: 'report.pdf', reason: 'a .pdf document: only .txt and .md articles are read (save it as text)' },
      { source: 'saved-page.HTML', reason: 'a .html document: only .txt and .md articles are read (save it as text)' },
    ])
  })

  it('reads articles saved as Windows-1252 / Latin-1 or as UTF-16, with their own characters', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cb-encodings-'))
    const article = 'Café owner fined\n\nThe owner of the Café Rouge was fined £5,000 on Friday. “It is unfair,” she said – and left.\n'
    // 0x93/0x94 are Windows-1252's curly quotes and 0x96 its dash; é and £ are Latin-1's.
    await writeFile(path.join(dir, 'windows-1252.txt'), Buffer.from([...article].map((c) => ({ '“': 0x93, '”': 0x94, '–': 0x96 })[c] ?? c.charCodeAt(0))))
    await writeFile(path.join(dir, 'utf-16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article.replace('Café', 'Bistro'), 'utf16le')]))
    await writeFile(path.join(dir, 'utf-16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(article.replace('Café', 'Diner'), 'utf16le').swap16()]))
    const corpus = await loadCorpus(dir)
    expect(corpus.warnings).toEqual([])
    expect(corpus.articles.map((a) => [a.source, a.title])).toEqual([
      ['utf-16be.txt', 'Diner owner fined'],
      ['utf-16le.txt', 'Bistro owner fined'],
      ['windows-1252.txt', 'Café owner fined'],
    ])
    const passage = corpus.passages.find((p) => p.source === 'windows-1252.txt')!
    expect(passage.text).toBe('The owner of the Café Rouge was fined £5,000 on Friday. “It is unfair,” she said – and left.')
  })

  it('skips broken files with one warning each and serves the rest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cb-broken-'))
    await copyFile(path.join(SEEDS, '004_a96f1940f85f0698.txt'), path.join(dir, 'good.txt'))
    await copyFile(path.join(SEEDS, '004_a96f1940f85f0698.txt'), path.join(dir, 'good-copy.txt'))
    await writeFile(path.join(dir, 'empty.txt'), '')
    await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    // "Путин сказал" in KOI8-R: a single-byte encoding other than Latin-1's, misread throughout if guessed.
    await writeFile(path.join(dir, 'koi8-r.txt'), Buffer.from([240, 213, 212, 201, 206, 32, 211, 203, 193, 218, 193, 204]))
    await writeFile(path.join(dir, 'frontmatter.md'), '---\ntitle: never closed\nBody text here.\n')
    await writeFile(path.join(dir, 'notes.json'), '{"not": "an article"}')
    await writeFile(path.join(dir, 'locked.txt'), 'Secret text.')
    await chmod(path.join(dir, 'locked.txt'), 0o000)
    const canReadLocked = process.getuid?.() === 0

    const corpus = await loadCorpus(dir)
    expect(corpus.articles.map((a) => a.source)).toEqual(canReadLocked ? ['good-copy.txt', 'locked.txt'] : ['good-copy.txt'])
    expect(corpus.warnings).toEqual(
      expect.arrayContaining([
        { source: 'binary.txt', reason: 'not text (binary content)' },
        { source: 'empty.txt', reason: 'empty file' },
        { source: 'frontmatter.md', reason: 'front matter opened with "---" is never closed' },
        { source: 'good.txt', reason: 'same text as good-copy.txt; indexed once' },
        { source: 'koi8-r.txt', reason: 'not valid UTF-8 text' },
      ]),
    )
    if (!canReadLocked) expect(corpus.warnings).toContainEqual({ source: 'locked.txt', reason: 'unreadable (permission denied)' })
  })
})
