/**
 * Per-myth notes for the debrief: one to three short sentences (nl and en) that relate the path the
 * player took to the myth the scenario addresses (DESIGN §5; substance from Lento & Stinckens, in our
 * own words). They describe what happened in the lesson and never judge the player.
 */
import type { Myth } from '../scenario/vocabulary.ts';
import type { ScoreBreakdown } from './score.ts';

export interface MythNote {
  nl: string;
  en: string;
}

/** Where a note changes its wording. About words, not points, so they live here rather than in params. */
const WORDING = {
  /** Prof from which structure and closeness count as "together". */
  strongProfile: 0.8,
  /** Progress from which the lesson "still got somewhere". */
  goodProgress: 0.5,
  calmClass: 0.25,
  restlessClass: 0.5,
  warmBond: 0.5,
} as const;

/** The notes for a myth, given the lesson's breakdown. Always at least one, at most three. */
export function mythNotes(myth: Myth, breakdown: ScoreBreakdown): MythNote[] {
  switch (myth) {
    case 'strenge-start':
      return [firstImpression(breakdown), dailyAttention(breakdown)];
    case 'geen-tijd':
      return [contactsAndTime(breakdown), classCalm(breakdown)].filter(isNote);
    case 'autoriteit':
      return [structureAndCloseness(breakdown), noShouting(breakdown)].filter(isNote);
    case 'tieners':
      return [vulnerablePupils(breakdown), teenagersToo(breakdown)].filter(isNote);
    case 'een-botsing':
      return [clashOutcome(breakdown), bondHeld(breakdown)].filter(isNote);
  }
}

function firstImpression(b: ScoreBreakdown): MythNote {
  if (b.decisionsWithBehaviour === 0) {
    return {
      nl: 'Je koos nog geen houding tegenover de klas. Leerlingen vormen snel een beeld van hun leraar: de eerste lessen zetten de toon.',
      en: 'You did not yet take a stance towards the class. Pupils form a picture of their teacher quickly: the first lessons set the tone.',
    };
  }
  if (b.openingPosition.communion < 0) {
    return {
      nl: 'Je begon streng en afstandelijk. Dat eerste beeld blijft hangen: het telt mee voor de hele les, ook als je later warmer wordt.',
      en: 'You started strict and distant. That first picture stays: it counts for the whole lesson, even if you grow warmer later.',
    };
  }
  if (b.openingPosition.agency > 0) {
    return {
      nl: 'Je begon met duidelijke afspraken én een warme toon. Zo’n eerste indruk zet de toon voor de weken die volgen.',
      en: 'You started with clear agreements and a warm tone. A first impression like that sets the tone for the weeks to come.',
    };
  }
  return {
    nl: 'Je begon vriendelijk, maar gaf de klas weinig houvast. In de eerste weken zoeken leerlingen net naar duidelijke routines.',
    en: 'You started kindly, but gave the class little to hold on to. In the first weeks pupils look for clear routines.',
  };
}

function dailyAttention(b: ScoreBreakdown): MythNote {
  const n = b.overlooked.length;
  if (n > 0) {
    return {
      nl: `${n === 1 ? 'Eén leerling bleef' : `${n} leerlingen bleven`} vandaag buiten beeld. Een briefje om vier uur met wie je morgen even aanspreekt, telt ook als aandacht.`,
      en: `${n === 1 ? 'One pupil' : `${n} pupils`} went unseen today. A note at four o’clock of whom to have a word with tomorrow counts as attention too.`,
    };
  }
  if (b.noted > 0) {
    return {
      nl: 'Je noteerde wie je vandaag te weinig hoorde. Zo wordt kennismaken werk van elke dag, niet één rondje in september.',
      en: 'You noted whom you heard too little from today. That makes getting to know pupils daily work, not one round in September.',
    };
  }
  return {
    nl: 'Iedereen kreeg een persoonlijk woord. Kennismaken stopt niet na het eerste rondje: het zijn de kleine signalen van elke dag die tellen.',
    en: 'Everyone got a personal word. Getting to know pupils does not stop after the first round: the small signals of every day are what count.',
  };
}

function contactsAndTime(b: ScoreBreakdown): MythNote {
  const contacts = b.individualContacts;
  const progress = Math.round(b.progress * 100);
  if (contacts > 0 && b.progress >= WORDING.goodProgress) {
    return {
      nl: `Je had ${contacts} ${contacts === 1 ? 'kort persoonlijk contact' : 'korte persoonlijke contacten'} en toch kwam de les ${progress}% ver: verbinden hoeft geen lestijd te kosten.`,
      en: `You had ${contacts} brief personal ${contacts === 1 ? 'contact' : 'contacts'} and the lesson still got ${progress}% of the way: connecting need not cost lesson time.`,
    };
  }
  if (b.pupilsContacted < b.participants / 2) {
    return {
      nl: 'Veel leerlingen kregen geen persoonlijk woord. Een groet aan de deur, een voornaam, een knipoog: zulke signalen kosten maar enkele seconden.',
      en: 'Many pupils got no personal word. A greeting at the door, a first name, a wink: signals like these take only seconds.',
    };
  }
  return {
    nl: `Je maakte contact met ${b.pupilsContacted} van de ${b.participants} leerlingen, in ${b.minutesUsed} van de ${b.lessonMinutes} minuten. Kleine signalen passen in elke les.`,
    en: `You connected with ${b.pupilsContacted} of the ${b.participants} pupils, in ${b.minutesUsed} of the ${b.lessonMinutes} minutes. Small signals fit into any lesson.`,
  };
}

function classCalm(b: ScoreBreakdown): MythNote | undefined {
  if (b.disruption <= WORDING.calmClass) {
    return {
      nl: 'De klas bleef rustig: met een goede band blus je brandjes sneller en verlies je minder tijd.',
      en: 'The class stayed calm: with a good bond you put out small fires sooner and lose less time.',
    };
  }
  if (b.disruption >= WORDING.restlessClass) {
    return {
      nl: 'De klas werd onrustig, en dat kostte meer lestijd dan een groet aan de deur ooit zou kosten.',
      en: 'The class grew restless, and that cost more lesson time than a greeting at the door ever would.',
    };
  }
  return undefined;
}

function structureAndCloseness(b: ScoreBreakdown): MythNote {
  if (b.parts.profile >= WORDING.strongProfile) {
    return {
      nl: 'Je bood structuur én nabijheid. Gezag groeit uit duidelijk, rechtvaardig en geïnteresseerd zijn, niet uit roepen.',
      en: 'You offered structure and closeness together. Authority grows from being clear, fair and interested, not from shouting.',
    };
  }
  if (b.weakerSide === 'communion') {
    return {
      nl: 'Je bood vooral structuur; de nabijheid bleef achter. Leerlingen aanvaarden een correctie sneller van iemand die het goed met hen voorheeft.',
      en: 'You offered mostly structure; closeness lagged behind. Pupils accept a correction more readily from someone who means well by them.',
    };
  }
  return {
    nl: 'Je was vooral nabij; de structuur bleef achter. Verbinden is geen alles door de vingers zien: duidelijke grenzen horen erbij.',
    en: 'You were mostly close; structure lagged behind. Connecting is not letting everything slide: clear limits belong to it.',
  };
}

function noShouting(b: ScoreBreakdown): MythNote | undefined {
  if (b.clashes > 0) {
    return {
      nl: 'Een publieke terechtwijzing levert maar half zoveel invloed op als een duidelijke afspraak, en ze zet je band met die leerling onder druk.',
      en: 'A public reprimand buys only half the influence of a clear agreement, and it strains your bond with that pupil.',
    };
  }
  if (b.disruption <= WORDING.calmClass) {
    return {
      nl: 'Er vielen geen harde woorden, en toch bleef de klas rustig.',
      en: 'No harsh words were spoken, and still the class stayed calm.',
    };
  }
  return undefined;
}

function vulnerablePupils(b: ScoreBreakdown): MythNote | undefined {
  if (b.vulnerablePupils === 0) return undefined;
  if (b.vulnerableMeanCloseness >= b.meanCloseness) {
    return {
      nl: 'De kwetsbare leerlingen kwamen dichterbij. Net zij hebben het meest aan een volwassene die voorspelbaar reageert en beschikbaar is.',
      en: 'The vulnerable pupils came closer. They are the ones who gain most from an adult who responds predictably and is there for them.',
    };
  }
  return {
    nl: 'De kwetsbare leerlingen bleven wat op afstand. Net zij winnen het meest bij elk persoonlijk contact.',
    en: 'The vulnerable pupils stayed somewhat at a distance. They are the ones who gain most from every personal contact.',
  };
}

function teenagersToo(b: ScoreBreakdown): MythNote {
  if (b.meanCloseness >= WORDING.warmBond) {
    return {
      nl: 'Tieners laten het minder zien, maar ze merken het wel: de band met hun leraar groeide.',
      en: 'Teenagers show it less, but they notice: the bond with their teacher grew.',
    };
  }
  return {
    nl: 'Tieners laten het minder zien, maar ook voor hen telt de band met hun leraar. Duidelijke afspraken en consequente reacties geven houvast.',
    en: 'Teenagers show it less, but the bond with their teacher counts for them too. Clear agreements and consistent reactions give them something to hold on to.',
  };
}

function clashOutcome(b: ScoreBreakdown): MythNote {
  if (b.clashes === 0) {
    return {
      nl: 'Het kwam niet tot een botsing. Een goede band werkt preventief: hij geeft je de ruimte om rustig in te grijpen.',
      en: 'It did not come to a clash. A good bond works ahead of trouble: it gives you room to step in calmly.',
    };
  }
  if (b.clashesRepairedInTime === b.clashes) {
    return {
      nl: b.clashes === 1
        ? 'Er was een botsing, en je herstelde ze op tijd. Eén keer botsen breekt een band niet als je daarna het gesprek aangaat.'
        : `Er waren ${b.clashes} botsingen, en je herstelde ze allemaal op tijd. Botsen breekt een band niet als je daarna het gesprek aangaat.`,
      en: b.clashes === 1
        ? 'There was a clash, and you repaired it in time. One clash does not break a bond if you have the conversation afterwards.'
        : `There were ${b.clashes} clashes, and you repaired them all in time. Clashing does not break a bond if you have the conversation afterwards.`,
    };
  }
  if (b.clashes === 1) {
    return {
      nl: 'Je herstelde de botsing niet op tijd. Spanning die niet uitgepraat wordt, ebt maar langzaam weg.',
      en: 'You did not repair the clash in time. Tension that is not talked through fades only slowly.',
    };
  }
  return {
    nl: `Van de ${b.clashes} botsingen herstelde je er ${b.clashesRepairedInTime} op tijd. Spanning die niet uitgepraat wordt, ebt maar langzaam weg.`,
    en: `You repaired ${b.clashesRepairedInTime} of the ${b.clashes} clashes in time. Tension that is not talked through fades only slowly.`,
  };
}

/** Whether the bond held is about the pupils the clashes were with, not the class's average. */
function bondHeld(b: ScoreBreakdown): MythNote | undefined {
  if (b.clashedPupils.length === 0) return undefined;
  if (b.clashedPupils.every((pupil) => pupil.closeness > pupil.conflict)) {
    return {
      nl: 'De band bleef overeind: met wie je botste, woog de nabijheid op het eind zwaarder dan het conflict.',
      en: 'The bond held: with the pupils you clashed with, closeness outweighed the conflict in the end.',
    };
  }
  return {
    nl: 'Het conflict woog nu zwaarder dan de nabijheid. Een gesprek met de leerling, of met de ouders, is vaak een betere opening dan een nieuwe terechtwijzing.',
    en: 'Conflict now weighed more than closeness. A talk with the pupil, or with the parents, is often a better opening than another reprimand.',
  };
}

function isNote(note: MythNote | undefined): note is MythNote {
  return note !== undefined;
}
