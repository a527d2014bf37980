// Issue #14 target: extraction on pages shaped like real news sites gives the article's
// paragraphs and nothing else: no menu, cookie banner, caption, byline, "Read more" line,
// advert, related-article list, share links or comments.
import { describe, expect, it } from 'vitest'
import { extractArticle, NotAnArticle, paragraphsOfHtml } from '../src/ingest/extract.ts'
import { decodeBody } from '../src/ingest/fetch.ts'
import { fixture } from './helpers/newsServer.ts'

const read = (name: string, contentType?: string) => extractArticle(decodeBody(fixture(name), contentType), `https://site.example/${name}`)

describe('extractArticle on the fixture pages', () => {
  it('a full news page: the story, nothing of the page around it (the subheading left out too)', () => {
    const article = read('strike.html', 'text/html; charset=utf-8')
    expect(article).toEqual({
      title: 'Valmora dockers walk out over night shifts',
      outlet: 'Harbour Times',
      url: 'https://harbourtimes.example/2025/08/18/valmora-dockers-walk-out',
      published: '2025-08-18T08:15:00.000Z',
      author: 'Nadia Korr',
      method: 'readability',
      paragraphs: [
        'Dockers at the port of Valmora walked out on Monday after the port authority added two night shifts a week without extra pay.',
        'The union said 1,200 workers had joined the strike by noon, leaving 14 container ships waiting at anchor outside the harbour wall.',
        'Port director Elena Sarris said the night shifts were needed to clear a backlog left by the summer storms, which closed the terminal for nine days in July.',
        '“We cannot let cargo rot on the quay,” she told reporters. “Everyone will be paid what the contract says.”',
        'The union’s leader, Marco Dellis, called the new rota “unsafe and unfair” and said the strike would last until it was withdrawn.',
      ],
    })
    const text = article.paragraphs.join('\n')
    for (const furniture of ['cookies', 'Sport', 'Photo:', 'By Nadia', 'Advertisement', 'Read more', 'Related', 'Ferry timetable', 'Backlog from', 'Share on', 'Sailor99', 'Nobody wins', '©', 'tracking']) {
      expect(text).not.toContain(furniture)
    }
  })

  it('an AMP page: the article, its canonical (non-AMP) URL, no sidebar, ad or newsletter box', () => {
    const article = read('amp.html')
    expect(article).toEqual({
      title: 'Ships wait at Valmora as strike enters second day',
      outlet: 'Coastal Post',
      url: 'https://coastalpost.example/news/ships-wait-at-valmora',
      published: '2025-08-19T07:30:00.000Z',
      author: 'Tomas Brel',
      method: 'readability',
      paragraphs: [
        'The strike at the port of Valmora entered its second day on Tuesday, with 1,200 workers on strike and 14 container ships waiting at anchor.',
        'Shipping agents said the delays were costing operators about €2 million a day, and two lines had begun sending ships to Ostrin instead.',
        'Talks between the union and the port authority are due to resume on Thursday in the town hall.',
      ],
    })
  })

  it('a page whose article is only in its JSON-LD: read from articleBody, entities decoded', () => {
    expect(read('jsonld-only.html')).toEqual({
      title: 'Valmora port talks break down',
      outlet: 'Daily Ledger',
      url: 'https://dailyledger.example/2025/08/21/valmora-talks',
      published: '2025-08-21T16:00:00.000Z',
      author: 'Ines Varga',
      method: 'json-ld',
      paragraphs: [
        'Talks between the union and the port authority broke down on Thursday after the authority refused to pay a night-shift bonus.',
        "The union's leader, Marco Dellis, said the strike would continue into next week & that members would vote on Monday.",
        'The authority said its offer of a 4% rise from January “remains on the table”.',
      ],
    })
  })

  it('windows-1252 declared only in the page: curly quotes, dashes, £ and é as the page means them; entities decoded', () => {
    const article = read('cp1252.html', 'text/html')
    expect(article.title).toBe('Café owners on the quay count the cost')
    expect(article.published).toBe('2025-08-20')
    expect(article.paragraphs).toEqual([
      'The cafés along Valmora’s quay say takings have fallen by half since the dockers’ strike began — “the worst week since the storms,” one owner said.',
      'Renée Laurent, who runs the Café du Port, said she had sold £300 of coffee on Tuesday, against £650 on a normal day.',
      'Fishermen’s wives & daughters who sell the morning catch at the quay said trade there was steady, because the fish market does not depend on the container terminal.',
    ])
  })

  it('ISO-8859-1 declared only by the server', () => {
    const article = read('latin1.html', 'text/html; charset=ISO-8859-1')
    expect(article.title).toBe('Müller says the strike costs Ostrin too')
    expect(article.paragraphs).toEqual([
      "Ostrin's harbour master, Jürgen Müller, said on Wednesday that ships diverted from Valmora were now queueing outside Ostrin as well.",
      '«We have room for four more ships, not fourteen,» he said, adding that the pilots\' association had asked for extra crews.',
      'The two ports are 40 km apart on the coast road, which the July storms damaged in three places.',
    ])
    // Read as UTF-8 instead, the same bytes would be broken: the charset is what makes it right.
    expect(decodeBody(fixture('latin1.html'))).toContain('M\uFFFDller')
  })

  it('a section front (a list of headlines) is not an article', () => {
    expect(() => read('index.html')).toThrow(NotAnArticle)
    expect(() => read('index.html')).toThrow('no article text was found on the page')
  })

  it('a feed item’s HTML content is read block by block (the fallback when its page cannot be)', () => {
    expect(paragraphsOfHtml('<p>First &amp; foremost.</p><script>x()</script><p>Second <a href="/x">part</a>.</p>')).toEqual(['First & foremost.', 'Second part.'])
    expect(paragraphsOfHtml('Plain text line one.\nLine two.')).toEqual(['Plain text line one.', 'Line two.'])
  })
})

describe('extraction on its worker thread', () => {
  it('gives exactly what extractArticle gives in-line, refuses the same pages, and starts again after close()', async () => {
    const { createExtractor } = await import('../src/ingest/extractor.ts')
    const extractor = createExtractor()
    try {
      const html = decodeBody(fixture('strike.html'), 'text/html; charset=utf-8')
      expect(await extractor.extract(html, 'https://site.example/strike.html')).toEqual(extractArticle(html, 'https://site.example/strike.html'))
      const index = decodeBody(fixture('index.html'))
      const refused = await extractor.extract(index, 'https://site.example/').catch((e: unknown) => e)
      expect(refused).toBeInstanceOf(NotAnArticle)
      expect((refused as Error).message).toBe('no article text was found on the page')
      await extractor.close()
      expect((await extractor.extract(html, 'https://site.example/strike.html')).title).toBe('Valmora dockers walk out over night shifts')
    } finally {
      await extractor.close()
    }
  })
})
