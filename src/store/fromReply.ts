// What a reply tells the question log: the question as the engine read it, how it was answered,
// and the passages it cited (references, not their text). Replies that answer no question
// (/sources, /help, notices, reports) are not logged.
import type { Reply } from '../replies.ts'
import type { Confidence, RankedPassage } from '../types.ts'
import type { CitedPassage, QuestionEntry } from './questionLog.ts'

export type LoggedAnswer = Pick<QuestionEntry, 'question' | 'outcome' | 'person' | 'cited'>

export function loggedAnswer(reply: Reply): LoggedAnswer | undefined {
  switch (reply.kind) {
    case 'answer': {
      const { answer } = reply
      // A greeting, a question about the bot or one in letters the articles never use: not a gap in the coverage.
      if (answer.chat) return undefined
      return { question: answer.question, outcome: outcomeOf(answer), cited: answer.results.map(citedPassage) }
    }
    case 'compare': {
      // /compare is a question too: what the coverage lacks shows in /gaps whichever way it was asked.
      const { comparison } = reply
      return { question: comparison.question, outcome: outcomeOf(comparison), cited: comparison.entries.map(citedPassage) }
    }
    case 'excerpt':
      return { question: reply.query, outcome: reply.result ? 'answered' : 'not_covered', cited: reply.result ? [citedPassage(reply.result)] : [] }
    case 'leader': {
      const person = reply.lookup.found ? reply.lookup.person?.name : undefined
      return { question: reply.lookup.query, outcome: person ? 'answered' : 'not_covered', ...(person ? { person } : {}), cited: [] }
    }
    default:
      return undefined
  }
}

/** The three kinds of reply to a question: a confident answer, the closest the coverage comes, not covered. */
function outcomeOf({ answered, confidence }: { answered: boolean; confidence?: Confidence }): QuestionEntry['outcome'] {
  return !answered ? 'not_covered' : confidence === 'high' ? 'answered' : 'closest'
}

/** The passage's span in its article's cleaned text (every passage is one; -1 if the article changed since). */
export function citedPassage({ passage, article }: RankedPassage): CitedPassage {
  const start = article.body.indexOf(passage.text)
  return { source: passage.source, position: passage.position, start, end: start < 0 ? -1 : start + passage.text.length }
}
