// Paragraphs → passages: the unit we index and quote. A one-sentence paragraph shares a passage
// with the next; a long paragraph is split at sentence boundaries into pieces of similar length,
// so a quote is never cut mid-sentence.
import type { Passage } from '../types.ts'
import type { Paragraph } from './clean.ts'
import { splitSentences } from './sentences.ts'

/** Passages longer than this are split; ~ what reads comfortably in one embed field. */
export const MAX_PASSAGE_CHARS = 700

/** How the body joins paragraphs (src/corpus/load.ts). */
export const PARAGRAPH_BREAK = '\n\n'

/** Passages of one article; ids are assigned by the caller's running counter. */
export function toPassages(source: string, paragraphs: Paragraph[], firstId: number): Passage[] {
  const passages: Passage[] = []
  for (const paragraph of packOneSentenceParagraphs(paragraphs)) {
    for (const text of splitLongParagraph(paragraph.text)) {
      const sentences = splitSentences(text)
      passages.push({
        id: firstId + passages.length,
        source,
        position: passages.length,
        ...(paragraph.heading ? { heading: paragraph.heading } : {}),
        text,
        sentences,
      })
    }
  }
  return passages
}

function splitLongParagraph(text: string): string[] {
  if (text.length <= MAX_PASSAGE_CHARS) return [text]
  const sentences = splitSentences(text)
  const pieces = Math.ceil(text.length / MAX_PASSAGE_CHARS)
  const target = text.length / pieces
  const chunks: string[] = []
  let start = sentences[0]?.start ?? 0
  for (const [i, sentence] of sentences.entries()) {
    const isLast = i === sentences.length - 1
    if (isLast || sentence.end - start >= target) {
      chunks.push(text.slice(start, sentence.end))
      start = sentences[i + 1]?.start ?? sentence.end
    }
  }
  return chunks
}

/**
 * A paragraph of one sentence joins the next one; splitLongParagraph then cuts anything over
 * MAX_PASSAGE_CHARS at sentences, so a lead keeps at least the next sentence. Wire copy gives a
 * sentence its own paragraph: the lead restates the story and the answer is in the next one, and
 * a one-sentence passage quoted one without the other (docs/quality.md). Joined as in the body,
 * so a passage stays a span of it; never across a heading.
 */
function packOneSentenceParagraphs(paragraphs: Paragraph[]): Paragraph[] {
  const packed: Paragraph[] = []
  let lead: Paragraph | undefined // the last paragraph, while it is one sentence on its own
  for (const paragraph of paragraphs) {
    if (lead && lead.heading === paragraph.heading) {
      lead.text += PARAGRAPH_BREAK + paragraph.text
      lead = undefined
    } else {
      const own = { ...paragraph }
      packed.push(own)
      lead = splitSentences(own.text).length < 2 ? own : undefined
    }
  }
  return packed
}
