// Paragraphs → passages: the unit we index and quote. A one-sentence paragraph shares a passage
// with the next; a long paragraph is split at sentence boundaries into pieces of similar length,
// so a quote is never cut mid-sentence.
import type { Passage, Sentence } from '../types.ts'
import { isQaQuestion, type Paragraph } from './clean.ts'
import { splitSentences } from './sentences.ts'

/** A paragraph whose last sentence asks, outside any quotation. */
const ENDS_ASKING = /\?\s*$/

/** Passages longer than this are split; ~ what reads comfortably in one embed field. */
export const MAX_PASSAGE_CHARS = 700

/** How the body joins paragraphs (src/corpus/load.ts). */
export const PARAGRAPH_BREAK = '\n\n'

/** A paragraph with its sentences, split once: packing needs them to count, passages to keep. */
interface SplitParagraph extends Paragraph {
  sentences: Sentence[]
}

/** Passages of one article; ids are assigned by the caller's running counter. */
export function toPassages(source: string, paragraphs: Paragraph[], firstId: number): Passage[] {
  const passages: Passage[] = []
  for (const paragraph of packOneSentenceParagraphs(paragraphs)) {
    for (const { text, sentences } of splitLongParagraph(paragraph)) {
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

function splitLongParagraph({ text, sentences }: SplitParagraph): { text: string; sentences: Sentence[] }[] {
  if (text.length <= MAX_PASSAGE_CHARS) return [{ text, sentences }]
  const pieces = Math.ceil(text.length / MAX_PASSAGE_CHARS)
  const target = text.length / pieces
  const chunks: { text: string; sentences: Sentence[] }[] = []
  let first = 0 // the chunk's first sentence
  for (const [i, sentence] of sentences.entries()) {
    const start = sentences[first]!.start
    if (i === sentences.length - 1 || sentence.end - start >= target) {
      const shift = (s: Sentence) => ({ text: s.text, start: s.start - start, end: s.end - start })
      chunks.push({ text: text.slice(start, sentence.end), sentences: sentences.slice(first, i + 1).map(shift) })
      first = i + 1
    }
  }
  return chunks
}

/**
 * A paragraph of one sentence joins the next one, and so does one that ends by asking (an
 * interviewer's turn, "LAURA FENU: Your association wrote to the government in March. What did
 * you ask for?"; a column's "So what went wrong?"): the answer is the next paragraph, and a
 * passage of the question alone matched the words of a question about it and answered nothing.
 * splitLongParagraph then cuts anything over
 * MAX_PASSAGE_CHARS at sentences, so a lead keeps at least the next sentence. Wire copy gives a
 * sentence its own paragraph: the lead restates the story and the answer is in the next one, and
 * a one-sentence passage quoted one without the other (docs/quality.md). Joined as in the body,
 * so a passage stays a span of it; never across a heading, nor onto a Q&A's next question, which
 * goes with its own answer. A paragraph break always ends a sentence (src/corpus/sentences.ts), so
 * the joined sentences are the two paragraphs' own.
 */
function packOneSentenceParagraphs(paragraphs: Paragraph[]): SplitParagraph[] {
  const packed: SplitParagraph[] = []
  let lead: SplitParagraph | undefined // the last paragraph, while it is one sentence on its own or asks
  for (const paragraph of paragraphs) {
    const sentences = splitSentences(paragraph.text)
    if (lead && lead.heading === paragraph.heading && !isQaQuestion(paragraph.text)) {
      const offset = lead.text.length + PARAGRAPH_BREAK.length
      lead.text += PARAGRAPH_BREAK + paragraph.text
      lead.sentences.push(...sentences.map((s) => ({ text: s.text, start: s.start + offset, end: s.end + offset })))
      lead = undefined
    } else {
      const own = { ...paragraph, sentences }
      packed.push(own)
      lead = sentences.length < 2 || ENDS_ASKING.test(paragraph.text) ? own : undefined
    }
  }
  return packed
}
