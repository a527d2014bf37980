// Nicknames and short forms of given names: "Bernie" Ebbers is "Bernard" Ebbers, "Tony"
// Blair is "Anthony" Blair. Two first names are one only through this table: "Gordon" Brown and
// "Nick" Brown stay two people.
//
// Where it comes from: a hand-picked subset of names.csv in github.com/carltonnorthern/nicknames
// (Apache-2.0; published on PyPI as `nicknames`, with no npm release), each pair below being a
// row of that file. Only nicknames with one usual long form in British and American news are
// kept: "Bill" is William there, though names.csv also lists Robert; "Chris" is Christopher,
// never Christina or Christine (a woman's short form would join a man); "Alex", "Sam", "Pat",
// "Jo", "Nicky", "Freddie" and the like, shared by men's and women's names, are left out. Women's
// names are kept where no man's name shares the short form ("Hattie" is Harriet). Beyond that
// file: short forms Australian and Irish papers print ("Bec" Tran is "Rebecca" Tran), and Greek
// given names as they are written in English.

/** Long form → its short forms, all folded (lower case, no accents). */
const TABLE: Record<string, string[]> = {
  alexander: ['sandy', 'alexandros'],
  andrew: ['andy', 'drew'],
  anthony: ['tony'],
  benjamin: ['ben', 'benny'],
  bernard: ['bernie'],
  charles: ['charlie', 'chuck'],
  christopher: ['chris'],
  daniel: ['dan', 'danny'],
  david: ['dave'],
  donald: ['don'],
  douglas: ['doug'],
  edward: ['ted', 'ed', 'eddie'],
  frederick: ['fred'],
  gerald: ['gerry'],
  gregory: ['greg'],
  james: ['jim', 'jimmy'],
  jonathan: ['jon', 'jonny', 'johnny'],
  joseph: ['joe'],
  kenneth: ['ken', 'kenny'],
  lawrence: ['larry'],
  matthew: ['matt'],
  michael: ['mike', 'mick', 'mickey', 'michail', 'michalis'],
  nathan: ['nate'], // Nathaniel's too, rarer in the news
  nicholas: ['nick', 'nikolaos', 'nikos'],
  patrick: ['paddy'],
  peter: ['pete', 'petros'],
  philip: ['phil'],
  reginald: ['reg', 'reggie'],
  richard: ['dick', 'rick', 'ricky', 'rich'],
  robert: ['bob', 'bobby', 'rob', 'robbie'],
  ronald: ['ron', 'ronnie'],
  samuel: ['sammy'],
  stephen: ['steve', 'steven'],
  terence: ['terry'],
  theodore: ['teddy', 'theo', 'theodoros', 'thodoris'],
  thomas: ['tom', 'tommy', 'tam'],
  timothy: ['tim'],
  william: ['bill', 'billy', 'will', 'willie'],
  // Spellings of one name a paper may print either way: Scottish "Graeme" for Graham, Jeffrey
  // for Geoffrey, Shaun and Shawn for Sean.
  graham: ['graeme', 'grahame'],
  geoffrey: ['geoff', 'jeffrey', 'jeff'],
  sean: ['shaun', 'shawn'],
  // Greek given names in the three forms papers print: the formal one of Greek papers' English
  // editions, the everyday one of interviews and blogs, the English one of wires ("Georgios",
  // "Giorgos", "George" Marinakis are one man).
  george: ['georgios', 'giorgos', 'yiorgos', 'yorgos'],
  john: ['ioannis', 'giannis', 'yiannis', 'yannis'],
  constantine: ['konstantinos', 'kostas', 'costas'],
  dimitrios: ['dimitris', 'demetrios', 'demetris'],
  panagiotis: ['panayiotis', 'panos'],
  vasileios: ['vasilis', 'vassilis'],
  athanasios: ['thanasis'],
  evangelos: ['vangelis'],
  spyridon: ['spyros'],
  emmanouil: ['manolis'],
  stylianos: ['stelios'],
  anastasios: ['tasos'],
  paul: ['pavlos'],
  helen: ['eleni'],
  // Diminutives as fans, blogs and home papers print them beside the formal name of wires
  // ("Jaga" Wołoszyn is Jadwiga Wołoszyn, "Radek" Kmiecik is Radosław): Polish, Russian,
  // Spanish and Italian ones with one usual long form, none shared by a man and a woman.
  jadwiga: ['jaga'],
  radoslaw: ['radek'],
  wojciech: ['wojtek'],
  tomasz: ['tomek'],
  jaroslaw: ['jarek'],
  miroslaw: ['mirek'],
  przemyslaw: ['przemek'],
  slawomir: ['slawek'],
  grzegorz: ['grzesiek'],
  krzysztof: ['krzysiek'],
  zbigniew: ['zbyszek'],
  wladyslaw: ['wladek'],
  stanislaw: ['staszek'],
  malgorzata: ['gosia', 'malgosia'],
  katarzyna: ['kasia'],
  barbara: ['basia'],
  agnieszka: ['aga'],
  zofia: ['zosia'],
  magdalena: ['magda'],
  dmitry: ['dima'],
  mikhail: ['misha'],
  ivan: ['vanya'],
  vladimir: ['volodya'],
  nikolai: ['kolya'],
  alexei: ['alyosha'],
  yekaterina: ['katya'],
  anastasia: ['nastya'],
  tatiana: ['tanya'],
  natalia: ['natasha'],
  svetlana: ['sveta'],
  francisco: ['paco', 'pancho', 'curro'],
  jose: ['pepe'],
  ignacio: ['nacho'],
  enrique: ['quique'],
  guillermo: ['memo'],
  manuel: ['manolo'],
  dolores: ['lola'],
  concepcion: ['concha', 'conchita'],
  rosario: ['charo'],
  giuseppe: ['beppe', 'peppe'],
  giovanni: ['gianni'],
  // As Bangladeshi, Pakistani and Malaysian papers abbreviate it before a name ("Md Rashidul Islam").
  mohammad: ['md', 'mohd', 'muhd'],
  // Women's names whose short forms no man's name shares.
  abigail: ['abby'],
  caroline: ['carrie'],
  cynthia: ['cindy'],
  deborah: ['debbie'],
  dorothy: ['dot', 'dottie'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betty'],
  harriet: ['hattie'],
  jennifer: ['jenny', 'jen'],
  josephine: ['josie'],
  judith: ['judy'],
  katherine: ['kate', 'kathy', 'katie', 'aikaterini', 'katerina'],
  margaret: ['maggie', 'peggy', 'peg', 'meg'],
  pamela: ['pam'],
  patricia: ['trish', 'tricia', 'patty'],
  penelope: ['penny'],
  rebecca: ['becky', 'becca', 'bec'],
  susan: ['sue', 'susie'],
  victoria: ['vicky'],
  virginia: ['ginny'],
}

const LONG_FORM = new Map<string, string>()
for (const [long, shorts] of Object.entries(TABLE)) {
  for (const short of shorts) {
    // A short form of two long names ("Steve": Stephen and Steven) keeps the first one listed.
    if (!LONG_FORM.has(short)) LONG_FORM.set(short, long)
  }
}

/** The long form of a folded given name ("bernie" → "bernard", "rosita" → "rosa"); any other name as it is. */
export function givenNameKey(folded: string): string {
  return LONG_FORM.get(folded) ?? spanishBase(folded) ?? folded
}

/**
 * A Spanish diminutive's name: "Rosita" Choque is the NGO report's "Rosa" Choque, "Juanita" is
 * Juana. Only ever compared within one surname, where the two forms are one woman or one man.
 */
function spanishBase(folded: string): string | undefined {
  const diminutive = /^(.*[^aeiou])it([ao])$/.exec(folded)
  return diminutive && folded.length >= 5 ? `${diminutive[1]}${diminutive[2]}` : undefined
}

/**
 * A given name shortened by dropping its end, as the table does not list it: "tom" of "tomasz",
 * "harsh" of "harshvardhan", "alex" of "alexandra" (a short form, or the name in another
 * language). Three letters at least, so "jo" begins no one's.
 */
export function beginsGivenName(short: string, long: string): boolean {
  return short.length >= 3 && long.length > short.length && long.startsWith(short)
}

/** The other forms of a folded given name the table links: "bill" → william; "william" → bill, billy, will… */
export function otherGivenForms(folded: string): string[] {
  const long = givenNameKey(folded)
  return [long, ...(TABLE[long] ?? [])].filter((form) => form !== folded)
}
