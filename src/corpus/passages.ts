// Paragraphs → passages: the unit we index and quote. A long paragraph is split at sentence
// boundaries into pieces of similar length, so a quote is never cut mid-sentence.
import type { Passage } from '../types.ts'
import type { Paragraph } from './clean.ts'
import { splitSentences } from './sentences.ts'

/** Paragraphs longer than this are split; ~ what reads comfortably in one embed field. */
export const MAX_PASSAGE_CHARS = 700

/** Passages of one article; ids are assigned by the caller's running counter. */
export function toPassages(source: string, paragraphs: Paragraph[], firstId: number): Passage[] {
  const passages: Passage[] = []
  for (const paragraph of paragraphs) {
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
