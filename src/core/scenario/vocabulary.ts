/**
 * The fixed words a scenario file may use: octants of the interpersonal circle, places, what pupils do,
 * myths, levels, interests, temperaments and adult roles. Owns only the lists; the schema builds enums from
 * them and the checker offers them as "did you mean" hints. Keys are Dutch because lecturers type them.
 */

/** The eight octants of the Model for Interpersonal Teacher Behaviour (DESIGN §4), counter-clockwise from sturend. */
export const OCTANTS = [
  'sturend',
  'vriendelijk',
  'begripvol',
  'inschikkelijk',
  'onzeker',
  'ontevreden',
  'corrigerend',
  'dwingend',
] as const;
export type Octant = (typeof OCTANTS)[number];

/** Where the teacher is during a beat; each has its own backdrop or camera position. */
export const PLACES = [
  'klasdeur',
  'bureau',
  'tussen-de-banken',
  'gang',
  'refter',
  'lerarenkamer',
  'speelplaats',
  'schoolpoort',
] as const;
export type Place = (typeof PLACES)[number];

/** Stage directions: what a pupil or group visibly does in a beat. */
export const PUPIL_ACTIONS = [
  'binnenkomen',
  'kletsen',
  'roepen',
  'fluisteren',
  'wiebelen',
  'vinger-op',
  'werken',
  'wegkijken',
  'terugtrekken',
  'lachen',
  'vertrekken',
] as const;
export type PupilAction = (typeof PUPIL_ACTIONS)[number];

/** The five myths of the source article, in the article's order. */
export const MYTHS = ['strenge-start', 'geen-tijd', 'autoriteit', 'tieners', 'een-botsing'] as const;
export type Myth = (typeof MYTHS)[number];

export const LEVELS = ['lager', 'secundair'] as const;
export type Level = (typeof LEVELS)[number];

/** Interests shared by pupils and the player's own profile, so the frame-of-reference mechanic can compare them. */
export const INTERESTS = [
  'sport',
  'muziek',
  'gamen',
  'tekenen',
  'lezen',
  'natuur',
  'dieren',
  'koken',
  'techniek',
  'mode',
  'film',
  'dansen',
  'geschiedenis',
  'wetenschap',
] as const;
export type Interest = (typeof INTERESTS)[number];

/** Temperaments: how a pupil tends to behave in class. Never a diagnosis (the source article warns against that). */
export const TEMPERAMENTS = [
  'verlegen',
  'rustig',
  'impulsief',
  'druk',
  'behulpzaam',
  'grappig',
  'nieuwsgierig',
  'dromerig',
  'eigenzinnig',
] as const;
export type Temperament = (typeof TEMPERAMENTS)[number];

export const ADULT_ROLES = [
  'klastitularis',
  'leerlingenbegeleider',
  'collega',
  'directie',
  'stagementor',
  'ouder',
] as const;
export type AdultRole = (typeof ADULT_ROLES)[number];

/** How a pupil looks, for drawing: a few parts a lecturer may set in the cast (else derived from the id). */
export const SKIN_TONES = ['licht', 'lichtgetint', 'getint', 'bruin', 'donkerbruin', 'donker'] as const;
export const HAIR_STYLES = ['kort', 'krullen', 'lang', 'staart', 'knot', 'stekels', 'hoofddoek'] as const;
export const HAIR_COLOURS = ['zwart', 'donkerbruin', 'bruin', 'blond', 'rood'] as const;
export const CLOTHES_COLOURS = ['rood', 'blauw', 'groen', 'geel', 'paars', 'grijs', 'oranje', 'zwart'] as const;

/** Pronouns for generated sentences ("Noor steekt haar vinger op"); hen = they. */
export const PRONOUNS = ['hij', 'zij', 'hen'] as const;
export type Pronoun = (typeof PRONOUNS)[number];

/** The languages every shipped text has; the first is the default and the only one a lecturer must write. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How a place is named in the game's text. */
export const PLACE_LABELS: Readonly<Record<Place, { nl: string; en: string }>> = {
  klasdeur: { nl: 'aan de klasdeur', en: 'at the classroom door' },
  bureau: { nl: 'aan je bureau', en: 'at your desk' },
  'tussen-de-banken': { nl: 'tussen de banken', en: 'among the desks' },
  gang: { nl: 'in de gang', en: 'in the corridor' },
  refter: { nl: 'in de refter', en: 'in the lunch hall' },
  lerarenkamer: { nl: 'in de lerarenkamer', en: 'in the staff room' },
  speelplaats: { nl: 'op de speelplaats', en: 'on the playground' },
  schoolpoort: { nl: 'aan de schoolpoort', en: 'at the school gate' },
};

/** The octants' names on the interpersonal circle (DESIGN §4), in each language. */
export const OCTANT_LABELS: Readonly<Record<Octant, { nl: string; en: string }>> = {
  sturend: { nl: 'sturend', en: 'directing' },
  vriendelijk: { nl: 'vriendelijk', en: 'helpful' },
  begripvol: { nl: 'begripvol', en: 'understanding' },
  inschikkelijk: { nl: 'inschikkelijk', en: 'compliant' },
  onzeker: { nl: 'onzeker', en: 'uncertain' },
  ontevreden: { nl: 'ontevreden', en: 'dissatisfied' },
  corrigerend: { nl: 'corrigerend', en: 'confrontational' },
  dwingend: { nl: 'dwingend', en: 'imposing' },
};

/** Each myth as a teacher might say it (our words), for the debrief that names the myth at last. */
export const MYTH_STATEMENTS: Readonly<Record<Myth, { nl: string; en: string }>> = {
  'strenge-start': {
    nl: 'Begin streng, en één kennismakingsronde in september volstaat.',
    en: 'Start strict, and one get-to-know round in September is enough.',
  },
  'geen-tijd': {
    nl: 'Voor een band met mijn leerlingen heb ik geen (les)tijd.',
    en: 'I have no (lesson) time to build a bond with my pupils.',
  },
  autoriteit: {
    nl: 'Een band met je leerlingen ondermijnt je gezag.',
    en: 'A bond with your pupils undermines your authority.',
  },
  tieners: {
    nl: 'Tieners zitten niet te wachten op een band met hun leraar.',
    en: "Teenagers don't want a bond with their teacher.",
  },
  'een-botsing': {
    nl: 'Eén stevige botsing en de band is stuk.',
    en: 'One serious clash and the bond is broken.',
  },
};

/** How an interest is named in the game's text (lower case, to sit inside a sentence). */
export const INTEREST_LABELS: Readonly<Record<Interest, { nl: string; en: string }>> = {
  sport: { nl: 'sport', en: 'sport' },
  muziek: { nl: 'muziek', en: 'music' },
  gamen: { nl: 'gamen', en: 'gaming' },
  tekenen: { nl: 'tekenen', en: 'drawing' },
  lezen: { nl: 'lezen', en: 'reading' },
  natuur: { nl: 'natuur', en: 'nature' },
  dieren: { nl: 'dieren', en: 'animals' },
  koken: { nl: 'koken', en: 'cooking' },
  techniek: { nl: 'techniek', en: 'technology' },
  mode: { nl: 'mode', en: 'fashion' },
  film: { nl: 'film', en: 'films' },
  dansen: { nl: 'dansen', en: 'dancing' },
  geschiedenis: { nl: 'geschiedenis', en: 'history' },
  wetenschap: { nl: 'wetenschap', en: 'science' },
};

/** How a temperament is named in the game's text (lower case); it describes a habit, never a diagnosis. */
export const TEMPERAMENT_LABELS: Readonly<Record<Temperament, { nl: string; en: string }>> = {
  verlegen: { nl: 'verlegen', en: 'shy' },
  rustig: { nl: 'rustig', en: 'calm' },
  impulsief: { nl: 'impulsief', en: 'impulsive' },
  druk: { nl: 'druk', en: 'lively' },
  behulpzaam: { nl: 'behulpzaam', en: 'helpful' },
  grappig: { nl: 'grappig', en: 'funny' },
  nieuwsgierig: { nl: 'nieuwsgierig', en: 'curious' },
  dromerig: { nl: 'dromerig', en: 'dreamy' },
  eigenzinnig: { nl: 'eigenzinnig', en: 'headstrong' },
};

/** The most interests a player profile holds, as for a pupil in the cast: a few that matter, not a list of everything. */
export const MAX_PROFILE_INTERESTS = 4;
