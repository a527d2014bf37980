import { readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { Coverage } from '../src/coverage.ts'
import { hedgedFigures, MIN_CONFIDENT_COVERAGE } from '../src/search/decide.ts'
import { isCountryWord } from '../src/search/concepts.ts'
import { foldText } from '../src/search/fold.ts'
import { consonantSkeleton, learnNameVariants } from '../src/search/variants.ts'
import { askJson } from '../src/render/json.ts'
import { outletAsked, outletNames } from '../src/search/outletAsked.ts'
import { questionItself } from '../src/search/asked.ts'
import { expectedAnswerType, sentenceAnswers } from '../src/search/answerType.ts'
import { CANDIDATE_LIMIT, findCandidates, resolveSlots } from '../src/search/query.ts'
import { neighboursOf } from '../src/search/neighbours.ts'
import { buildSearchIndex, createIndexWriter } from '../src/search/buildIndex.ts'
import { normalizeForMatch, scoreQuestions, type DevQuestion } from './eval/score.ts'
import { HIGH_PRECISION, MAX_FALSE_ABSTENTION } from './eval/calibration.ts'
import calibrationFile from '../src/search/calibration.json' with { type: 'json' }

const SEEDS = path.resolve(import.meta.dirname, '../seeds')
const dev = JSON.parse(readFileSync(path.join(import.meta.dirname, 'eval/dev.json'), 'utf8')) as { questions: DevQuestion[] }
let coverage: Coverage
/** How the seeds answer a question: its confidence and its passages, in order. */
const answeredAs = (question: string) => {
  const answer = coverage.ask(question)
  return [answer.confidence, answer.results.map((r) => r.passage.id)]
}

beforeAll(async () => {
  coverage = await Coverage.load(SEEDS)
})

/** A coverage of these articles (file name → text), in a folder of its own. */
async function coverageOf(articles: Record<string, string>): Promise<Coverage> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cb-search-'))
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(dir, name), text)
  return Coverage.load(dir)
}

describe('whose words are asked for by the first name or nickname the coverage gives them (docs/quality.md, item 62)', () => {
  let local: Coverage
  beforeAll(async () => {
    // Written for this test as a wire, a fan blog and a union statement write them.
    local = await coverageOf({
      'wire.txt':
        'Woloszyn wins first title in Puerto Alcina\n\n' +
        "Poland's Jadwiga Woloszyn beat home favourite Nuria Castellvi 3-6 7-5 6-2 in the final on Sunday.\n\n" +
        '"I just closed my eyes and hit it," Woloszyn said at the trophy ceremony. The final lasted two hours and 41 minutes.\n',
      'blog.txt':
        'JAGA DID IT\n\n' +
        'Our girl Jaga Woloszyn is a champion: she beat Nuria Castellvi in three sets. The trophy is a giant ceramic plate and she posed with it on her head.\n\n' +
        'Coach Radek Kmiecik has done wonders with her serve this season.\n',
      'union.txt':
        'Rail union vows to strike again\n\n' +
        'Our General Secretary, Joaquim "Quim" Brandao, joined picket lines at dawn in Porto.\n\n' +
        '"An offer of four and a half per cent over two years leaves us no other choice," said Comrade Brandao.\n',
    })
  })

  it('finds their words where the article writes the surname ("what did jaga say" → "Woloszyn said")', () => {
    const answer = local.ask('what did jaga say at the trophy ceremony')
    expect(answer.confidence).toBe('high')
    expect(answer.results[0]?.passage.text).toContain('Woloszyn said at the trophy ceremony')
    expect(local.explain('what did jaga say at the trophy ceremony').signals?.speakerUnheard).toBe(0)
  })

  it('links the word itself when a slip of a little word before it is dropped ("how much mony did jaga get": "mony" is "many")', () => {
    expect(() => local.ask('how much mony did jaga get')).not.toThrow()
  })

  it('reads a quoted nickname so too, and a figure in words as the decimal typed', () => {
    const answer = local.ask('what did quim think of the 4.5 offer')
    expect(answer.answered).toBe(true)
    expect(answer.results[0]?.passage.text).toContain('said Comrade Brandao')
  })
})

describe('a word the coverage says otherwise is no name it lacks (docs/quality.md, item 62)', () => {
  let local: Coverage
  beforeAll(async () => {
    // Written for this test as a police release and a wire write them.
    local = await coverageOf({
      'museum.txt':
        'Stolen panel recovered\n\n' +
        'Investigators established that the thieves reached the roof of the museum by climbing the scaffolding erected for the restoration.\n\n' +
        'The panel was found in a garage outside Perugia on Tuesday.\n',
      'court.txt':
        'Former minister Marcela Ruiz gets six years\n\n' +
        'A court on Tuesday found Marcela Ruiz guilty of fraud and sentenced her to six years.\n\n' +
        'Prosecutor Ana Ruiz had asked for eight years. The defendants were prosecuted in 2020.\n\n' +
        'Her lawyer, Tomas Vidal, told reporters that the defence would appeal.\n',
      'launch.txt':
        'Rocket lost after launch\n\n' +
        'The rocket was destroyed 96 seconds into its flight after an engine fault, the agency said.\n\n' +
        'Conditions at the range were calm, with light winds.\n',
    })
  })

  it('answers "robbers" with the thieves ("how did the robbers get into the museum")', () => {
    const slots = resolveSlots(local.index, local.index.analyzer.querySlots('robbers'))
    expect(slots[0]!.known).toBe(false)
    expect(slots[0]!.unknownName).toBe(false)
    const answer = local.ask('how did the robbers get into the museum')
    expect(answer.answered).toBe(true)
    expect(answer.results[0]?.passage.text).toContain('the thieves reached the roof')
  })

  it('reads a vowel slip the stemmer took for another word as the English word ("prosecuter" is no "prosecute")', () => {
    expect([...resolveSlots(local.index, local.index.analyzer.querySlots('prosecuter'))[0]!.terms.keys()]).toEqual(['prosecutor'])
    expect(local.ask('what did the prosecuter ask for').results[0]?.passage.text).toContain('Prosecutor Ana Ruiz had asked for eight years')
  })

  it('hears a lawyer asked as someone\'s lawyer ("what did marcela\'s lawyer say"), not the client', () => {
    const asked = local.explain("what did marcela ruiz's lawyer say about the appeal")
    const lawyer = asked.candidates.find((c) => c.passage.text.includes('Her lawyer, Tomas Vidal, told reporters'))
    expect(lawyer?.features.speakerUnheard).toBe(0)
  })

  it('keeps a word only loosely like one of the coverage unknown ("bandits" beside "thieves", at cosine 0.63)', () => {
    expect(resolveSlots(local.index, local.index.analyzer.querySlots('bandits'))[0]!.unknownName).toBe(true)
  })
})

describe('a word spelled the other side of the Atlantic (docs/quality.md, item 67)', () => {
  let local: Coverage
  beforeAll(async () => {
    // Written for this test as a cycling newsletter and a British column write them.
    local = await coverageOf({
      'newsletter.txt':
        'Rider suspended after motor found\n\n' +
        'Commissaires found a motor in the seat tube of Remi Castagnede\'s bike after stage 3.\n\n' +
        'Castagnede denied any knowledge of the motor and said he would fight the charge.\n',
      'column.txt':
        'A sorry day for the sport\n\n' +
        'The riders crossed the line in the town centre at six, and the crowd was grey with dust.\n\n' +
        'The team called the defence of its rider a matter of honour.\n',
    })
  })

  it('reads a British spelling the lexicon lacks as English, not as a name the coverage lacks', () => {
    const slot = resolveSlots(local.index, local.index.analyzer.querySlots('licence'))[0]!
    expect(slot.unknownName).toBe(false)
    const answer = local.ask('what has castagnede said in his defence')
    expect(answer.answered).toBe(true)
    expect(answer.results[0]?.passage.text).toContain('Castagnede denied any knowledge of the motor')
  })

  it('finds the coverage\'s spelling from the other ("center" → "centre", "honor" → "honour")', () => {
    // As a variant of the word, not a synonym at a synonym's credit (WordNet has "centre" for "center").
    const creditOf = (word: string, written: string) => resolveSlots(local.index, local.index.analyzer.querySlots(word))[0]!.terms.get(local.index.analyzer.terms(written)[0]!)
    expect(creditOf('center', 'centre')).toBeGreaterThan(0.9)
    expect(creditOf('honor', 'honour')).toBeGreaterThan(0.9)
    expect(local.explain('was the crowd gray with dust in the town center').candidates[0]?.passage.text).toContain('in the town centre at six')
  })
})

describe('whose words are asked for: a name by any of its words, an office, the coverage itself (docs/quality.md, item 56)', () => {
  let local: Coverage
  beforeAll(async () => {
    // Written for this test in the styles of a wire, a Greek daily in translation and a Portuguese one.
    local = await coverageOf({
      'glenmuir.txt':
        'Glenmuir Athletic sold to US consortium\n\n' +
        'Glenmuir Athletic have agreed to sell a 75% stake to a consortium led by American investor Brad Whitcomb.\n\n' +
        'Whitcomb, a Denver-based investor, will join the board as vice-chairman. Whitcomb, who already holds stakes in clubs in Belgium, was not at the ground.\n\n' +
        '"Scottish football has real value that the market has overlooked," Whitcomb said in a statement.\n',
      'ferries.txt':
        'Islands isolated as seamen extend strike\n\n' +
        'The Greek islands of the Cyclades remain for the third day without ferry connection, after the crews decided the extension of the strike for another 48 hours.\n\n' +
        'The Minister of Maritime Affairs, Mrs. Eleni Vardaki, called both sides to the ministry. "The islands cannot become hostages of a dispute between the crews and the shipowners," said Mrs. Vardaki after the meeting.\n',
      'olive.txt':
        'Alentejo sells more olive oil to Spain\n\n' +
        'For the Alentejo, the Spanish difficulty is an opportunity. In the first eight months of the year the exports of Portuguese olive oil to Spain increased 24 per cent.\n\n' +
        'The reservoir is presently at 71 per cent of its capacity, a comfortable level.\n',
      'band.txt':
        'Portishead write third album\n\n' +
        'Cult British group Portishead have revealed they are writing their third album, their first in eight years.\n\n' +
        'Founding member Geoff Barrow told BBC 6 Music the record was well on the way to being completed.\n',
      'breach.txt':
        'Pharmacy chain hacked\n\n' +
        'Nordapotek said on Tuesday that hackers had stolen personal data belonging to 1.3 million customers.\n\n' +
        'The Danish Data Protection Agency, Datatilsynet, confirmed it had received a notification from Nordapotek on Monday, within the 72-hour deadline.\n',
    })
  })

  it('hears a body that confirmed something (docs/quality.md item 71)', () => {
    expect(local.explain('what did datatilsynet say about the nordapotek hack').signals!.speakerUnheardAround).toBe(0)
  })

  it('hears a name asked in full by its surname alone, however often the surname starts a sentence', () => {
    // Two of its four mentions start a sentence: too few capitals inside sentences to be sure it
    // is written as a name, and no English word.
    const whitcomb = local.explain('what did brad whitcomb say about scottish football')
    expect(whitcomb.results[0]!.passage.text).toContain('Scottish football has real value')
    expect(whitcomb.signals!.speakerUnheard).toBe(0)
  })

  it('hears an office asked for by its title, without the country a local paper leaves out', () => {
    const minister = local.explain('what did the greek minister say about islanders being held hostage by this dispute')
    expect(minister.signals!.speakerUnheardAround).toBe(0)
    expect(local.ask('what did the greek minister say about islanders being held hostage by this dispute').results[0]!.passage.text).toContain('cannot become hostages')
  })

  it('asks no name to be heard when who speaks is what is asked ("which founding member of portishead said…")', () => {
    expect(local.explain("which founding member of portishead said they're making a third album").signals!.speakerUnheard).toBe(0)
  })

  it('reads "what did the portuguese paper say" as asking what the coverage says, not anyone\'s words', () => {
    const paper = local.explain('what did the portuguese paper say about olive oil exports going to spain')
    expect(paper.signals!.speakerUnheard).toBe(0)
    expect(local.ask('what did the portuguese paper say about olive oil exports going to spain').results[0]!.passage.text).toContain('exports of Portuguese olive oil')
  })
})

describe('a body whose words are asked for (docs/quality.md, item 63)', () => {
  let local: Coverage
  beforeAll(async () => {
    // Written for this test as a regulator's release and a court wire write them.
    local = await coverageOf({
      'release.txt':
        'Grocery merger blocked\n\n' +
        'The Markets Authority has prohibited the takeover of Solsikke by Fjordkjop. The Authority concluded that grocery prices would have risen by up to 5 per cent. The shop workers\' union welcomed the decision.\n',
      'court.txt':
        'Election annulled\n\n' +
        'The Supreme Court annulled the governor election in Lorungai. The Electoral Commission said it would hold a fresh vote within 60 days.\n',
      'layoffs.txt':
        'Staff say layoffs were forced\n\n' +
        'The Bengaluru IT Employees\' Forum alleged that staff were told to sign resignation letters within 48 hours. "This is retrenchment in disguise," its general secretary said.\n',
    })
  })

  it('asks no body named by its kind alone to be heard: the article may name it otherwise', () => {
    expect(local.explain('why does the union say staff were forced to sign resignation letters').signals!.speakerUnheard).toBe(0)
    expect(local.explain('what did the authority say about the grocery merger').signals!.speakerUnheard).toBe(0)
    expect(local.explain('what did the electoral commission say about the lorungai election').signals!.speakerUnheard).toBe(0)
  })

  it('hears no body the coverage names by no word it uses ("what did the eu commission say" of a national regulator\'s release)', () => {
    const eu = local.explain('what did the eu commission say about the grocery merger')
    expect(eu.results[0]!.passage.source).toBe('release.txt')
    expect(eu.signals!.speakerUnheard).toBe(1)
  })
})

describe('an office of a country whose words are asked for (docs/quality.md, item 72)', () => {
  let local: Coverage
  beforeAll(async () => {
    // Written for this test as a cricket wire and a mining wire write them: no coach of South
    // Africa is quoted, a mine's general manager is (WordNet makes a coach a kind of manager).
    local = await coverageOf({
      'cricket.txt':
        'Test abandoned over wet outfield\n\n' +
        'The second Test between India and South Africa was abandoned on Saturday after three days of sunshine failed to dry a waterlogged outfield.\n\n' +
        'South Africa\'s captain, Sipho Mahlangu, said his players were "frustrated but sympathetic" about the outfield.\n',
      'mine.txt':
        'Miners rescued\n\n' +
        'All 18 miners were brought to the surface on Friday. "We will cooperate fully," said Rodrigo Larrain, the general manager of the mine, adding that the outfield of the camp had flooded.\n',
      // As the seeds put it (001, 003).
      'guarantees.txt':
        'Zelensky to meet Trump\n\nLithuanian President Gitanas Nauseda has stated that Ukraine needs real security guarantees, including US support.\n',
      'moscow.txt':
        'Moscow cautious\n\nForeign Minister Sergei Lavrov said that all contacts involving heads of state must be prepared with care.\n',
      // As a Lagos paper prints a sum.
      'festival.txt':
        'Festival funding cut\n\nDocuments show that the festival\'s allocation in the 2026 state budget is N150 million, down from N480 million last year.\n',
    })
  })

  it('hears the office only where its article names the country too ("south african" is one)', () => {
    expect(local.explain('what did the south african coach say about the outfield').signals!.speakerUnheardAround).toBe(1)
    expect(local.explain('what did the south african captain say about the outfield').signals!.speakerUnheardAround).toBe(0)
  })

  it('reads a currency\'s ISO code in a question as the currency the coverage names', () => {
    const ngn = local.explain("what's the festival's state allocation for 2026 in NGN")
    expect(ngn.signals!.unknownProperNames).toBe(0)
    expect(ngn.results[0]!.passage.source).toBe('festival.txt')
    expect(local.explain("what's the festival's state allocation for 2026 in XYZ").signals!.unknownProperNames).toBe(1)
  })

  it('hears a head of state by the titles news gives one, of the country asked', () => {
    expect(local.explain("what does lithuania's head of state think ukraine needs").signals!.speakerUnheardAround).toBe(0)
    expect(local.explain("what does latvia's head of state think ukraine needs").signals!.speakerUnheardAround).toBe(1)
  })
})

describe('a speaker named in one sentence and quoted in the next, and a thing\'s name after it (docs/quality.md, item 59)', () => {
  let local: Coverage
  beforeAll(async () => {
    // Written for this test in the styles of a live blog and a wire.
    local = await coverageOf({
      'live.txt':
        'Portmer election night: live\n\n' +
        '12.48am: BREAKING: Ji-ho Ahn concedes. Speaking at the Harbourside hall, the outgoing premier says: "The people have spoken, and I accept their verdict."\n\n' +
        '12.55am: Tiago Ferreira arrives at the fairground. "Tonight the waiting is over," Rafa Lopes said.\n\n' +
        '8.40pm: Turnout looks strong in the north.\n',
      'boat.txt':
        'Five dead as tourist boat capsizes\n\n' +
        'At least five people were killed after a tourist boat capsized in a sudden storm off the northern coast on Saturday.\n\n' +
        'The wooden-hulled boat Sao Mai 7 overturned at about 2:40 p.m., officials said. It was licensed to carry 45 people.\n\n' +
        'Rescuers searched through the storm Saturday night.\n',
    })
  })

  it('hears a name in the sentence before a quotation by "the outgoing premier" or "he"', () => {
    const ahn = local.explain('what did ji-ho ahn say when he conceded')
    expect(ahn.results[0]!.passage.text).toContain('I accept their verdict')
    expect(ahn.candidates[0]!.features.speakerUnheard).toBe(0)
    expect(ahn.confidence).toBe('high')
  })

  it('reads a passage that opens on "she" as hers when the sentence before it names her', async () => {
    // Written for this test in the style of a foreign paper's English edition (docs/quality.md, item 78).
    const fish = await coverageOf({
      'lice.txt':
        'Salmon farmer fined again\n\n' +
        'Vestfjord Laks has been fined a total of 8.7 million kroner since May last year for lice breaches, the largest sum for any company in Nordland this year.\n\n' +
        'Kjersti Bårdsen, who heads the fish-health section for Lofoten, said the breaches were not a matter of one bad week at a single site.\n\n' +
        '“At the Skrova site, lice levels were above the limit for nine consecutive weeks last autumn. That is a farm with too many fish,” Bårdsen told Nordland Avis.\n\n' +
        'She said inspectors had also documented wounds and scale loss after repeated thermal delousing. “Every treatment is stressful for the fish,” she said.\n\n' +
        'Siri Håland, who has led Vestfjord Laks since 2021, called the fines unfair and said the company had cut its stocking density at two sites.\n',
    })
    const delousing = (q: string) => fish.explain(q).candidates.find((c) => c.passage.text.startsWith('She said inspectors'))!
    expect(delousing('what did kjersti bardsen say abt the delousing').features.speakerUnheard).toBe(0)
    const answer = fish.ask('what did kjersti bardsen say abt the delousing')
    expect(answer.results.slice(0, 2).map((r) => r.passage.text)).toContainEqual(expect.stringContaining('thermal delousing'))
    // Not the words of someone the sentence before it does not name.
    expect(delousing('what did siri haland say abt the delousing').features.speakerUnheard).toBe(1)
  })

  it('reads a passage calling a thing by its common noun ("The 312-km pipeline") as about the thing its article named in full before (docs/quality.md, item 81)', async () => {
    // Written for this test as a wire and a column write about a pipeline.
    const pipeline = await coverageOf({
      'wire.txt':
        'Court quashes pipeline approval\n\n' +
        'VANCOUVER, May 19 - The Supreme Court of British Columbia on Tuesday quashed a provincial approval for a 38-kilometre section of the Nechako Ridge Gas Pipeline that crosses the territory of the Kw\'eyts\'in First Nation. The ruling halts work on that section.\n\n' +
        'The 312-km pipeline, being built by Calgary-based Cordillera Energy Transmission Inc., is designed to carry natural gas to an export terminal on the coast. The project is estimated to cost $4.6 billion and was about 60 percent complete at the end of March.\n',
      'other.txt':
        'Another line approved\n\nThe province approved the Kitimat Valley line on Monday. Work starts in June.\n\nThe pipeline will cost $9 billion, its builder said, and carry oil to the coast.\n',
    })
    const cost = pipeline.explain('how much is the nechako ridge pipeline gonna cost')
    expect(cost.results[0]!.passage.text).toContain('estimated to cost $4.6 billion')
    const answer = cost.candidates.find((c) => c.passage.text.startsWith('The 312-km pipeline'))!
    expect(answer.features.typeInSentence).toBe(1)
    // Not the pipeline of an article that never names this one.
    const other = cost.candidates.find((c) => c.passage.text.startsWith('The pipeline will cost $9 billion'))
    expect(other?.features.passageCoverage ?? 0).toBeLessThan(answer.features.passageCoverage)
  })

  it('does not hear a name before a quotation another name speaks', () => {
    const ferreira = local.explain('what did tiago ferreira say at the fairground')
    const arrival = ferreira.candidates.find((c) => c.passage.text.includes('Tiago Ferreira arrives'))
    expect(arrival?.features.speakerUnheard).toBe(1)
  })

  it('reads "prof" as the professor papers write in full, and "Prof" as BBC writes it', async () => {
    // Written for this test in the styles of a health desk, a local paper and an analysis column.
    const trial = await coverageOf({
      'health.txt': 'Music cuts confusion after surgery\n\nProfessor Henrik Lindquist said a follow-up study of people with dementia was being planned.\n',
      'ward.txt': 'Ward reopens\n\nDr Amara Okoye said the dementia ward at the infirmary would reopen in May.\n',
      'column.txt': 'The rural revolt\n\n"He has a mandate to stop things," Prof Kowalczyk said of the premier.\n',
    })
    // "prof" met only the column's "Prof Kowalczyk".
    expect(trial.ask('what did the prof say about dementia').results[0]!.passage.source).toBe('health.txt')
    expect(trial.ask('what did professor kowalczyk say about the premier').results[0]!.passage.source).toBe('column.txt')
  })

  it('reads a thing\'s name after the word for it as the name asked for ("the boat Sao Mai 7"), not a day after it', () => {
    const boat = local.explain('whats the name of the boat that capsized')
    expect(boat.results[0]!.passage.text).toContain('Sao Mai 7')
    expect(boat.candidates.find((c) => c.passage.text.includes('Sao Mai 7'))?.features.typeInPassage).toBe(1)
    const storm = expectedAnswerType('what was the name of the storm')!
    expect(sentenceAnswers(storm, 'Rescuers searched through the storm Saturday night.')).toBe(false)
    expect(sentenceAnswers(storm, 'Rescuers searched through the storm Kirra all night.')).toBe(true)
    // Any vessel's name answers the name of the boat; a film's does not.
    expect(sentenceAnswers(expectedAnswerType('whats the name of the boat')!, 'The cruise ship MS Amunet Princess caught fire.')).toBe(true)
    expect(sentenceAnswers(expectedAnswerType('whats the name of the boat')!, 'The film Closer opened.')).toBe(false)
  })
})

describe('a match report\'s words for the goal that levels a game (docs/quality.md, item 60)', () => {
  let local: Coverage
  beforeAll(async () => {
    // Written for this test in a sports desk's style.
    local = await coverageOf({
      'final.txt':
        'Harbour Rovers win the cup on penalties\n\n' +
        'Harbour Rovers beat Dunmore Athletic 4-2 on penalties after a 1-1 draw at the Kestrel Ground on Saturday.\n\n' +
        'Dunmore had more of the ball after the interval and drew level in the 78th minute, when striker Ryo Tanabe headed in a corner.\n\n' +
        'Dunmore fans said the away end had been full for the first time in a decade.\n',
    })
  })

  it('answers "who got the equaliser" with the goal that drew the game level', () => {
    const equaliser = local.explain("who got dunmore's equaliser")
    expect(equaliser.results[0]!.passage.text).toContain('drew level in the 78th minute')
    expect(equaliser.confidence).toBe('high')
  })
})

describe('a short form chat uses that the coverage writes as a word of its own (docs/quality.md, item 68)', () => {
  let fishFarm: Coverage
  beforeAll(async () => {
    // Written for this test: a trade newsletter's numbers and a fintech's statement.
    fishFarm = await coverageOf({
      'farm.txt': 'Salmon escape at Kvitholmen\n\n• Fish lost: 53,800\n\n• Pens affected: 2 of 8 (pens 3 and 4)\n\nThe storm pulled the pens together until the nets tore.\n',
      'fintech.txt': 'Fintech fined\n\nWe accept the regulatory penalty imposed and will submit the audit on time.\n',
    })
  })

  it('reads "pens" as the coverage writes it, not as the penalties a football chat means', () => {
    const pens = fishFarm.ask('kvitholmen pens damaged')
    expect(pens.results[0]?.passage.source).toBe('farm.txt')
    expect(pens.results.map((r) => r.passage.source)).not.toContain('fintech.txt')
    // Without a coverage that writes it, chat's sense.
    expect(questionItself('who missed in the pens')).toBe('who missed in the penalties')
  })
})

describe('a verb of several words asks what its synonyms say (docs/quality.md, item 76)', () => {
  let local: Coverage
  beforeAll(async () => {
    // Written for this test as a foreign paper and a local paper write them: the answers say
    // "intervene" and "heard", the questions "step in" and "get wind of".
    local = await coverageOf({
      'strike.txt':
        'Port strike enters second week\n\n' +
        'Paper mills in Kemi have begun laying off workers as the port strike goes on. The union and the employers have not met since Monday.\n\n' +
        'Employment Minister Heikki Rautio said on Friday that the government had no plans to intervene in the port strike. The cabinet meets on Tuesday.\n\n' +
        'The government has been criticised by the opposition for its handling of the strike.\n',
      'recall.txt':
        'Parents check cupboards after formula recall\n\n' +
        'In Tralee, Caoimhe Brennan, 31, was among the parents who rushed to check their cupboards on Thursday night after the recall.\n\n' +
        'Ms Brennan said she first heard about the recall on a parents\' WhatsApp group, not from the shop.\n\n' +
        'The recall covers three batches of the formula made in Listowel.\n',
    })
  })

  it('finds "intervene" for "step in" and "heard" for "get wind of"', () => {
    expect(local.ask('is the finnish government gonna step in or keep its hands off the strike').results[0]!.passage.text).toContain('no plans to intervene')
    const heard = local.ask("how'd the mum in tralee get wind of the recall")
    expect(heard.confidence).not.toBe('none')
    expect(heard.results[0]!.passage.text).toContain('first heard about the recall')
  })
})

describe('words typed together that the coverage writes apart, and apart that it writes together (docs/quality.md, item 76)', () => {
  let local: Coverage
  beforeAll(async () => {
    // Written for this test as a local paper and a Philippine sports blog write them.
    local = await coverageOf({
      'carpark.txt':
        'Kingsway car park to be demolished\n\n' +
        'The council said repairs to the car park would cost £4.2m. The Harbridge Civic Society had estimated the repairs at £2.7m.\n\n' +
        'Councillors voted 7-4 for the scheme on Wednesday night.\n',
      'boxing.txt':
        'Kidlat loses belt on the scales\n\n' +
        'Reynaldo "Kidlat" dela Cruz of General Santos City flew to Osaka as champion. Dela Cruz, 28, weighed in 0.8 kg over the limit.\n\n' +
        'The fight went ahead after a check weight on the morning of the bout.\n',
    })
  })

  it('reads "carpark" as the car park and "de la cruz" as dela Cruz, no words the coverage lacks', () => {
    const words = (question: string) => resolveSlots(local.index, local.index.analyzer.querySlots(question)).map((slot) => [slot.word, slot.unknownName])
    expect(words('fixing the carpark')).toEqual([['fixing', false], ['car', false], ['park', false]])
    expect(words('reynaldo de la cruz')).toEqual([['reynaldo', false], ['dela', false], ['cruz', false]])
    // Not two words WordNet never writes as one ("newcastle"), nor two the coverage has apart ("car park" stays).
    expect(words('the carpark in newcastle').map(([word]) => word)).toEqual(['car', 'park', 'newcastle'])
    expect(words('the car park').map(([word]) => word)).toEqual(['car', 'park'])
    // Chat's "gonna" and "smth" are no words the coverage lacks either.
    expect(words('is the council gonna fix the car park or smth')).toEqual([['council', false], ['fix', false], ['car', false], ['park', false], ['smth', false]])
    const carpark = local.ask('whats the civic society estimate for fixing the carpark')
    expect(carpark.confidence).not.toBe('none')
    expect(carpark.results[0]!.passage.text).toContain('£2.7m')
    const age = local.ask('how old is reynaldo de la cruz')
    expect(age.confidence).not.toBe('none')
    expect(age.results[0]!.passage.text).toContain('Dela Cruz, 28')
  })

  it('reads a code typed apart from its number as the one the coverage writes together ("sp 1143")', async () => {
    // Written for this test as an airline live blog writes a flight (docs/quality.md, item 80).
    const flights = await coverageOf({
      'live.txt': 'Airline grounds fleet\n\nOn Monday evening, flight SP1143 from Lima to Cusco turned back 40 minutes after take-off with a fuel filter warning.\n',
      'explainer.txt':
        'Your questions answered\n\nQ: What exactly happened to the flight?\n\nA: On the evening of 11 May, the crew of a flight from Lima to Cusco received a fuel warning and turned back. What happened next is under investigation.\n',
    })
    const words = (question: string) => resolveSlots(flights.index, flights.index.analyzer.querySlots(question)).map((slot) => [slot.word, slot.unknownName])
    expect(words('what happened to flight sp 1143')).toEqual([['happened', false], ['flight', false], ['sp1143', false]])
    // Not a word and a number the coverage has apart.
    expect(words('flight 40').map(([word]) => word)).toEqual(['flight', '40'])
    // A code names one thing, as a name does: of the best passages, the one whose article gives it comes first.
    const answer = flights.ask('what happened to flight sp 1143')
    expect(answer.answered).toBe(true)
    expect(answer.results[0]!.passage.source).toBe('live.txt')
  })
})

describe('the passage first whose article names what the question names (docs/quality.md, item 69)', () => {
  let local: Coverage
  beforeAll(async () => {
    // Written for this test as a company's release, an explainer and a trade weekly write them:
    // Zentrix is named in five passages, a CEO in one, so the weekly's matches the question better.
    local = await coverageOf({
      'release.txt':
        'Outage over at Zentrix\n\n' +
        'Transfers at Zentrix resumed on Friday morning after a two-day outage.\n\n' +
        'Customers of Zentrix lost no funds, the company said.\n\n' +
        '"We let our customers down, and we are sorry," said Adaeze Okafor, co-founder and chief executive of Zentrix.\n',
      'explainer.txt':
        'What went wrong at Zentrix?\n\n' +
        'The outage at Zentrix was blamed on a failed database upgrade.\n\n' +
        'The central bank has asked Zentrix for a report within 30 days.\n',
      'weekly.txt':
        'Net pen failure: the CEO speaks\n\n' +
        '"We will find out exactly which component failed and why," CEO Terje Lund told the weekly. The CEO said the findings on the outage would be published in the spring.\n',
    })
  })

  it("answers from the article naming the company, not from another company's chief", () => {
    const answer = local.ask("who's the ceo of zentrix")
    expect(answer.confidence).toBe('high')
    expect(answer.results[0]!.passage.text).toContain('chief executive of Zentrix')
    expect(local.explain("who's the ceo of zentrix").results[1]!.passage.source).toBe('weekly.txt')
  })
})

describe('a passage without the question\'s words stays where it is (docs/quality.md, item 69)', () => {
  let local: Coverage
  beforeAll(async () => {
    // Written for this test as a regional paper and a city hall's release write them: the
    // tunnel's traffic is given without the question's words ("vehicles", "weekday").
    local = await coverageOf({
      'tunnel.txt':
        'Voters reject second Wolfsgrat tube\n\n' +
        'Voters in the canton rejected a second bore for the Wolfsgrat tunnel on Sunday. Turnout was 61 per cent.\n\n' +
        'The existing tunnel, a single two-lane bore opened in 1981, carries about 28,000 vehicles on an average weekday.\n',
      'vaccination.txt':
        'Vaccination day a success\n\n' +
        'The drive-through post served 2,950 people in cars, on motorcycles and on foot. Average waiting time was 22 minutes.\n',
    })
  })

  it('is not put first for naming the question\'s names in its article: the decision never quotes it', () => {
    const explained = local.explain('how many cars n trucks use the wolfsgrat per day')
    expect(explained.signals?.passageWordShare).toBeGreaterThan(0)
    expect(explained.results[0]!.passage.text).not.toContain('28,000 vehicles')
  })
})

describe('a speaker asked by a kind of person and what kind (docs/quality.md, item 74)', () => {
  let local: Coverage
  beforeAll(async () => {
    // Written for this test as a Prairie radio station's transcript and a local sports page write them.
    local = await coverageOf({
      'radio.txt':
        'Morning Drive: the Kowalchuk hit\n\n' +
        'HOST: I have Dr. Priya Venkataraman of the Red River Sport Concussion Clinic with me. Doctor, would a longer suspension help?\n\n' +
        'VENKATARAMAN: Suspensions matter, but rules matter more. When Hockey Canada took body checking out of peewee in 2013, injuries in that age group fell by about half.\n',
      'herald.txt':
        'Kowalchuk suspended for 15 games\n\n' +
        'Weyburn defenceman Brody Kowalchuk has been suspended for 15 games by the league for the hit on Mathieu Belanger.\n',
    })
  })

  it('hears the doctor in the transcript, "concussion" saying what kind though the coverage capitalises it in a clinic\'s name', () => {
    const q = 'what did the concussion doctor say about peewee body checking'
    const turn = local.explain(q).candidates.find((c) => c.passage.text.includes('took body checking out of peewee'))
    expect(turn?.features.speakerUnheard).toBe(0)
    const answer = local.ask(q)
    expect(answer.confidence).toBeDefined()
    expect(answer.results.slice(0, 2).map((r) => r.passage.text).join(' ')).toContain('took body checking out of peewee')
  })
})

describe('a question naming an outlet of the coverage searches its articles (docs/quality.md, item 58)', () => {
  let local: Coverage
  beforeAll(async () => {
    // Articles as `npm run ingest` writes them: the outlet in the header, seldom in the text.
    local = await coverageOf({
      'a.txt':
        'Title: Dockers walk out over night shifts\nOutlet: Harbour Times\n\n' +
        'Dock workers at the port of Valmora walked out on Monday over new night shifts. The union said 1,200 members joined the strike.\n',
      'b.txt':
        'Title: Valmora port strike enters second day\nOutlet: Reuters\n\n' +
        'The strike at the port of Valmora entered its second day on Tuesday, with 40 ships waiting offshore, port officials said.\n',
      'c.txt':
        'Title: Council approves library closure\nOutlet: The Times\n\nThe council voted on Tuesday to close the Elm Street library. ' +
        'Councillors said the port strike had held up the repairs.\n',
    })
  })

  it('answers from that outlet\'s articles, its name no word the coverage must have', () => {
    const reuters = local.ask('what did reuters say about the strike')
    expect(reuters.answered).toBe(true)
    expect(reuters.results.map((r) => r.passage.source)).toEqual(['b.txt'])
    expect(local.ask('what does the harbour times say about the strike').results.map((r) => r.passage.source)).toEqual(['a.txt'])
    // Not covered by that outlet: not answered from another.
    expect(local.ask('what did reuters say about the library closure').answered).toBe(false)
  })

  it('reads an outlet named by an English word only after "the": "how many times" is no outlet', () => {
    expect(local.ask('what did the times say about the strike').results.map((r) => r.passage.source)).toEqual(['c.txt'])
    expect(outletAsked('how many times did the dock workers walk out', outletNames(['The Times']))).toBeUndefined()
    expect(outletAsked("in the Harbour Times' piece, why did they walk out", outletNames(['Harbour Times', 'The Times']))).toEqual({ outlet: 'Harbour Times', rest: 'in piece, why did they walk out' })
  })
})

describe('answers in the words a fresh coverage uses (docs/quality.md, item 32)', () => {
  let local: Coverage
  beforeAll(async () => {
    local = await coverageOf({
      'boil-water.txt':
        'Boil-water notice for 14,000 homes after Saltmarsh Quay sickness outbreak\n\n' +
        'More than 14,000 homes in Saltmarsh Quay have been told to boil their tap water after dozens of people fell ill with a stomach bug.\n\n' +
        'By Monday, 37 people had been admitted to hospital, including four children, according to the regional health authority.\n',
      'cup-final.txt':
        'Rovers end 27-year wait for county cup\n\n' +
        'Wexmoor Rovers won the Westfold County Cup for the first time in 27 years on Saturday, beating Port Aldery Athletic 3-2 in a dramatic final.\n\n' +
        'Rovers took the lead after 12 minutes through captain Sean Whitlock.\n',
      'battery.md':
        '---\ntitle: Lumora unveils Cell 2 home battery\n---\n\n# Lumora unveils Cell 2 home battery\n\n' +
        'Start-up Lumora Energy launched its second home battery on Tuesday. The Cell 2 sells for £3,499 before installation.\n\n' +
        'The company said the runway for its growth was long, and its factory would double output by 2027.\n',
      'runway.txt':
        'Kestrel Field runway extension approved\n\n' +
        'Plans to extend the runway at Kestrel Field Airport have been approved. The runway will be lengthened by 600 metres, to 2,900 metres.\n\n' +
        'Residents of Hollins Cross said they would fight the decision.\n',
    })
  })

  it('counts the thing asked about in the words the article uses ("houses" → "homes"), and chat\'s "ppl" as people', () => {
    const houses = local.ask('how many houses are on the boil water notice')
    expect(houses.answered).toBe(true)
    expect(houses.results[0]!.passage.text).toContain('More than 14,000 homes')
    const ppl = local.ask('how many ppl ended up in hosptial from the saltmarsh watter')
    expect(ppl.answered).toBe(true)
    expect(ppl.results[0]!.passage.text).toContain('37 people had been admitted to hospital')
  })

  it('counts the thing asked about by its broader name when the coverage also uses the word asked ("ships" → "23 vessels"; item 48)', async () => {
    const counted = await coverageOf({
      'port.txt':
        'Ships queue off Mombasa as dock strike enters fourth day\n\n' +
        'By 6pm yesterday, 23 vessels were waiting at the outer anchorage, according to the Kenya Ports Authority.\n\n' +
        '"Every day a ship sits at anchor off Mombasa costs the operator between US$25,000 and US$40,000," the shipping line said.\n',
      'fire.txt':
        'Mount Cole fire still burning\n\n' +
        'PRESENTER: What do we know about houses? Is anything standing at Warrak?\n\n' +
        'ASKEW: Our assessment teams have confirmed 11 homes lost, plus a fair number of sheds and outbuildings.\n',
    })
    const ships = counted.ask('how many ships are waiting off mombasa')
    expect(ships.answered).toBe(true)
    expect(ships.results[0]!.passage.text).toContain('23 vessels were waiting')
    const houses = counted.ask('how many houses were lost in the fire')
    expect(houses.answered).toBe(true)
    expect(houses.results[0]!.passage.text).toContain('11 homes lost')
  })

  it('takes a sum the question hedges as a rough guess ("like 1.5m usd") as no figure the passage must have (docs/quality.md, item 81)', async () => {
    // Written for this test as a certifier's release prints a cooperative's premium.
    const release = await coverageOf({
      'release.txt':
        'Cooperative suspended\n\nThe certifier suspended the Nkabom cooperative on Tuesday.\n\n' +
        'In the 2024/25 season the Nkabom cooperative sold 6,300 tonnes of cocoa and received US$1.51 million in premium, which members invested in boreholes.\n',
    })
    const hedged = release.explain('did nkabom really get like 1.5m usd in premiums last season')
    expect(hedged.signals!.figureMissing).toBe(0)
    expect(hedged.results[0]!.passage.text).toContain('US$1.51 million')
    // Given as a fact, the figure must be there.
    expect(release.explain('did nkabom get 3.5m usd in premiums last season').signals!.figureMissing).toBe(1)
    expect([...hedgedFigures('was it about $4.6bn')]).toEqual(['4', '6'])
    expect([...hedgedFigures('like 280k?')]).toEqual(['280', '280000'])
    // A year after "about" is what is asked of; a limit is a budget, not a guess.
    expect([...hedgedFigures('what did they say about 2023')]).toEqual([])
    expect([...hedgedFigures('recommend a good laptop for uni under 1k')]).toEqual([])
  })

  it('reads a round figure as the printed ones that round to it ("4.3k households" → "4,312"), printed itself or not, never a year as another', async () => {
    // Written for this test, as an aid agency's situation report prints its figures.
    const flood = await coverageOf({
      'sitrep.txt':
        'Flash flood situation report No. 2\n\n' +
        'KEY FIGURES: Households affected: 4,312 across 9 unions; people in collective shelters: 11,460.\n\n' +
        'The district has seen floods in 2004 and 2022; 4,412 households were hit in the last of them.\n\n' +
        // A round figure printed elsewhere still stands for the nearer ones it rounds.
        'The district council has 11,500 staff.\n',
    })
    const answer = flood.ask('4.3k households hit by the flood, is that right?')
    expect(answer.answered).toBe(true)
    expect(answer.results[0]!.passage.text).toContain('Households affected: 4,312')
    expect(flood.explain('4.3k households hit by the flood, is that right?').signals!.figureMissing).toBe(0)
    const terms = (question: string) => resolveSlots(flood.index, flood.index.analyzer.querySlots(question)).flatMap((s) => [...s.terms.keys()])
    expect(terms('about 11,500 in shelters')).toEqual(expect.arrayContaining(['11500', '11460']))
    expect(terms('4,300 households')).not.toContain('4412') // half the last significant digit (4,250 to 4,349)
    expect(terms('the floods of 2000')).not.toContain('2004') // a year is no rounding
    expect(terms('about 11,460 in shelters')).toEqual(expect.arrayContaining(['11460'])) // printed as asked: itself
  })

  it('reads a sum with its sign after the figure as continental papers print it ("60 M€")', async () => {
    // Written for this test, as a Spanish sports paper's English edition prints a transfer.
    const transfer = await coverageOf({
      'transfer.txt':
        'Almenara rejects the second offer for Tito\n\n' +
        'The proposal contemplated 42 M€ fixed plus 8 M€ in variables, far from the 60 M€ of the termination clause.\n\n' +
        'The winger closed last season with 11 goals in 36 matches.\n',
    })
    const answer = transfer.ask('is tito\'s release clause sixty million euros')
    expect(answer.confidence).toBe('high')
    expect(answer.results[0]!.passage.text).toContain('60 M€ of the termination clause')
    expect(transfer.explain('how much was the fixed part of the offer').candidates[0]!.features.typeMissing).toBe(0)
  })

  it('takes a guess at the answer for what it is, not for a figure the passage must hold', () => {
    const score = local.ask('what was the final score in the cup final, was it 3 2?')
    expect(score.answered).toBe(true)
    expect(score.results[0]!.passage.text).toContain('3-2')
    const price = local.ask('whats the lumora cell 2 gonna cost me, under 3.5k?')
    expect(price.answered).toBe(true)
    expect(price.results[0]!.passage.text).toContain('£3,499')
  })

  it('"how long will X be" asks for a length as well as a time', () => {
    const explained = local.explain('how long will the kestrel field runway be in total after this')
    expect(explained.candidates[0]!.passage.text).toContain('to 2,900 metres')
    expect(explained.candidates[0]!.features.typeMissing).toBe(0)
  })
})

describe('analysis', () => {
  it('folds case and diacritics', () => {
    expect(foldText('António Nausėda')).toBe('antonio nauseda')
    expect(coverage.index.analyzer.terms('António')).toEqual(coverage.index.analyzer.terms('antonio'))
  })

  it('learns the spelling variants the seeds use for one name', () => {
    expect(coverage.index.variants.canonical.get('zelenskiy')).toBe('zelensky')
    expect(coverage.index.variants.canonical.get('zelenskyy')).toBe('zelensky')
    // Different words that merely look alike are not variants.
    expect(coverage.index.variants.canonical.has('ministry')).toBe(false)
    expect(consonantSkeleton('kyiv')).toBe(consonantSkeleton('kiev'))
    expect(consonantSkeleton('minister')).not.toBe(consonantSkeleton('ministry'))
  })

  it('learns variants only between proper nouns', () => {
    const v = learnNameVariants(['Officials met Zelenskiy. Talks with Zelensky went on. Then Zelensky left Mars for Myers. The model was modal.'])
    expect(v.canonical.get('zelenskiy')).toBe('zelensky')
    // Two edits make too many short names alike.
    expect(v.canonical.has('mars') || v.canonical.has('myers')).toBe(false)
    expect(v.canonical.has('modal')).toBe(false)
    expect(v.canonical.has('model')).toBe(false)
  })

  it('reads a word as a name by its mentions inside sentences, not those opening one', () => {
    // Written for this test as a local paper names its town (docs/quality.md, item 79).
    const heads = (texts: string[]) => [...learnNameVariants(texts).bySkeleton.values()].flat()
    expect(heads(['Pontyfelin reached the final. Pontyfelin won it. The club from Pontyfelin is happy.'])).toContain('pontyfelin')
    // A word written in lower case inside sentences is no name, however often it opens one.
    expect(heads(['Police came. Police left. The police said nothing. Local police agreed.'])).not.toContain('police')
  })

  it('tags places and offices so other wordings match', () => {
    const { terms } = coverage.index.analyzer
    expect(terms("Britain's PM")).toEqual(['britain', 'pm', '§gb', '§pm'])
    expect(terms('UK Prime Minister')).toEqual(['uk', 'prime', 'minist', '§gb', '§pm'])
    expect(terms('Berlin')).toContain('§de')
    // "us" the pronoun is a stop word; "US" the country is not.
    expect(terms('tell us')).toEqual([])
    expect(terms('the US')).toEqual(['us', '§us'])
    // The stemmer reads "used" and "using" as "us": they are "use", never the country.
    expect(terms('it was used, and they are using it to use it')).toEqual(['use', 'use', 'use'])
    expect(terms('the US Open')).not.toContain('use')
    // A match report's equaliser and a wire's "bps" (docs/quality.md, item 60).
    expect(terms('drew level')).toContain('§equaliser')
    expect(terms('equaliser')).toContain('§equaliser')
    expect(terms('25 bps')).toContain('§bps')
    expect(terms('25 basis points')).toContain('§bps')
    // A company's chief as British papers title them and chat asks (docs/quality.md, item 78).
    expect(terms('who is the md of the ferry company')).toContain('§md')
    expect(terms('CHFS managing director Duncan MacKinnon')).toContain('§md')
    // Countries as chat names them (docs/quality.md, item 77); not "brits", "yanks" or "oz".
    expect(terms('the aussie open')).toContain('§au')
    expect(terms('Australian Open')).toContain('§au')
    expect(terms('the pinoy fighter')).toContain('§ph')
    expect(terms('kiwi farmers')).toContain('§nz')
    for (const word of ['brits', 'yanks', 'oz']) expect(terms(word).some((term) => term.startsWith('§')), word).toBe(false)
  })

  it('reads "us" typed in lower case as the country where the pronoun cannot stand', () => {
    const countryIn = (question: string) => coverage.index.analyzer.querySlots(question).some((slot) => slot.tags.includes('§us'))
    for (const question of ['is the us sending ground troops', 'will us troops go to ukraine', 'what did the 2025 us summit agree', "what's the latest on us guarantees"]) {
      expect([question, countryIn(question)]).toEqual([question, true])
    }
    for (const question of ['can you tell us about the guarantees', 'give us details on the guarantees', 'is this good for us', 'let us know what merz said']) {
      expect([question, countryIn(question)]).toEqual([question, false])
    }
    // As asked, it is answered by what the US will and will not send.
    expect(coverage.ask('is the us sending ground troops').results[0]!.passage.text).toMatch(/U\.S\. ground forces|United States will not deploy/)
  })
})

describe('ask on the seeds', () => {
  it.each([
    ['Who will send troops to Ukraine?', '003_9090c35cc40e081f.txt', 'Ten European Union countries'],
    ['What did Karoline Leavitt say?', '004_a96f1940f85f0698.txt', 'White House Press Secretary Karoline Leavitt'],
    ['Zelenksy meeting Trump one-on-one', '001_4de870c6ba78c5ba.txt', 'Zelensky will first meet with Trump one-on-one'],
    ['What did Kiev get from the Alaska summit?', '001_4de870c6ba78c5ba.txt', 'Alaska summit did not result in a breakthrough'],
    ['Did Antonio Costa talk about Article 5?', '003_9090c35cc40e081f.txt', 'EU Council President António Costa'],
    ['Is Ukraine expected to keep a strong army of its own?', '001_4de870c6ba78c5ba.txt', 'military'],
    // A known miss until the ranking was refitted with words used like the question's (neighbours.ts).
    ['What further contact between the American and Russian presidents is expected?', '002_3b7997cde4e939d4.txt', 'between President Trump and President Putin'],
  ])('%s → %s', (question, source, phrase) => {
    const answer = coverage.ask(question)
    expect(answer.answered).toBe(true)
    expect(answer.results[0]!.passage.source).toBe(source)
    expect(answer.results[0]!.passage.text).toContain(phrase)
  })

  // Answered first by the hand-tuned ranking these tests were written for, not by the ranking
  // fitted on the train sets (docs/quality.md): a typed answer ("$90 billion", "in Alaska")
  // weighs less than the lead that restates the question. Kept as known misses, so a change
  // that fixes them shows here and they move back into the table above. "$90 billion" was first
  // from the money answer type until one-sentence leads shared a passage with the next paragraph
  // (src/corpus/passages.ts): 000's lead, now longer, outscores it by 0.788 to 0.781.
  it.fails.each([
    ['Where did Trump and Putin meet?', '001_4de870c6ba78c5ba.txt', 'during a meeting in Alaska on Friday'],
    ['How much is the security package for Ukraine?', '002_3b7997cde4e939d4.txt', '$90 billion'],
  ])('known miss: %s → %s', (question, source, phrase) => {
    const answer = coverage.ask(question)
    expect(answer.answered).toBe(true)
    expect(answer.results[0]!.passage.source).toBe(source)
    expect(answer.results[0]!.passage.text).toContain(phrase)
  })

  // "recipes for Ukraine" sits at the answer cut (p 0.65–0.78 across fits, the cut 0.66–0.74):
  // refused by some fits, shown as the closest the coverage comes by others. What must hold
  // whatever the fit: it is never a confident answer (its passage holds only "Ukraine").
  it('never answers "recipes for Ukraine" confidently', () => {
    const answer = coverage.ask('recipes for Ukraine')
    expect(answer.confidence).not.toBe('high')
    if (answer.answered) expect(answer.confidence).toBe('low')
    else expect(answer.results).toEqual([])
    expect(coverage.explain('recipes for Ukraine').signals!.passageCoverage).toBeLessThan(MIN_CONFIDENT_COVERAGE)
  })

  // "What did X say": a passage that names X but reports no words of theirs does not answer.
  // 001 lists "NATO Secretary General Mark Rutte" among the leaders meeting Zelensky and quotes
  // none of them; Witkoff "mentioned that Trump and … Putin agreed on robust security guarantees".
  it('reads whether the one whose words are asked for is heard in the passage, not only named', () => {
    const rutte = coverage.explain('what did mark rutte say about ukraine joining nato')
    expect(rutte.results[0]!.passage.text).toContain('Mark Rutte')
    expect(rutte.signals!.speakerUnheard).toBe(1)
    expect(coverage.ask('what did mark rutte say about ukraine joining nato').answered).toBe(false)
    const witkoff = coverage.explain('wat did witkof say trump and putin agreed on')
    expect(witkoff.signals!.speakerUnheard).toBe(0)
    const answer = coverage.ask('wat did witkof say trump and putin agreed on')
    expect(answer.answered).toBe(true)
    expect(answer.results[0]!.passage.text).toContain('Steve Witkoff mentioned that Trump and Russian President Vladimir Putin agreed')
    // Not a question about anyone's words: the signal stays out of it.
    expect(coverage.explain('Will European troops go to Ukraine?').signals!.speakerUnheard).toBe(0)
    // News reports speech in -ing clauses too: 003's "Moscow … has expressed caution, with Foreign
    // Minister Sergei Lavrov stating that…" is the Kremlin heard (Moscow stands for it).
    const kremlin = coverage.explain("was the kremlin's first public response loud or low-key").candidates.find((c) => c.passage.text.includes('Lavrov stating'))
    expect(kremlin?.features).toMatchObject({ quoteGiven: 1, speakerUnheard: 0 })
  })

  // The first passage may be about the subject of X's words and the next one X's words: the
  // decision asks whether X is heard in any of the three best, as it does for the kind of answer.
  it('answers "what is X\'s position" when X is heard in one of the three best passages, not only the first', () => {
    const germany = coverage.explain("what is germany's position")
    expect(germany.candidates[0]!.features.speakerUnheard).toBe(1)
    expect(germany.signals!.speakerUnheardAround).toBe(0)
    const answer = coverage.ask("what is germany's position")
    expect(answer.answered).toBe(true)
    expect(answer.results.slice(0, 3).map((r) => r.passage.text).join(' ')).toContain('According to German government circles')
    // Rutte is heard in none of them: still not covered (above).
    expect(coverage.explain('what did mark rutte say about ukraine joining nato').signals!.speakerUnheardAround).toBe(1)
  })

  // A figure in the question says which event it means ("the 2018 world cup", "iphone 12"). The
  // coverage has "5" (Article 5) but no passage about troops has it; "10" and "ten" are the
  // "Ten European Union countries" of 003.
  it('refuses a question whose figure the best passage lacks, and answers it with the figure the passage gives', () => {
    const wrongFigure = coverage.explain('will 5 countries send troops to ukraine')
    expect(wrongFigure.signals!.figureMissing).toBe(1)
    expect(coverage.ask('will 5 countries send troops to ukraine')).toMatchObject({ answered: false, results: [] })
    for (const question of ['will 10 countries send troops to ukraine', 'will ten countries send troops to ukraine']) {
      expect(coverage.explain(question).signals!.figureMissing).toBe(0)
      const answer = coverage.ask(question)
      expect(answer.answered).toBe(true)
      expect(answer.results[0]!.passage.text).toContain('Ten European Union countries')
    }
  })

  // Lavrov is named in 003 only; the three best passages for the White House summit are from
  // 004, 000 and 001, which never name him (docs/quality.md item 43).
  it('never answers confidently from passages whose articles do not name what the question names', () => {
    const lavrov = 'did lavrov go to the white house summit'
    const explained = coverage.explain(lavrov)
    expect(explained.results.slice(0, 3).map((r) => r.passage.source)).not.toContain('003_9090c35cc40e081f.txt')
    expect(explained.signals!.nameMissingShare).toBe(1)
    expect(coverage.ask(lavrov).confidence).toBe('low')
    // Named where the answer is; a country's adjective is not a name the article must repeat.
    expect(coverage.explain('what did lavrov say about european troops').signals!.nameMissingShare).toBe(0)
    expect(coverage.ask('what did lavrov say about european troops').confidence).toBe('high')
    expect(coverage.explain('what did lavrov say about talks with the ukrainians').signals!.nameMissingShare).toBe(0)
    // A country by its name, its people or its capital; the news concepts with two-letter tags are none.
    for (const word of ['iceland', 'icelanders', 'reykjavik', 'ukrainians']) expect(isCountryWord(word), word).toBe(true)
    for (const word of ['pm', 'mp', 'eu', 'un', 'nato']) expect(isCountryWord(word), word).toBe(false)
  })

  it('takes a name in the question as written, not its first letters, unless it is a place\'s adjective', async () => {
    // Written for this test (docs/quality.md, item 79): "Colonsay" is not the "Colonel" of a story on army engineers.
    const local = await coverageOf({
      'nepal.txt': 'Landslide\n\nColonel Prakash Karki said 118 people living above the crack were moved to the monastery.\n',
      'island.txt': 'Ferry cancelled\n\nIslanders on Colonsay say they are cut adrift. The island of around 135 people relies on a landing craft.\n',
      'wine.txt': 'Harvest\n\nGrowers in California said 40 people picked the grapes.\n',
    })
    const firstFrom = (question: string) => local.explain(question).results[0]?.passage.source
    expect(firstFrom('how many people live on colonsay')).toBe('island.txt')
    expect(local.explain('how many people picked the californian grapes').signals!.nameMissingShare).toBe(0)
  })

  // 004's passage on guarantees finalized "as soon as this week" scores higher, but 004 never
  // names Zelenskyy; 003 names both men (docs/quality.md item 69).
  it('puts first, of the three best, the passage whose article names what the question names', () => {
    const answer = coverage.ask('how soon is putin supposed to meet zelenskyy')
    expect(answer.answered).toBe(true)
    expect(answer.results[0]!.passage.source).toBe('003_9090c35cc40e081f.txt')
    expect(answer.results[0]!.passage.text).toContain('within the next two weeks')
    // Passed over, 004 shows no more than the passage put above it: tools sort by score.
    expect(answer.results.map((r) => r.passage.source)).toContain('004_a96f1940f85f0698.txt')
    const scores = answer.results.map((r) => r.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })

  // The seeds never mention traffic or hotels; the passages share only "Kyiv" with these.
  it('never answers confidently when the passage shares only places and names and the rest is nothing the coverage mentions', () => {
    for (const question of ['whats the traffic like in kyiv', 'kyiv hotels']) {
      expect(coverage.explain(question).signals!.subjectUnknown, question).toBe(1)
      expect(coverage.ask(question).confidence, question).not.toBe('high')
    }
    // "jet" is no word of the seeds either, but the passage gives the time asked for.
    const when = 'when did zelensky jet off to washington'
    expect(coverage.explain(when).signals!.subjectUnknown).toBe(0)
    expect(coverage.ask(when)).toMatchObject({ answered: true, confidence: 'high' })
    expect(coverage.ask(when).results[0]!.passage.text).toContain('in Washington on Monday')
  })

  /** Each question's best passage is flagged by `rule` (a signal of decide()'s) and the question is refused. */
  const expectRefusedBy = (rule: 'sharesOnlyTimes' | 'sharesOnlyLightWords', questions: string[]) => {
    for (const question of questions) {
      expect(coverage.explain(question).signals![rule], question).toBe(1)
      expect(coverage.ask(question), question).toMatchObject({ answered: false, results: [] })
    }
  }

  // "preferably this week" and "a lasting peace" hold only when these ask about, none of what.
  it('refuses a passage that shares only the question\'s times', () => {
    expectRefusedBy('sharesOnlyTimes', ['any news on the game this week', 'what happened last night'])
    // The time with what is asked: answered.
    const meeting = 'who is zelensky meeting on monday'
    expect(coverage.explain(meeting).signals!.sharesOnlyTimes).toBe(0)
    expect(coverage.ask(meeting).results[0]!.passage.text).toContain('on Monday')
  })

  // The seeds never mention laptops or crashing; the passage shares only the verb "keep".
  it('refuses a passage that shares only a verb or an adjective when the coverage has none of the question\'s other words', () => {
    // (Said of one's own laptop, "why does my laptop keep crashing" is asked as advice before any ranking: chat.test.ts.)
    expectRefusedBy('sharesOnlyLightWords', ['why does the laptop keep crashing', 'wifi keeps dropping out'])
    // A word of the question the coverage has, beside the verb: left to the fitted decision.
    const troops = 'why do the troops keep crashing'
    expect(coverage.explain(troops).signals!.sharesOnlyLightWords).toBe(0)
  })

  // The coverage names Germany but gives no price: refused (the asked-for kind is missing from
  // every passage) or at most the closest the coverage comes, whatever the fit.
  it('never answers "What is the price of gas in Germany?" confidently', () => {
    const answer = coverage.ask('What is the price of gas in Germany?')
    expect(answer.confidence).not.toBe('high')
    if (answer.answered) expect(answer.results[0]!.passage.text).toContain('German')
    else expect(answer.results).toEqual([])
    expect(coverage.explain('What is the price of gas in Germany?').signals!.typeMissingAround).toBe(1)
  })

  it('answers confidently where a passage plainly holds the answer', () => {
    expect(coverage.ask('What did Karoline Leavitt say?').confidence).toBe('high')
    expect(coverage.ask('When did Bloomberg report on the package?').confidence).toBe('high')
    expect(coverage.ask('Did Antonio Costa talk about Article 5?').confidence).toBe('high')
  })

  // No article mentions sanctions; the best passage is about Russia and what may come next. A
  // confident answer promises the answer is first, and the promise is set where it holds on
  // questions the fit never saw (test/eval/calibration.ts, HIGH_PRECISION): this one is at most
  // the closest the coverage comes.
  // Asked of bots to try them: the seeds name Lithuania, never Vilnius (docs/quality.md, item 62; 'high' before).
  it('does not answer "whats the capital of lithuania" with a passage naming the country', () => {
    expect(coverage.ask('whats the capital of lithuania').answered).toBe(false)
  })

  it('does not answer a question about something no article reports ("any new sanctions on russia?") confidently', () => {
    expect(coverage.passages.some((p) => /sanction/i.test(p.text))).toBe(false)
    const answer = coverage.ask('any new sanctions on russia?')
    expect(answer.confidence).not.toBe('high')
  })

  it('commits the calibration fitted at the operating point the code states', () => {
    expect(calibrationFile.operatingPoint).toEqual({ maxFalseAbstention: MAX_FALSE_ABSTENTION, highPrecision: HIGH_PRECISION })
  })

  it.each([
    ['£5bn', '5 billion pounds'],
    ['5,000m', '5000 metres'],
    ['$40m', '40 million dollars'],
    ['ten A380s', '10 A380'],
    ['$300,000', '300k dollars'],
    ['12,000 fans', '12 thousand fans'],
    // Indian English: lakhs and crores, grouped in pairs, and rupees as "Rs".
    ['1,42,350 employees', '142350 employees'],
    ['1.4 lakh staff', '140,000 staff'],
    // A figure of a million or more is its millions however it is written (docs/quality.md, item 48).
    ['Rs 40 lakh', '4 million rupees'],
    ['Rs 0.05 crore', 'Rs 5 lakh'],
    ['4,000,000 people', '4 million people'],
    // Under a billion, in billions, is millions (docs/quality.md, item 57).
    ['0.78bn dollars', '780 million dollars'],
    ['£0.5bn', '£500m'],
    ['1,200,000 voters', '1.2 million voters'],
    ['Rs 3,520 crore', '35.2 billion rupees'],
    ['Rs 50 crore', '₹500m'],
    ['Rs. 38 a kilolitre', '38 rupees a kilolitre'],
    // Rand with its thousands set apart by a space, shillings and ringgit as letters; not "the N2".
    ['a quote of R450 000', 'a quote of 450000 rand'],
    // Any thousands set apart by a space (docs/quality.md, item 61).
    ['250 000 homes', '250k homes'],
    ['2 140 dockers', '2,140 dockers'],
    ['Sh900 million', '900 million shillings'],
    ['RM7.7 billion', '7.7bn ringgit'],
    ['K4.9 billion', '4.9bn kwacha'],
    ['Shs660 billion', '660 billion shillings'],
    ['USh 2bn', '2 billion shillings'],
    ['₱180 million', '180 million pesos'],
    ['a P1.1 billion treatment plant', 'a 1.1 billion pesos treatment plant'],
    ['the P5 billion deal', 'the ₱5bn deal'],
    ['a P45 fare', 'a P45 fare'],
    ['GH¢1.2m', '1.2 million cedis'],
    // Bolivianos and soles as Bolivian and Peruvian papers print them, and their codes.
    ['Bs 25,000 per household', '25000 bolivianos per household'],
    ['Bs. 431 million', '431 million bolivianos'],
    ['S/ 1.2 billion', '1.2 billion soles'],
    ['MZN 180 million', '180 million meticais'],
    // A sign of three letters or more typed in lower case, as chat types it.
    ['a fare of KSh 100', 'a fare of ksh 100'],
    ['a fare of Sh100', 'a fare of ksh100'],
    // ISO codes as trade papers print sums (docs/quality.md, item 72); not PHP, a programming language.
    ['PLN 100 for each account', '100 zlotys for each account'],
    ['EUR 2.5m', '2.5 million euros'],
    ['PHP 8 support', 'PHP 8 support'],
    // The sign after the figure, as continental papers print it; not a sign starting the next sum.
    ['60 M€', '60 million euros'],
    ['1500 € a month', '1500 euros a month'],
    ['in 2004 £5bn', 'in 2004 5 billion pounds'],
    ['K2 base camp', 'K2 base camp'],
    ['the N2 highway', 'the N2 highway'],
    // Ordinals as prose spells them (a day of a month keeps its figure: below).
    ['the first One-day International', 'the 1st one-day international'],
    ['the third test', 'the 3rd test'],
    // Roman numerals after a capitalised word, as people type them (item 47).
    ['the Mathematics Paper II', 'the mathematics paper 2'],
    ['a Phase III trial', 'a phase 3 trial'],
    ['World War II', 'world war ii'],
    // "And a half" as the decimal people type (a fresh coverage's union statement, "an offer of four and a half per cent").
    ['an offer of four and a half per cent', 'the 4.5 per cent offer'],
    ['two and a half years', '2.5 years'],
    ['one and a half million people', '1.5m people'],
  ])('indexes %s and %s as the same words', (printed, typed) => {
    expect(new Set(coverage.index.analyzer.terms(printed))).toEqual(new Set(coverage.index.analyzer.terms(typed)))
  })

  it('joins thousands set apart by a space, not a year and a count, nor a count of 100m races', () => {
    const { terms } = coverage.index.analyzer
    expect(terms('in 2004 100 people died')).toEqual(expect.arrayContaining(['2004', '100']))
    expect(terms('two wins in 2 100m races')).not.toContain('2100')
    expect(terms('18 500 people')).toContain('18500')
  })

  it('leaves a Roman numeral that may be a word or a letter alone: "an IV drip", "I", "Xi"', () => {
    expect(coverage.index.analyzer.terms('an IV drip')).not.toContain('4')
    expect(coverage.index.analyzer.terms('President Xi said')).not.toContain('11')
    // Nor is a count to the unit rounded into millions.
    expect(coverage.index.analyzer.terms('1,796,412 customers')).toContain('1796412')
  })

  it('keeps the figure of a day of a month ("May 5th", "5th of May")', () => {
    expect(coverage.index.analyzer.terms('May 5th')).not.toContain('fifth')
    expect(coverage.index.analyzer.terms('the 5th of May')).not.toContain('fifth')
    expect(coverage.index.analyzer.terms('the 5th test')).toContain('fifth')
  })

  it('finds a figure written the way a paper prints it when asked the way people type it', () => {
    const answer = coverage.ask('what is the 90bn dollar package')
    expect(answer.results[0]!.passage.text).toContain('$90 billion')
  })

  it('corrects two swapped letters, and takes short chat words for chat, not for names the coverage lacks', () => {
    const slots = resolveSlots(coverage.index, coverage.index.analyzer.querySlots('wat about the alsaka sumit lol'))
    const byWord = new Map(slots.map((s) => [s.word, s]))
    expect([...byWord.get('alsaka')!.terms.keys()]).toEqual(['alaska'])
    expect(byWord.get('wat')).toMatchObject({ known: false, unknownName: false })
    expect(byWord.get('lol')).toMatchObject({ known: false, unknownName: false })
    // Written as a name, an unknown short word still is one.
    expect(resolveSlots(coverage.index, coverage.index.analyzer.querySlots('What about Xi?'))).toContainEqual(expect.objectContaining({ word: 'Xi', unknownName: true }))
  })

  it('corrects typos only in words that are not English as typed', () => {
    const [typo, word] = resolveSlots(coverage.index, coverage.index.analyzer.querySlots('britsh price'))
    expect([...typo!.terms.keys()]).toEqual(['british'])
    expect([...word!.terms.keys()]).not.toContain('prime')
  })

  it('reads a letter missing from an English word as that word, though the index holds its stem', () => {
    // The index holds "presid" and "secur": a slip is two or more letters from those, and was read
    // as "prevent" or as nothing. A word WordNet knows, chat's spelling and a first letter are left alone.
    const terms = (question: string) => resolveSlots(coverage.index, coverage.index.analyzer.querySlots(question)).map((s) => [...s.terms.keys()])
    expect(terms('presdent')).toEqual([['presid']])
    expect(terms('securty')).toEqual([['secur']])
    // "whats" is "what" with a letter added: a function word, no slip for "hats".
    expect(terms('whats')).toEqual([])
    expect(terms('thugs')).not.toContainEqual(['hug'])
    // WordNet has "minster" (a church), but a letter short of a title the coverage uses it is
    // that title (docs/quality.md item 71: "what does minster breatnach say abt the windfarm").
    expect(terms('minster')).toEqual([['minist']])
  })

  it('reads a long word with a letter missing as the coverage\'s word, though the lexicon lacks it', () => {
    // "reassurance" and "necessitating" are seed words the small lexicon lacks, indexed as
    // "reassur" and "necessit": three or more edits from the slips.
    const terms = (question: string) => resolveSlots(coverage.index, coverage.index.analyzer.querySlots(question)).map((s) => [...s.terms.keys()])
    expect(terms('reassurnce')).toEqual([['reassur']])
    expect(terms('necesitating')).toEqual([['necessit']])
    expect(resolveSlots(coverage.index, coverage.index.analyzer.querySlots('reassurnce'))[0]).toMatchObject({ known: true, unknownName: false })
  })

  it('reads a slip as an English word WordNet has when the lexicon of everyday words lacks it', async () => {
    // Written for this test: "pupils" is WordNet's, not the small lexicon's; "pulls" is both, one slip away too (docs/quality.md, item 78).
    const school = await coverageOf({
      'school.txt': 'Landslide\n\nThe head teacher ordered about 200 pupils onto the playing field. A tractor pulls the last car out of the mud.\n',
    })
    const [pupils] = resolveSlots(school.index, school.index.analyzer.querySlots('pupls'))
    expect([...pupils!.terms.keys()]).toContain('pupil')
    expect(school.ask('how many pupls did the hed teacher get out').results[0]?.passage.text).toContain('200 pupils')
  })

  it('reads a given name in another form before a surname the coverage has as the one it writes', async () => {
    // The seeds write "Steve Witkoff"; the nickname table links Stephen and Steve.
    const [stephen] = resolveSlots(coverage.index, coverage.index.analyzer.querySlots('what did stephen witkoff say'))
    expect(stephen).toMatchObject({ word: 'stephen', known: true, unknownName: false })
    expect([...stephen!.terms.keys()]).toEqual(['steve'])
    // Written for this test, as an Australian regional paper names a farmer: "Des" for Desmond.
    const farm = await coverageOf({
      'fire.txt': 'Fire reaches farms\n\nThird-generation farmer Des Halloran, 67, said he had lost about 40 head of cattle.\n',
    })
    const [, desmond] = resolveSlots(farm.index, farm.index.analyzer.querySlots('how old is desmond halloran'))
    expect(desmond).toMatchObject({ word: 'desmond', known: true, unknownName: false })
    // Not before a name the coverage lacks: "desmond tutu" is someone else.
    const [, other] = resolveSlots(farm.index, farm.index.analyzer.querySlots('how old is desmond tutu'))
    expect(other).toMatchObject({ word: 'desmond', unknownName: true })
  })

  it('meets a verb\'s irregular forms: "makes" finds "is made by"', async () => {
    // Written for this test, as a US local TV station's site and an Irish radio site put it.
    const therapy = await coverageOf({
      'tv.txt': 'Families cheer gene therapy\n\nThe therapy, called Neuvanta, is made by Halcyon Gene Therapeutics of Cambridge, Massachusetts.\n',
      'radio.txt': 'Offaly boy waits for therapy\n\nHis parents say Neuvanta is only given to children under six.\n',
    })
    expect(therapy.ask('which company makes neuvanta').results[0]!.passage.text).toContain('is made by Halcyon')
    const [, makes] = resolveSlots(therapy.index, therapy.index.analyzer.querySlots('which company makes neuvanta'))
    expect(makes).toMatchObject({ word: 'makes', known: true })
    expect([...makes!.terms.keys()]).toContain('made')
  })

  it('reads a slip of a function word as that word: it asks nothing of the coverage', () => {
    const words = (question: string) => resolveSlots(coverage.index, coverage.index.analyzer.querySlots(question)).map((s) => s.word)
    expect(words('what did macron say befor the summit')).toEqual(['macron', 'summit'])
    expect(words('is trump going becuase of the ceasefire')).toEqual(['trump', 'going', 'ceasefire'])
    expect(words("where's bloomberg getting its info on the soldier plans")).toContain('info')
    // Written as a name, it is one ("Abotu" is no "about").
    expect(words('What did Abotu say')).toEqual(['Abotu'])
  })

  it('reads a slip the stemmer takes for another word as the English word, but not a name the articles write', async () => {
    // Written for this test: "soliders" stems to "solid", "goverment" to "gover", both words of
    // this coverage; "Boeing" is indexed as "boe", and "boxing" is one letter changed from it.
    const army = await coverageOf({
      'army.txt':
        'Army sends more soldiers north\n\n' +
        'The government said 500 soldiers would join the mission. Gover Street was closed for the parade, and the solid wall of the old barracks was repaired.\n\n' +
        'Boeing will fly the troops; its boxing team will see them off.\n',
    })
    const terms = (question: string) => resolveSlots(army.index, army.index.analyzer.querySlots(question)).map((s) => [...s.terms.keys()])
    expect(terms('soliders')).toEqual([['soldier']])
    expect(terms('goverment')).toEqual([['govern']])
    expect(terms('boeing')).toEqual([['boe']])
    expect(army.explain('how many soliders will the goverment send').candidates[0]?.passage.text).toMatch(/^The government said 500 soldiers/)
  })

  it('reads a typo with two equally near spellings the same however the index was built', () => {
    // "proviq" is one letter from "provid(e)" (3 passages) and "provis(ion)" (1): the commoner
    // sets the word's weight, whichever order minisearch's tree holds them in (a cached index
    // holds them in another order than a fresh build).
    const forward = buildSearchIndex(coverage.articles, coverage.passages)
    const backward = buildSearchIndex(coverage.articles, [...coverage.passages].reverse())
    const slots = (index: typeof forward) => resolveSlots(index, index.analyzer.querySlots('proviq')).map((s) => ({ ...s, terms: [...s.terms] }))
    expect(slots(forward)[0]!.terms.map(([t]) => t)).toEqual(['provid', 'provis'])
    expect(slots(backward)).toEqual(slots(forward))
  })

  it('scores the postings of the index as it is now: a passage added or removed after a question counts for the next', () => {
    // Postings are packed the first time a question reads them (query.ts); a change to the index must not leave them stale.
    const index = buildSearchIndex(coverage.articles, coverage.passages)
    const ask = () => findCandidates(index, resolveSlots(index, index.analyzer.querySlots('Alaska summit'))).map((c) => c.passageId)
    const before = ask()
    expect(before.length).toBeGreaterThan(0)
    const added = { id: 9999, text: 'Alaska summit. The Alaska summit. Alaska.', heading: '', title: 'Alaska summit' }
    index.mini.add(added)
    expect(ask()[0]).toBe(9999)
    index.mini.remove(added)
    expect(ask()).toEqual(before)
  })

  it('keeps the best candidates, in BM25 order and ties by passage id, when a question touches more passages than it keeps', () => {
    // Four copies of each seed passage (ids n, n + 1000, …): 124 passages, and a copy scores as its original.
    const copies = [0, 1000, 2000, 3000].flatMap((offset) => coverage.passages.map((p) => ({ ...p, id: p.id + offset })))
    const index = buildSearchIndex(coverage.articles, copies)
    const question = 'Ukraine security guarantees troops Europe'
    const candidates = findCandidates(index, resolveSlots(index, index.analyzer.querySlots(question)))
    expect(candidates.length).toBe(CANDIDATE_LIMIT)
    expect(candidates).toEqual([...candidates].sort((a, b) => b.bm25 - a.bm25 || a.passageId - b.passageId))
    // The fifteen best passages, each with its four copies together, lowest id first.
    const originals = findCandidates(coverage.index, resolveSlots(coverage.index, coverage.index.analyzer.querySlots(question))).map((c) => c.passageId)
    const expected = originals.slice(0, CANDIDATE_LIMIT / 4).flatMap((id) => [id, id + 1000, id + 2000, id + 3000])
    expect(candidates.map((c) => c.passageId)).toEqual(expected)
  })

  it('builds the very index minisearch add() alone builds, and the same document frequencies', () => {
    // buildSearchIndex stages terms in a hash map and counts frequencies from the postings (speed).
    const built = buildSearchIndex(coverage.articles, coverage.passages)
    const writer = createIndexWriter(built.analyzer)
    const titles = new Map(coverage.articles.map((a) => [a.source, a.title]))
    for (const p of coverage.passages) writer.add(p, titles.get(p.source)!)
    expect(JSON.stringify(built.mini)).toBe(JSON.stringify(writer.mini))
    expect(built.documentFrequency).toEqual(writer.documentFrequency)
    expect(built.mini.search('Zelensky').length).toBeGreaterThan(0)
  })

  it('reaches words used like the question\'s: "soldiers" finds the troops the seeds write of', () => {
    expect(neighboursOf('soldiers').map((n) => n.word)).toContain('troops')
    expect(neighboursOf('qzxv')).toEqual([])
    const { index } = coverage
    const troop = index.analyzer.wordTerm('troops')
    const [soldiers] = resolveSlots(index, index.analyzer.querySlots('soldiers'))
    // The seeds never say "soldiers": the word stays unknown, and its neighbour finds passages.
    expect(soldiers).toMatchObject({ known: false, unknownName: false })
    expect(soldiers!.near.get(troop)).toBeGreaterThan(0.3)
    const found = findCandidates(index, [soldiers!]).map((c) => coverage.passages[c.passageId]!.text)
    expect(found.length).toBeGreaterThan(3)
    expect(found.slice(0, 5).every((text) => /\b(troops?|forces?)\b/i.test(text))).toBe(true)
    expect(found.filter((text) => /\btroops?\b/i.test(text)).length).toBeGreaterThan(3)
    // Names the coverage has get no neighbours: "putin" is used like "medvedev", and means Putin.
    const [putin] = resolveSlots(index, index.analyzer.querySlots('putin'))
    expect(putin!.near.size).toBe(0)
  })

  it('gives English the small lexicon lacks its WordNet synonyms: "reckon" finds what the seeds "think"', () => {
    const { index } = coverage
    const [reckon] = resolveSlots(index, index.analyzer.querySlots('reckon'))
    // Neither the seeds nor the small lexicon has "reckon"; WordNet has it beside "think".
    expect(index.documentFrequency.has(index.analyzer.wordTerm('reckon'))).toBe(false)
    expect(reckon!.terms.get(index.analyzer.wordTerm('think'))).toBeGreaterThan(0.5)
    expect(reckon).toMatchObject({ known: true, unknownName: false })
    // A word written as a name borrows nothing: "Reckon" could be someone.
    const [written] = resolveSlots(index, index.analyzer.querySlots('ask Reckon'))
    expect(written!.terms.has(index.analyzer.wordTerm('think'))).toBe(false)
    // Chat's spellings are chat, whatever WordNet makes of them: "ok" is not "well".
    expect(index.documentFrequency.has(index.analyzer.wordTerm('well'))).toBe(true)
    const [ok] = resolveSlots(index, index.analyzer.querySlots('ok'))
    expect(ok!.terms.has(index.analyzer.wordTerm('well'))).toBe(false)
  })

  it('does not stem names: a name the coverage lacks is unknown, not a stem of another word', () => {
    const { analyzer } = coverage.index
    expect(analyzer.terms('Zelensky guarantees')).toEqual(['zelensky', 'guarante'])
    const mars = resolveSlots(coverage.index, analyzer.querySlots('What about Mars?')).find((s) => s.word === 'Mars')
    expect(mars).toMatchObject({ unknownName: true, known: false })
    expect(coverage.ask('Mars').confidence).toBeUndefined()
  })

  it('finds a capitalised word the seeds index as an ordinary one, at full credit', () => {
    // "Stakeholders" starts a sentence in the seeds, so it is indexed as a word ("stakehold"); a
    // question that capitalises it still means that word, not a name the coverage lacks.
    const [stakeholders] = resolveSlots(coverage.index, coverage.index.analyzer.querySlots('what will Stakeholders monitor'))
    expect(stakeholders).toMatchObject({ word: 'Stakeholders', known: true, unknownName: false })
    expect(stakeholders!.terms.get('stakehold')).toBe(1)
    expect(coverage.ask('What will Stakeholders monitor?').confidence).toBeDefined()
  })

  it('reads a question the same however it is capitalised, with or without apostrophes and hyphens', () => {
    const questions = [
      'whos the forein minster quoted from russia',
      'what did karoline levitt say about the guarentees',
      'will trump be tlaking to europen leaders about securty arrangments',
      'is washington sending its own soldiers to ukraine',
    ]
    for (const q of questions) {
      const firstCapital = q[0]!.toUpperCase() + q.slice(1)
      const everyWord = q.replace(/\b\p{L}/gu, (c) => c.toUpperCase())
      expect(answeredAs(q)[0]).toBeDefined()
      for (const typed of [firstCapital, everyWord, q.toUpperCase()]) expect(answeredAs(typed), typed).toEqual(answeredAs(q))
    }
    // The capital that only starts a question does not make its word a name ("Wud" is chat).
    const [wud] = resolveSlots(coverage.index, coverage.index.analyzer.querySlots('Wud they go'))
    expect(wud).toMatchObject({ writtenAsName: false, unknownName: false })
    // Typed without apostrophes or hyphens: "whats" is "what's", "Britains PM" is Britain's, and
    // "low-key" unknown whole is its two words, not a name the coverage lacks.
    const first = (q: string) => [coverage.ask(q).confidence, coverage.ask(q).results[0]?.passage.id]
    expect(first('Who is Britains PM in these reports?')).toEqual(first("Who is Britain's PM in these reports?"))
    expect(first('Who is Britains PM in these reports?')[0]).toBe('high')
    const slotsOf = (q: string) => resolveSlots(coverage.index, coverage.index.analyzer.querySlots(q))
    expect(slotsOf('was the first public response loud or low-key').map((s) => s.word)).not.toContain('low-key')
    expect(slotsOf('was the first public response loud or low-key').some((s) => s.unknownName)).toBe(false)
    expect(answeredAs('whats antonio costa been saying about all this')).toEqual(answeredAs("what's antonio costa been saying about all this"))
    // A single capital letter is never indexed, so it is not a name the coverage lacks.
    expect(coverage.index.analyzer.querySlots('what is Plan B').map((s) => s.word)).not.toContain('B')
  })

  it('asks the last sentence of a message that asks; the others count for less, and may name its subject', () => {
    // "news" and "morning" of the scene no longer pull up another passage about troops.
    expect(answeredAs('I saw the news this morning. Who will send troops to Ukraine?')).toEqual(answeredAs('Who will send troops to Ukraine?'))
    // "Is that true?" has no words of its own: the sentence before says what is asked.
    const checked = coverage.ask('Merz wants all of Europe in. Is that true?')
    expect(checked.confidence).toBe('high')
    expect(checked.results[0]!.passage.text).toContain('Merz believes the whole of Europe should')
    // Said after the question, the same: the question is the last sentence with a question mark.
    expect(answeredAs('Who will send troops to Ukraine? Asking for a friend.')).toEqual(answeredAs('Who will send troops to Ukraine?'))
    expect(answeredAs("What did Macron warn against? I couldn't find it.")).toEqual(answeredAs('What did Macron warn against?'))
    // Of the sentences around it, only what may name a subject counts: a name, a noun, a place.
    const contextOf = (scene: string) => coverage.index.analyzer.querySlots('will merz send troops', scene).filter((s) => s.context).map((s) => s.word)
    expect(contextOf('I was reading about this earlier.')).toEqual(['reading'])
    expect(contextOf("I couldn't find it.")).toEqual([])
    expect(contextOf('Macron wants all of Europe in.')).toEqual(['Macron', 'Europe'])
    expect(answeredAs('I was looking at this earlier. Who will send troops to Ukraine?')).toEqual(answeredAs('Who will send troops to Ukraine?'))
    const [merz] = resolveSlots(coverage.index, coverage.index.analyzer.querySlots('merz'))
    const [sceneMerz] = resolveSlots(coverage.index, coverage.index.analyzer.querySlots('', 'merz'))
    expect(sceneMerz!.weight).toBeLessThan(merz!.weight)
  })

  it('reads a request for an explanation, a summary or the latest as the question in it', () => {
    // "explain why" hid the "why" (no reason was looked for); "summarise" and "updates" were words
    // the coverage lacks, and "explain" matched "explained".
    expect(answeredAs("explain why the US won't send troops to Ukraine")).toEqual(answeredAs("why won't the US send troops to Ukraine"))
    expect(answeredAs('can you summarise what Nauseda said')).toEqual(answeredAs('what did Nauseda say'))
    expect(answeredAs('list the countries ready to send troops')).toEqual(answeredAs('which countries are ready to send troops'))
    expect(answeredAs('give me the latest on the ceasefire')).toEqual(answeredAs('the ceasefire'))
    expect(answeredAs('any updates on the Alaska summit?')[0]).toBe('high')
    // Where to look, before or after: "reports" matched "reported", and "who" after it did not ask for a name.
    expect(answeredAs('in these reports, who will send troops to Ukraine?')).toEqual(answeredAs('who will send troops to Ukraine?'))
    expect(answeredAs('according to the articles, what is Macron worried about')).toEqual(answeredAs('what is Macron worried about'))
  })

  it('hears a speaker in a plain-form speech verb, and bolds the sentence where they speak', () => {
    // "Merz continues to insist on this demand" (an immediate ceasefire): "insist" after "to" was
    // no speech, so Merz read as named but never heard and the question was refused.
    const answer = coverage.ask('What did Merz say about a ceasefire?')
    expect(answer.confidence).toBeDefined()
    expect(answer.results[0]!.passage.text).toContain('Merz continues to insist on this demand')
    expect(answer.results[0]!.answerSentence).toContain('Merz continues to insist on this demand')
  })

  it('reads "Mr Trump" as Trump: the honorifics British papers print before every surname are no word of the question', () => {
    expect(answeredAs('What did Mr Trump say?')).toEqual(answeredAs('What did Trump say?'))
    expect(answeredAs('What did Mr. Trump say?')).toEqual(answeredAs('What did Trump say?'))
  })

  it('picks the answer sentence inside the passage', () => {
    const top = coverage.ask('When did Bloomberg report on the package?').results[0]!
    expect(top.answerSentence).toContain('Bloomberg reported on Aug. 19')
    expect(top.passage.text).toContain(top.answerSentence)
  })

  it.each([
    'Who won the 2022 World Cup?',
    'What did Putin say about Taiwan?',
    'How old is Keir Starmer?',
    "What's on in the Bundestag this week?",
    'best pizza recipe with mozzarella',
    'what did putin say about taiwan',
    'How tall is Emmanuel Macron?',
  ])('abstains on "%s"', (question) => {
    expect(coverage.ask(question)).toMatchObject({ answered: false, results: [] })
  })

  // What someone said, asked of coverage that never names them: other people's words on the
  // topic are no answer. Before, each was shown as the closest the coverage comes (its quotes).
  it.each(['what did modi say about the war', 'what did tusk say about security guarantees', 'what did xi say about the war', 'what did lula say about security guarantees'])(
    'does not answer "%s" with what others said',
    (question) => {
      expect(coverage.ask(question)).toMatchObject({ answered: false, results: [] })
    },
  )

  it.each([
    // Named by the coverage, as typed, in lower case or with a slip: still answered.
    ['what did zelensky say about trump', 'Zelensky'],
    ['what did zelinsky say about trump', 'Zelensky'],
    // A short slip is never corrected, but "trump" is a letter away: not someone the coverage lacks.
    ['did trmp say anything about helping out by air', 'air'],
  ])('still answers "%s"', (question, phrase) => {
    const answer = coverage.ask(question)
    expect(answer.answered).toBe(true)
    expect(answer.results.map((r) => r.passage.text).join(' ')).toContain(phrase)
  })

  it('reads a short word the coverage lacks as a name, unless it is chat or a slip for a name', () => {
    // "lula" is no one the seeds mention: not answered from the troop passages (before: 'high').
    expect(coverage.ask('will lula send troops to ukraine')).toMatchObject({ answered: false, results: [] })
    for (const question of ['wat did merz say about troops', 'will the govt send troops', 'did trmp say anything about helping out by air']) {
      expect(coverage.explain(question).signals?.unknownNameShare, question).toBe(0)
      expect(coverage.ask(question).answered, question).toBe(true)
    }
  })

  it('takes an English word the lexicon lacks for a role, not a name, in "what did X say"', () => {
    // "peacekeepers" is in neither the seeds nor the small lexicon; WordNet knows it as a common noun.
    expect(coverage.explain('what did the peacekeepers say about the guarantees').signals?.speakerNeverNamed).toBe(0)
    expect(coverage.explain('what did modi say about the guarantees').signals?.speakerNeverNamed).toBe(1)
  })

  it('reads a verb\'s form the coverage lacks, typed in lower case, as English, not as a name it lacks (docs/quality.md, item 73)', () => {
    const byWord = new Map(resolveSlots(coverage.index, coverage.index.analyzer.querySlots('were the guarantees nicked by snooping modi')).map((s) => [s.word, s]))
    expect(byWord.get('nicked')).toMatchObject({ known: false, unknownName: false })
    expect(byWord.get('snooping')).toMatchObject({ known: false, unknownName: false })
    expect(byWord.get('modi')).toMatchObject({ known: false, unknownName: true })
  })

  it('hears a speaker in a transcript\'s turns, labelled with the initials its header gives them (docs/quality.md, item 73)', async () => {
    // Written for this test as a radio station prints an interview, and a trade newsletter.
    const radio = await coverageOf({
      'interview.txt': [
        'TRANSCRIPT: Zambezi FM - The Morning Brief',
        'Presenter: Natasha Mwape (NM)',
        'Guest: Hon. Chibwe Sakala, Minister of Energy (CS)',
        'NM: Minister, good morning. Many of our listeners are sitting in the dark for 17 hours a day. When will the power cuts end?',
        'CS: I will not give you a date for the end of the power cuts that I cannot keep. Realistically, we will not see normal supply before the rains come in December.',
        'NM: Minister, thank you. The power cuts will end when the rains come, and our listeners will hold you to that.',
      ].join('\n\n'),
      'newsletter.txt':
        'Power cuts extended\n\nThe state utility moved most customers onto 17 hours of power cuts a day. Analysts expect the cuts to end only when the rains come in December.',
    })
    const explained = radio.explain('what did the minister say about when the power cuts will end')
    const turn = explained.candidates.find((c) => c.passage.text.includes('CS: I will not give you a date'))
    expect(turn?.features.speakerUnheard).toBe(0)
    // The host's words are no answer of the minister's (the host's question shares a passage with the answer to it).
    expect(explained.candidates.find((c) => c.passage.text.startsWith('NM: Minister, thank you'))?.features.speakerUnheard).toBe(1)
  })

  it('asks no one by a figure: "what did the 19 yo say" is someone described by age (docs/quality.md, item 73)', async () => {
    // Written for this test in a fan blog's style; "19" was read as the speaker's name, heard nowhere.
    const blog = await coverageOf({
      'blog.txt':
        'Phoenix disqualified\n\nThe league banned two players on Monday. Frost, who is 19, was one of them.\n\nFrost went live on his stream on Tuesday night and cried for about 40 minutes. "I knew it was wrong the moment I clicked install," he said.',
    })
    const question = 'what did the 19 yo say when he went live and broke down in tears'
    const explained = blog.explain(question)
    expect(explained.signals?.speakerUnheard).toBe(0)
    expect(explained.results.map((r) => r.passage.text).join(' ')).toContain('clicked install')
  })

  it('takes a title with a vowel typed wrong for that title, not for a name the coverage lacks (docs/quality.md, item 73)', async () => {
    // Written for this test in a wire's style: "mayer" is a slip for no name of it, and was read
    // as a speaker it never names (a coverage written blind: "wat did the mayer say abt…").
    const town = await coverageOf({
      'water.txt':
        'Town told not to drink tap water\n\nResidents were told on Tuesday not to drink tap water after a failure at the treatment plant. Mayor Doug Halvorsen said council would meet on Wednesday.\n\n"People in this town trusted that when they turned on the tap, the water was safe," Halvorsen said.',
    })
    expect(town.explain('wat did the mayer say abt peoples trust in the tap water').signals?.speakerNeverNamed).toBe(0)
    expect(town.ask('wat did the mayer say abt peoples trust in the tap water').results[0]?.answerSentence).toContain('trusted')
  })

  it('reads a name the coverage lacks as a name, not as the word a letter away ("Sunak" is not "sunk")', async () => {
    const shares = await coverageOf({
      'shares.txt':
        'Music shares fall on profit warning\n\n' +
        'Shares in the music firm have sunk by 16% after a profit warning blamed on online piracy and immigration rules for touring bands. ' +
        '"Sales were disappointing, and piracy is hurting every label," its chief executive said.\n',
    })
    for (const question of ['What did Sunak say about piracy?', 'what did sunak say about piracy', 'What did Rishi Sunak say about immigration?']) {
      expect(shares.ask(question), question).toMatchObject({ answered: false, results: [] })
    }
    // Whose words the question asks for is a role here, not a name: answered.
    expect(shares.ask('what did the chief executive say about piracy').answered).toBe(true)
    // Not asked for anyone's words, a word a letter from the coverage's is still read as a slip ("profitt").
    expect(shares.ask('why did the music shares fall after the profitt warning').answered).toBe(true)
  })

  it('prefers the paragraph after a lead that only restates the question', async () => {
    // BBC News, business-187: the lead says "a US bank"; the next paragraph names it. The lead has
    // two sentences (the second from later in the article), so it stays a passage of its own: a
    // one-sentence lead would share a passage with the answer (src/corpus/passages.ts).
    const seeds = Object.fromEntries(['001_4de870c6ba78c5ba.txt', '004_a96f1940f85f0698.txt'].map((f) => [f, readFileSync(path.join(SEEDS, f), 'utf8')]))
    const pinochet = await coverageOf({
      ...seeds,
      'pinochet.txt':
        'Bank payout to Pinochet victims\n\n' +
        "A US bank has said it will donate more than $8m to victims of former Chilean military ruler Augusto Pinochet's regime under a Madrid court settlement. More than 3,000 people were killed for political reasons under Gen Pinochet's regime, an official report says.\n\n" +
        "Riggs Bank will put money in a special fund to be managed by a Madrid-based charity, the Salvador Allende Foundation, which helps abused victims. The bank had been accused of illegally concealing Gen Pinochet's assets.\n\n" +
        "The general's opponents rejoiced at the settlement, which was agreed in a court in the Spanish capital, Madrid.\n",
    })
    const explained = pinochet.explain("which bank is paying compensation to pinochet's victims")
    const [first, second] = explained.candidates
    expect(first!.passage.text).toMatch(/^Riggs Bank will put money/)
    expect(first!.features.afterMatch).toBeGreaterThan(0.5)
    expect(second!.passage.position).toBe(0)
    expect(second!.features.afterMatch).toBe(0)
  })

  it('shows the sentence after a lead that withholds what is asked, and ranks by the lead', async () => {
    // Written for this test in the way wire copy is: the first sentence restates the story, the
    // next gives the name and the age, calling the subject by neither the question's words.
    const lifeboat = await coverageOf({
      'lifeboat.txt':
        'Harbour town names lifeboat chief\n\n' +
        "A former trawler skipper has been appointed to run the harbour town's lifeboat station after a year-long search. " +
        'Tom Hale, 52, spent three decades fishing the North Sea before joining the volunteer crew. ' +
        'The station launched forty times last year.\n\n' +
        'The charity said the appointment would be confirmed at its annual meeting in the spring.\n\n' +
        "The harbour's old slipway is to be closed to boats. Engineers said it must shut because winter storms had cracked its concrete.\n",
    })
    const lead = "A former trawler skipper has been appointed to run the harbour town's lifeboat station after a year-long search."
    for (const question of ['who has been appointed to run the lifeboat station', 'how old is the man appointed to run the lifeboat station']) {
      const [first] = lifeboat.explain(question).candidates
      const [top] = lifeboat.ask(question).results
      expect(top!.passage.text.startsWith(lead)).toBe(true)
      expect(top!.answerSentence).toMatch(/^Tom Hale, 52, spent three decades/)
      // The ranking read the lead, which holds most of the question; the sentence shown holds next to none of it.
      expect(first!.features.sentenceCoverage).toBeGreaterThan(0.5)
    }
    // "Why…" asks for a reason: the sentence that gives one follows the one restating the question.
    expect(lifeboat.ask("why is the harbour's old slipway being closed").results[0]!.answerSentence).toMatch(/^Engineers said it must shut because/)
    // Nothing is asked that the lead lacks: the lead is the answer.
    expect(lifeboat.ask('has the lifeboat station been given a new chief after its search').results[0]!.answerSentence).toBe(lead)
  })

  it("finds an explainer's answer by its question, and shows the answer, not the question (docs/quality.md, item 71)", async () => {
    // Written for this test in an explainer's style: the questions' capitals made some of them
    // headings (context, a fraction of the weight) and others text.
    const explainer = await coverageOf({
      'bread.txt':
        'Explained: what the new bread price deal does\n\n' +
        'Here are the key questions about bread prices, the Pan Justo agreement and what it means for shoppers.\n\n' +
        'Q: What happened with La Espiga?\n\nA: The chain raised the price of a kilo of bread to 3,750 pesos, then signed the agreement.\n\n' +
        'Q: What is the Pan Justo agreement?\n\nA: It is a voluntary deal between the Secretariat of Domestic Trade and bakeries. Bakeries that sign up sell a kilo for no more than 3,600 pesos.\n\n' +
        'Q: Is it compulsory?\n\nA: No. Bakeries that break the agreement are removed from the list, but there are no fines.\n',
    })
    // The question's passage holds all of it in a sentence of its own text (as a heading, none).
    const question = 'what is the pan justo agreement'
    const asked = explainer.explain(question).candidates.find((c) => c.passage.text.startsWith('Q: What is the Pan Justo agreement?'))
    expect(asked!.features.sentenceCoverage).toBe(1)
    // Words alone put the explainer's opening first ("Here are the key questions about … the Pan
    // Justo agreement"); wherever the answer comes, its question is not what is shown in bold.
    const shown = explainer.ask(question).results.find((r) => r.passage.id === asked!.passage.id)
    expect(shown!.answerSentence).toBe('A: It is a voluntary deal between the Secretariat of Domestic Trade and bakeries.')
    expect(explainer.ask('are bakeries fined for breaking the deal').results[0]!.answerSentence).toMatch(/^A: No\./)
  })

  it('groups passages that report the same fact and says who else reports it', async () => {
    // A second outlet republishing the Bloomberg story with its own headline and opening.
    const dir = await mkdtemp(path.join(tmpdir(), 'cb-same-fact-'))
    const original = readFileSync(path.join(SEEDS, '004_a96f1940f85f0698.txt'), 'utf8')
    await writeFile(path.join(dir, 'a-original.txt'), original)
    await writeFile(path.join(dir, 'b-republished.txt'), `Europe readies troops for Ukraine\n\nEuropean leaders are working on a plan.\n\n${original.split('\n').slice(1).join('\n')}`)
    const twoOutlets = await Coverage.load(dir)
    const answer = twoOutlets.ask('What did Karoline Leavitt say about the guarantees?')
    expect(answer.results[0]!.passage.text).toContain('Karoline Leavitt')
    expect(answer.results[0]!.passage.source).toBe('a-original.txt')
    expect(answer.results[0]!.alsoReportedBy).toEqual(['b-republished.txt'])
    expect(answer.results.filter((r) => r.passage.text.includes('Karoline Leavitt'))).toHaveLength(1)
  })

  it('does not group different facts that share the topic words', () => {
    const answer = coverage.ask('security guarantees for Ukraine', { limit: 25 })
    expect(answer.results.every((r) => r.alsoReportedBy.length === 0)).toBe(true)
  })

  it('pages results with offset and limit', () => {
    const all = coverage.ask('security guarantees for Ukraine', { limit: 25 })
    const page2 = coverage.ask('security guarantees for Ukraine', { limit: 2, offset: 2 })
    expect(page2.results.map((r) => r.passage.id)).toEqual(all.results.slice(2, 4).map((r) => r.passage.id))
    expect(page2.total).toBe(all.total)
  })

  it.each([
    ['', 'Please type a question'],
    ['   \n\t ', 'Please type a question'],
    ['?!… ---', 'There are no words to look for'],
    ['x'.repeat(10_000), 'That question is 10000 characters long'],
  ])('rejects bad input %j with a clear message', (input, message) => {
    expect(() => coverage.ask(input)).toThrow(message)
  })

  it('finds a name typed in Cyrillic', () => {
    expect(foldText('Зеленський')).toBe('zelenskyy')
    expect(coverage.ask('Зеленський').results[0]!.passage.text).toMatch(/Zelensk/)
    expect(coverage.leader('Зеленський').person?.name).toBe('Volodymyr Zelensky')
  })

  it('searches past mentions and links, and echoes the question as typed', () => {
    const answer = coverage.ask('@everyone <@123> who will send troops? https://example.com/x')
    expect(answer.question).toBe('@everyone <@123> who will send troops? https://example.com/x')
    expect(answer.results[0]!.passage.text).toContain('Ten European Union countries')
  })

  it('treats control characters and NUL bytes as spaces', () => {
    expect(coverage.ask('Bloomberg\u0000report\u0007package').results[0]?.passage.source).toBe('004_a96f1940f85f0698.txt')
  })

  it('reads a word pasted with invisible marks inside it (soft hyphen, zero-width space, word joiner) whole', () => {
    expect(answeredAs('what did Me\u00ADrz say')).toEqual(answeredAs('what did Merz say'))
    expect(answeredAs('Wh\u200Bat did Merz\u2060 s\uFEFFay')).toEqual(answeredAs('what did Merz say'))
    expect(coverage.ask('what did Me\u00ADrz say').question).toBe('what did Merz say')
  })

  it('reads a question typed in full-width or styled letters as the plain one', () => {
    // A keyboard left in full-width mode (Japanese, Chinese, Korean input) types these.
    const wide = 'ｗｈａｔ ｄｉｄ Ｍｅｒｚ ｓａｙ？'
    expect(coverage.ask(wide).question).toBe('what did Merz say?')
    expect(coverage.explain(wide).signals).toEqual(coverage.explain('what did Merz say?').signals)
    expect(answeredAs(wide)).toEqual(answeredAs('what did Merz say?'))
    expect(answeredAs('what did 𝐌𝐞𝐫𝐳 say')).toEqual(answeredAs('what did Merz say'))
  })

  it('indexes an article whose words carry soft hyphens whole, and quotes them without', async () => {
    // Web pages hyphenate long words for the browser with U+00AD ("re&shy;assurance"); the article
    // saved from one keeps them, invisible, inside its words.
    const dir = await mkdtemp(path.join(tmpdir(), 'cb-soft-hyphen-'))
    const seed = readFileSync(path.join(SEEDS, '001_4de870c6ba78c5ba.txt'), 'utf8')
    expect(seed).toContain('reassurance forces')
    await writeFile(path.join(dir, 'hyphenated.txt'), seed.replaceAll('reassurance', 're\u00ADassur\u00ADance').replaceAll('Lithuanian', 'Lith\u200Buanian'))
    const hyphenated = await Coverage.load(dir)
    const [first] = hyphenated.ask('reassurance forces').results
    expect(first?.passage.text).toContain('reassurance forces')
    expect(hyphenated.passages.some((p) => /[\u00AD\u200B]/.test(p.text))).toBe(false)
    expect(hyphenated.ask('lithuanian president').results[0]?.passage.text).toMatch(/Lithuanian president/i)
  })
})

describe('dev set', () => {
  it('every quoted text of every result is a verbatim span of its article', async () => {
    for (const q of dev.questions) {
      for (const r of coverage.ask(q.question, { limit: 25 }).results) {
        const article = normalizeForMatch(readFileSync(path.join(SEEDS, r.passage.source), 'utf8'))
        expect(article).toContain(normalizeForMatch(r.passage.text))
        expect(normalizeForMatch(r.passage.text)).toContain(normalizeForMatch(r.answerSentence))
      }
    }
  })

  it('meets the quality targets with the calibration fitted on the train sets only: hit@1 ≥ 0.90, recall@5 = 1, abstention ≥ 0.80, false abstention ≤ 0.05', () => {
    const scores = scoreQuestions(dev.questions, (q) => askJson(coverage.ask(q)))
    expect(scores.misses).toEqual([
      'd-c02 (cross-source) rank 2: How did leaders react to the White House meeting?',
    ])
    expect(scores.hitAt1).toBeGreaterThanOrEqual(0.9)
    expect(scores.recallAt5).toBe(1)
    expect(scores.abstention).toBeGreaterThanOrEqual(0.8)
    expect(scores.falseAbstention).toBeLessThanOrEqual(0.05)
  })
})
