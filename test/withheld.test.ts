// What an article says was kept back ("for an undisclosed fee", "has not been disclosed"): a
// question asking for it is not covered, and the reply quotes the article saying so
// (docs/quality.md, item 39).
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { Coverage } from '../src/coverage.ts'
import { askJson } from '../src/render/json.ts'
import { renderDiscordReply } from '../src/render/discord.ts'
import { renderTerminal } from '../src/render/terminal.ts'
import { findWithheld, WITHHELD_WITHIN } from '../src/search/withheld.ts'
import { expectWithinDiscordLimits } from './helpers/discordLimits.ts'

/** Ranked passages of one sentence each, as findWithheld reads them. */
const ranked = (...sentences: string[]) => sentences.map((text) => ({ passage: { text, sentences: [{ text }] } }))
const withheldFor = (question: string, ...sentences: string[]) => findWithheld(question, ranked(...sentences))?.sentence
/** The same of one passage of several sentences, ranked first. */
const withheldIn = (question: string, sentences: string[]) =>
  findWithheld(question, [{ passage: { text: sentences.join(' '), sentences: sentences.map((text) => ({ text })) } }])?.sentence

// Sentences of BBC News articles (2004-05), as written; the file each is from.
/** sport-186.txt */
const UNDISCLOSED_FEE = 'Norwich have signed Charlton midfielder Graham Stuart until the end of the season for an undisclosed fee.'
/** politics-281.txt */
const ANOTHER_SUM = 'Mr Hague was also paid an undisclosed amount for the newspaper serialisation of his biography of William Pitt the Younger and up to £135,00 for work as an adviser to various companies.'
/** politics-005.txt */
const BUT_EXPECTED = 'Prime Minister Tony Blair has yet to name the date of the election, but most pundits are betting on 5 May as the likely day.'
/** politics-320.txt */
const A_CLAUSE = 'He plans to stand in the next general election but refused to confirm he is setting up a new political party called Veritas - Latin for truth.'

describe('findWithheld', () => {
  it('finds a sum kept back when the question asks how much, about the same story', () => {
    expect(withheldFor('how much did norwich pay for graham stuart', UNDISCLOSED_FEE)).toBe(UNDISCLOSED_FEE)
    // The same sentence does not answer a question about another story's sum.
    expect(withheldFor('how much did chelsea pay for drogba', UNDISCLOSED_FEE)).toBeUndefined()
  })

  it('finds the thing named before "that it did not name" and after "did not name"', () => {
    const bank = 'The company won new deals in the quarter, including a five-year contract with a European bank that it did not name.'
    expect(withheldFor('which european bank signed the deal', bank)).toBe(bank)
    // A short sentence leans on its paragraph for what it is about.
    const customer = ['Kestrel also said it had won its first contract in Japan, a S$75 million deal to supply cooling systems to a data centre near Osaka.', 'It did not name the customer.']
    expect(withheldIn('which japanese company is the new data centre customer', customer)).toBe('It did not name the customer.')
    expect(withheldIn('which japanese company is the new customer', customer.slice(1))).toBeUndefined()
    expect(withheldFor('what was the name of the captain', "The ferry's captain, whose name was not released, survived.")).toBe("The ferry's captain, whose name was not released, survived.")
  })

  it('matches an embedded question to the question asked: "declined to say where…" answers "where…"', () => {
    const where = ['Gardaí seized cocaine worth €33.6 million from the trawler.', 'She declined to say where the trawler had collected the drugs.']
    expect(withheldIn('where did the trawler pick up the cocaine', where)).toBe(where[1])
    expect(withheldIn('when did the trawler pick up the cocaine', where)).toBeUndefined()
  })

  it('keeps quiet when the sentence gives a sum after all, or an expected answer', () => {
    expect(withheldFor('how much does william hague earn on top of his mp salary', ANOTHER_SUM)).toBeUndefined()
    expect(withheldFor("what's the date of the election", BUT_EXPECTED)).toBeUndefined()
  })

  it('reads no clause as a thing kept back, and answers no yes/no question', () => {
    expect(withheldFor('how many votes did the veritas party get', A_CLAUSE)).toBeUndefined()
    expect(withheldFor('did norwich pay a fee for graham stuart', UNDISCLOSED_FEE)).toBeUndefined()
    // A statement not made is no thing kept back (written for this test, as a tech newsletter sums up a ruling).
    const notSaid = "It didn't touch Wakaride's 25% commission, and it didn't say drivers are entitled to pensions or paid leave."
    expect(withheldFor('what did oga driver say after the wakaride judgment', notSaid)).toBeUndefined()
    expect(withheldFor('what did oga driver say after the wakaride judgment', 'The court did not say that Wakaride drivers would be paid.')).toBeUndefined()
    expect(withheldFor('what commission do wakaride drivers pay', 'Wakaride did not say the commission drivers pay.')).toBeDefined()
  })

  it('reads what a question word asks for in the noun kept back: "when…" and "yet to name a date"', () => {
    /** entertainment-030.txt */
    const noDate = 'The Chicago critics have yet to name a date for when their awards ceremony will be held.'
    expect(withheldFor('when r the chicago film critics holding their awards ceremony', noDate)).toBe(noDate)
    // Another ceremony's date is not what they kept back.
    expect(withheldFor('when is the oscars ceremony', noDate)).toBeUndefined()
  })

  it('reads an embedded question before "was not revealed", and a yes/no question in "whether"', () => {
    /** tech-318.txt */
    const howMuch = 'How much Ask Jeeves paid for Bloglines was not revealed.'
    expect(withheldFor('how much did bloglines cost ask jeeves', howMuch)).toBe(howMuch)
    /** tech-369.txt */
    const whether = "Michael Stephenson, director in Microsoft's Windows Server division, would not confirm however whether the new info cards ID system will be built into the current Windows XP version or Longhorn."
    expect(withheldFor("will microsoft's info cards come in windows xp or just longhorn", whether)).toBe(whether)
    expect(withheldFor('will longhorn be late', whether)).toBeUndefined()
  })

  it('answers "who…" with someone left unnamed, unless the sentence names someone it might be', () => {
    /** entertainment-358.txt */
    const bidder = 'The Palace Theatre, which will be known as The Pavilion Repertory Theatre, was sold to an undisclosed bidder at auction 13 months ago for £340,000.'
    expect(withheldFor('who bought the swansea palace theatre at the auction', bidder)).toBe(bidder)
    /** entertainment-204.txt */
    expect(withheldFor("who's the lawyer for cosby's accuser", "The unidentified woman's lawyer, Dolores M Troiani, said her client was likely to sue the comedian.")).toBeUndefined()
    /** tech-248.txt: "which" names what it asks for, and unnamed individuals are no court. */
    const apple = 'In a statement, Apple said of the current lawsuit: "Apple has filed a civil complaint against unnamed individuals who we believe stole our trade secrets and posted detailed information about an unannounced Apple product on the internet."'
    expect(withheldFor('which court did apple file its leaks lawsuit in', apple)).toBeUndefined()
  })

  it('reads "no date has been given", "no financial details were revealed"', () => {
    /** business-140.txt */
    const noDate = 'No date has been given for when the 5 billion shares will come to the market.'
    expect(withheldFor('when will the 5bn shares hit the market', noDate)).toBe(noDate)
    /** business-473.txt */
    const noDetails = "The merger was announced in a statement on Standard Trust's website on Tuesday, but no financial details were revealed."
    expect(withheldFor('how much is the standard trust merger worth', noDetails)).toBe(noDetails)
  })

  it('reads the head noun past a verb form, and wants the sentence about the question\'s story', () => {
    // Written for this test: a football fee kept back is not a superintendent's salary.
    expect(withheldFor('how much does dr hollis get paid', 'The fee paid to Stanmoor for the forward is confidential at the selling club\'s request.')).toBeUndefined()
    expect(withheldFor('how much did eastmoor pay stanmoor for the forward', 'The fee paid to Stanmoor for the forward is confidential at the selling club\'s request.')).toBeDefined()
    // "would not say how much" about a rent answers no question about a council's grant.
    const rent = 'The landlord would not say how much it is now asking, and the owner kept the figure to himself.'
    expect(withheldFor('how much did the council get from the resilience fund', rent)).toBeUndefined()
    expect(withheldFor('how much is the landlord asking for the new rent', rent)).toBe(rent)
  })

  it('lets a short sentence lean on its paragraph, unless the paragraph gives such an answer itself', () => {
    // Written for this test.
    const deal = ['Harlow Peak Capital has bought Kestrel Industrial, the Calgary maker of pipeline valves.', 'Terms were not disclosed.']
    expect(withheldIn('how much did harlow peak pay for kestrel industrial', deal)).toBe('Terms were not disclosed.')
    const withProfit = [...deal, 'Kestrel made a profit of $9.2 million last year.']
    expect(withheldIn('how much profit did kestrel industrial make', withProfit)).toBeUndefined()
  })

  it('reads "it is unclear why…" as not known, but not in a clause of time', () => {
    const why = ['Inspectors found corrosion in the hull of the Kestrel Sound ferry.', 'It is unclear why the corrosion was not picked up during the refit.']
    expect(withheldIn('why did they not spot the corrosion on the kestrel sound', why)).toBe(why[1])
    /** business-294.txt */
    const then = 'The Dow lost 5% of its value in the three weeks immediately after that election, when it was unclear who would occupy the White House.'
    expect(withheldFor("who's the white house envoy in this story", then)).toBeUndefined()
  })

  it('takes no comment for a thing kept back, nor "was not given enough clout"', () => {
    /** tech-037.txt */
    expect(withheldFor('who is the hp cartridge lawsuit trying to represent', "HP, the world's biggest printer firm, declined to comment on the lawsuit.")).toBeUndefined()
    /** tech-400.txt */
    expect(withheldFor("who quit as head of america's national cyber security division", 'Reports suggest he left because his division was not given enough clout within the larger organisation.')).toBeUndefined()
  })

  it('reads other ways of keeping quiet: "tight-lipped about", "not in a position to", "without naming", "remains to be seen"', () => {
    // Written for this test, in wordings news uses.
    const lipped = 'Marlow Foods has bought the Hadley bakery chain, but remained tight-lipped about the price.'
    expect(withheldFor('how much did marlow foods pay for hadley', lipped)).toBe(lipped)
    // Quiet about a topic is no answer kept back to a question about something else.
    expect(withheldFor('who runs the hadley bakery chain', lipped)).toBeUndefined()
    const position = 'The council said it was not in a position to give a date for the reopening of the Tamaki pool.'
    expect(withheldFor('when is the tamaki pool reopening', position)).toBe(position)
    const journal = 'The team said the findings had been accepted for publication, without naming the journal.'
    expect(withheldFor('which journal published the findings', journal)).toBe(journal)
    const seen = 'It remains to be seen whether the Hadley bakeries will keep their name.'
    expect(withheldFor('will the hadley bakeries keep their name', seen)).toBeUndefined()
    expect(withheldFor('why will the hadley bakeries keep their name', seen)).toBeUndefined()
    const seenWhy = 'It remains to be seen why the bakeries were sold.'
    expect(withheldFor('why were the hadley bakeries sold', seenWhy)).toBe(seenWhy)
  })

  it('reads "asked whether…, it was too early to say", "did not want to say", "comment on whether" and "how" (item 42)', () => {
    // Written for this test, in wordings news uses.
    const asked = 'Asked whether the company\'s insurance would cover the damage, he said it was too early to say.'
    expect(withheldFor("is marlow's insurance gonna cover the damage", asked)).toBe(asked)
    expect(withheldFor('who runs marlow', asked)).toBeUndefined()
    const want = 'De Smet did not want to say whether the city is insured against cyber risks.'
    expect(withheldFor('is the city insured against cyber risks', want)).toBe(want)
    const comment = 'Tran declined to comment on whether the pension plan had sold any shares since the collapse.'
    expect(withheldFor('has the pension plan sold its shares', comment)).toBe(comment)
    // Commenting on a topic keeps no answer back.
    expect(withheldFor('has the pension plan sold its shares', 'Tran declined to comment on the pension plan.')).toBeUndefined()
    const how = 'Tremblay-Roy declined to say how the sale proceeds would be divided among family members.'
    expect(withheldFor('how r the tremblay family splitting the sale money', how)).toBe(how)
    // "how long" asks for a length of time, not the way something happened.
    const long = 'The board did not say how long the recount was expected to take.'
    expect(withheldFor('how did the result flip in the recount', long)).toBeUndefined()
    expect(withheldFor('how long will the recount take', long)).toBe(long)
  })

  it('reads each clause of a sentence, and an embedded question after "it was not disclosed"', () => {
    // Written for this test.
    const two = 'How much Ms Hale personally stands to gain from the sale has not been made public, and Brightline has not said how many of its staff hold shares.'
    expect(withheldFor('how much cash does hale make personally from the sale', two)).toBe(two)
    expect(withheldFor('how many brightline staff hold shares', two)).toBe(two)
    const who = ['The bureau began its inquiry after it received a complaint about Mr Tay in 2022.', 'It was not disclosed who made the complaint.']
    expect(withheldIn('who made the complaint about tay to the bureau', who)).toBe(who[1])
    expect(withheldIn('when did the bureau get the complaint about tay', who)).toBeUndefined()
  })

  it('sets a clause after "but" against another subject: its own answer is what counts', () => {
    // Written for this test: Lincoln Park's pupils have a school; Eastwood's do not yet.
    const moves = 'The superintendent said pupils from Lincoln Park would move to Harding Elementary, but the district has not yet decided where Eastwood pupils will go.'
    expect(withheldFor('where are the eastwood pupils being moved to', moves)).toBe(moves)
    // Lincoln Park's pupils have their answer in the other clause.
    expect(withheldFor('where are the lincoln park pupils going', moves)).toBeUndefined()
    // Without "but", the place given may be the answer: no reply of "not made public".
    const plain = 'Pupils from Lincoln Park would move to Harding Elementary, and the district has not yet decided where Eastwood pupils will go.'
    expect(withheldFor('where are the eastwood pupils being moved to', plain)).toBeUndefined()
  })

  it('reads the head before a clause without "that", and a sentence about "his" or "her" thing in its paragraph', () => {
    // Written for this test.
    const officials = ['Senator Reyes said "the small fish should not be the only ones caught".', 'She did not name the officials she was referring to.']
    expect(withheldIn("which officials was reyes talking about with the small fish line", officials)).toBe(officials[1])
    const patient = ['A cluster of Legionnaires\' disease in Dunmore has left nine people ill.', 'The patient who died has not been named.']
    expect(withheldIn('who was the person that died of legionnaires in dunmore', patient)).toBe(patient[1])
    const whereabouts = ['A warrant was issued for contractor Ben Uy Tan of Tanwell Builders.', 'His whereabouts remained unknown as of press time, and the police have issued a lookout bulletin against him.']
    expect(withheldIn('where is the contractor ben tan hiding', whereabouts)).toBe(whereabouts[1])
    // His whereabouts answer no question about another man.
    expect(withheldIn('where is the engineer sarmiento now', whereabouts)).toBeUndefined()
  })

  it('for a count, reads what is counted, and takes a count of it beside the sentence for an answer', () => {
    // Written for this test, as a wire story on an airline merger puts it.
    const staff = "Mr Chisanga declined to say how many of the airlines' combined employees could be affected."
    expect(withheldFor('how many planes will the combined airlines have', staff)).toBeUndefined()
    expect(withheldFor('how many staff at the combined airlines could lose their jobs', staff)).toBe(staff)
    const jobs = 'The airlines did not disclose how many jobs would be affected by the merger.'
    expect(withheldIn('how many jobs could go in the airline merger', [jobs])).toBe(jobs)
    const union = "The transport workers' union has warned that up to 300 jobs could be at risk."
    expect(withheldIn('how many jobs does the union reckon could go in the airline merger', [jobs, union])).toBeUndefined()
    // First in the ranking, another passage's count answers it too.
    expect(findWithheld('how many jobs could go in the airline merger', ranked(union, jobs))).toBeUndefined()
  })

  it('takes an amount of the very stuff asked about, first or beside the sentence, for an answer (item 69)', () => {
    // Written for this test, as a wire story and a provincial paper report a tanker aground.
    const leaked = 'The company did not say how much oil had leaked.'
    expect(withheldIn('how much oil leaked from the tanker', [leaked])).toBe(leaked)
    const escaped = 'The coast guard said about 180,000 liters of fuel oil had escaped from the tanker.'
    expect(findWithheld('how much oil leaked from the tanker', ranked(escaped, leaked))).toBeUndefined()
    const cargo = 'The tanker was carrying about 800,000 litres of industrial fuel oil when it ran aground.'
    expect(withheldIn('how much fuel oil was the tanker carrying', [cargo, leaked])).toBeUndefined()
    // An amount of something else answers nothing: the crew are no oil.
    const crew = 'All 14 crew members were taken off the tanker by a patrol boat.'
    expect(findWithheld('how much oil leaked from the tanker', ranked(crew, leaked))?.sentence).toBe(leaked)
  })

  it('reads a second thing kept back after "nor" or "or", "which" with the question\'s noun, and "what caused" as why', () => {
    // Written for this test, in the forms a wire story and a regional paper give them.
    const board = 'The airlines did not disclose how many jobs would be affected, nor who would chair the board of the merged company.'
    expect(withheldFor("who's going to chair the merged airline's board", board)).toBe(board)
    // A name asked by "what…called" is a thing's, not someone left unnamed.
    expect(withheldFor('what will the merged airline be called', board)).toBeUndefined()
    const signings = "But Ibarra refused to be drawn on the manager's future or on how much cash will be handed over for summer signings."
    expect(withheldFor('how much cash will ibarra give for summer signings', signings)).toBe(signings)
    // "How big" asks how much as often as how large.
    expect(withheldFor("how big is ibarra's transfer budget", signings)).toBe(signings)
    const brigade = 'The CFA did not say which brigade the firefighter belonged to.'
    expect(withheldFor('which brigade was the firefighter from', brigade)).toBe(brigade)
    // "which" alone says too little: another noun is another question.
    expect(withheldFor('which hospital was the firefighter taken to', brigade)).toBeUndefined()
    const cause = 'The CFA has not said what caused the fire, and investigators could not reach the point of origin.'
    expect(withheldFor('what started the bunyip ridge fire', cause)).toBe(cause)
    expect(withheldFor('why did the fire start', cause)).toBe(cause)
    expect(withheldFor('what did the fire destroy', cause)).toBeUndefined()
  })

  it('reads "declined to estimate", "did not inform whether", "gave no timeline" and a plural in -ies (item 47)', () => {
    // Written for this test, in the forms a science magazine, a Brazilian site in translation, a
    // teacher's newsletter and a Kenyan daily give them.
    const unrest = 'Dizon declined to estimate how long the unrest might last.'
    expect(withheldFor('how long is the kanlaon unrest expected to last', unrest)).toBe(unrest)
    expect(withheldFor('how long is the runway at bacolod', unrest)).toBeUndefined()
    const discount = 'The company did not inform whether it will offer a discount to the public system.'
    expect(withheldFor("is halcyon giving brazil's public health system a discount", discount)).toBe(discount)
    const timeline = ['Prof. A-B also said the council was studying computer-based testing for the exam.', 'But she gave no timeline.']
    expect(withheldIn('when is the council switching to computer-based testing', timeline)).toBe(timeline[1])
    const shortlist = 'She did not say which companies had been shortlisted for the concession.'
    expect(withheldFor('which company got shortlisted for the concession', shortlist)).toBe(shortlist)
    expect(withheldFor('which union opposes the concession', shortlist)).toBeUndefined()
  })

  it(`reads only the first ${WITHHELD_WITHIN} passages`, () => {
    const far = [...Array(WITHHELD_WITHIN).fill('Norwich won on Saturday.'), UNDISCLOSED_FEE]
    expect(withheldFor('how much did norwich pay for graham stuart', ...far)).toBeUndefined()
    expect(withheldFor('how much did norwich pay for graham stuart', ...far.slice(1))).toBe(UNDISCLOSED_FEE)
  })
})

describe('a question about what the seeds say was not disclosed', () => {
  let coverage: Coverage
  beforeAll(async () => {
    coverage = await Coverage.load(path.resolve(import.meta.dirname, '../seeds'))
  })

  it('is not covered, and the reply quotes the article saying so', () => {
    const answer = coverage.ask("what's on the agenda for the meetings")
    expect(answer.answered).toBe(false)
    expect(answer.results).toEqual([])
    expect(answer.withheld?.article.source).toBe('001_4de870c6ba78c5ba.txt')
    expect(answer.withheld?.answerSentence).toMatch(/^The exact agenda for the meetings has not been disclosed/)
    expect(answer.withheld?.passage.text).toContain(answer.withheld!.answerSentence)

    const json = askJson(answer)
    expect(json).toMatchObject({ answered: false, results: [], withheld: { source: '001_4de870c6ba78c5ba.txt' } })
    expect(json).not.toHaveProperty('confidence')

    const reply = { kind: 'answer' as const, answer, offset: 0, suggestions: [] }
    const terminal = renderTerminal(reply)
    expect(terminal).toMatch(/^The coverage does not say: an article reports it was not made public\./)
    expect(terminal).toContain('The exact agenda for the meetings has not been disclosed')
    const message = renderDiscordReply(reply, { answerId: 'w1' })
    expectWithinDiscordLimits(message)
    expect(message.embeds[0]!.title).toBe('The coverage does not say')
    expect(message.embeds[0]!.description).toContain('> Before the meetings with European leaders')
    expect(message.embeds[0]!.fields![0]!.value).toMatch(/^\[1\] Ukraine requires authentic security guarantees/)
  })

  it('leaves the questions the articles answer alone', () => {
    for (const question of ['who will zelensky meet first', 'what does nauseda say ukraine needs']) {
      const answer = coverage.ask(question)
      expect(answer.answered, question).toBe(true)
      expect(answer.withheld, question).toBeUndefined()
    }
  })
})
