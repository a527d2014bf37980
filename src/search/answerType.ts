// What kind of answer a question asks for, and whether a sentence can be one. "How old is X?"
// is not answered by a sentence about X that gives no age; "When…?" needs a time.

export type AnswerType = 'age' | 'time' | 'quantity' | 'place'

const MONTH = '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)'
const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'
const TIME_EXPRESSION = new RegExp(
  `\\b(${MONTH}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}|${WEEKDAY}|(19|20)\\d{2}|yesterday|today|tomorrow|tonight|` +
    `(last|next|this|that|coming|following)\\s+(day|days|week|weekend|month|year|spring|summer|autumn|fall|winter)|` +
    `(the )?(following|next|previous) day|(morning|evening|afternoon|night)|within (the next )?\\w+ (days|weeks|months)|` +
    `\\d+\\s+(days?|weeks?|months?|years?)\\s+(ago|later|earlier)|(earlier|later) (this|that|on))\\b`,
  'i',
)
const AGE_EXPRESSION = /\b(aged?\s+\d{1,3}|\d{1,3}[- ]years?[- ]old|\d{1,3}-year-old|born (in|on)\b)/i
const QUANTITY_EXPRESSION = /(\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|dozens|several|few|many|half)\b)/i

export function expectedAnswerType(question: string): AnswerType | undefined {
  const q = question.toLowerCase()
  if (/\bhow old\b|\bwhat age\b|\bage of\b/.test(q)) return 'age'
  if (/\bhow (many|much|tall|high|far|long|big|large|heavy|wide|deep|fast)\b|\bwhat (number|percentage|share|amount|size)\b/.test(q)) return 'quantity'
  if (/^\s*where\b|\bin which (city|country|place)\b|\bwhat (city|country|place)\b/.test(q)) return 'place'
  if (/^\s*when\b|\bwhat (day|date|time|year|month|week)\b|\bwhich (day|date|year|month)\b|\bon what (day|date)\b/.test(q)) return 'time'
  return undefined
}

/** "in Alaska", "at the White House", "to Washington": a preposition of place before a name. */
const PLACE_EXPRESSION = /\b(in|at|to|from|near|inside|outside)\s+(the\s+)?\p{Lu}/u

export function sentenceAnswers(type: AnswerType, sentence: string): boolean {
  if (type === 'place') return PLACE_EXPRESSION.test(sentence)
  if (type === 'age') return AGE_EXPRESSION.test(sentence)
  if (type === 'time') return TIME_EXPRESSION.test(sentence)
  // Dates are numbers too, but not quantities: "Aug. 19" does not say how much.
  return QUANTITY_EXPRESSION.test(sentence.replace(new RegExp(TIME_EXPRESSION.source, 'gi'), ' '))
}

/** Questions that ask for a reason ("why…") or for what someone said or thinks. */
export function questionAsks(question: string): { reason: boolean; statement: boolean } {
  const q = question.toLowerCase()
  return {
    reason: /^\s*(why|how come)\b|\bwhat('s| is| was)? (the )?reason\b|\bwhat (caused|led to)\b/.test(q),
    statement: /\b(say|said|says|think|thinks|thought|feel|feels|view|views|position|stance|react|reacted|reaction|respond|responded|response|claim|claimed|warn|warned|worried|concerned|opinion)\b/.test(q),
  }
}
