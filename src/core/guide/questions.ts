/**
 * Discussion questions on each of the five myths, for the group talk after playing: the same for every
 * scenario on that myth, added after the scenario's own reflection questions. They open the talk
 * rather than test knowledge, and each points back at something the player did or saw.
 */
import type { Language, Myth } from '../scenario/vocabulary.ts';

type Question = Readonly<Record<Language, string>>;

export const MYTH_QUESTIONS: Readonly<Record<Myth, readonly Question[]>> = {
  'strenge-start': [
    {
      nl: 'Wat wist jij na deze eerste les over je leerlingen, en wat wisten zij over jou? Wat had je daarvan gemist met een strenge start?',
      en: 'What did you know about your pupils after this first lesson, and what did they know about you? What of that would a strict start have missed?',
    },
    {
      nl: 'Welke kleine, dagelijkse signalen houden de kennismaking levend na de eerste week? Noem er drie die minder dan een minuut kosten.',
      en: 'Which small everyday signals keep the getting-to-know going after the first week? Name three that take less than a minute.',
    },
    {
      nl: 'Bij welke leerlingen onthoud je vanzelf iets, en wie blijft een naam op de lijst? Wat zegt dat over je eigen referentiekader?',
      en: 'Which pupils do you remember things about without trying, and who stays a name on a list? What does that say about your own frame of reference?',
    },
    {
      nl: 'Een collega waarschuwt je voor een leerling. Hoe ga je met die reputatie om zonder ze over te nemen?',
      en: 'A colleague warns you about a pupil. How do you deal with that reputation without taking it on?',
    },
  ],
  'geen-tijd': [
    {
      nl: 'Welke gebaren in dit scenario kostten minder dan een minuut lestijd? Welk daarvan probeer je morgen al?',
      en: 'Which gestures in this scenario took less than a minute of lesson time? Which one will you try tomorrow?',
    },
    {
      nl: 'Hoe kan een vaste start van de les of een gesprek over de actualiteit tegelijk je lesdoelen dienen en de band versterken? Bedenk een voorbeeld voor je eigen vak.',
      en: 'How can a fixed start to the lesson or a talk about the news serve your lesson goals and strengthen the bond at once? Think of an example for your own subject.',
    },
    {
      nl: 'Je ziet een klas één uur per week. Wat laat je over aan de klastitularis, en wat blijft jouw werk?',
      en: 'You see a class one hour a week. What do you leave to the form teacher, and what remains your job?',
    },
  ],
  autoriteit: [
    {
      nl: 'Waar versterkten structuur en nabijheid elkaar in dit scenario, in plaats van elkaar in de weg te zitten?',
      en: 'Where in this scenario did structure and closeness strengthen each other, instead of getting in each other’s way?',
    },
    {
      nl: 'Hoe benoem je rustig gedrag dat over de grens gaat: het gedrag beschrijven, zeggen wat wel kan, het samen oefenen? Speel het na met een medestudent.',
      en: 'How do you calmly name behaviour that crosses a line: describe it, say what is appropriate, practise it together? Act it out with a fellow student.',
    },
    {
      nl: 'Wanneer voelde je je gezag in deze les, en waar kwam het vandaan: duidelijkheid, eerlijkheid, interesse, of een luide stem?',
      en: 'When did you feel your authority in this lesson, and where did it come from: being clear, being fair, being interested, or a loud voice?',
    },
  ],
  tieners: [
    {
      nl: 'Waaraan zag je dat een tiener de band wel wil, ook als die dat voor de klas niet laat merken?',
      en: 'What showed you that a teenager does want the bond, even when they don’t let it show in front of the class?',
    },
    {
      nl: 'Hoe bied je nabijheid aan zonder een leerling te kijk te zetten voor leeftijdsgenoten? Waar en wanneer lukte dat in dit scenario?',
      en: 'How do you offer closeness without showing a pupil up in front of their peers? Where and when did that work in this scenario?',
    },
    {
      nl: 'Welke afspraken en voorspelbare reacties maken van jou een veilige haven? Wat zeg je als een leerling antwoordt dat het “op straat zo gaat”?',
      en: 'Which agreements and predictable reactions make you a safe haven? What do you say when a pupil answers that “that’s how it goes on the street”?',
    },
  ],
  'een-botsing': [
    {
      nl: 'Wat hielp in dit scenario om de band na de botsing te herstellen, en wanneer was daar het moment voor?',
      en: 'What helped in this scenario to repair the bond after the clash, and when was the moment for it?',
    },
    {
      nl: 'Welk gedrag kun je lezen als een signaal in plaats van een aanval? Herformuleer het zoals in de lerarenkamer: “Lisa roept impulsief, en ze is zo betrokken bij taal.”',
      en: 'Which behaviour could you read as a signal rather than an attack? Reframe it as in the staff room: “Lisa calls out impulsively, and she is so engaged in language lessons.”',
    },
    {
      nl: 'Bij wie kun jij terecht na een botsing? Hoe vraag je een collega: “Hoe gaat het met je, wat heb je nodig?”',
      en: 'Whom can you turn to after a clash? How do you ask a colleague: “How are you, what do you need?”',
    },
  ],
};
