/**
 * Every coefficient of the classroom model and of the score, in one place (DESIGN §4). The research
 * names the direction of each effect; the sizes are design choices, tuned so that a lesson of 8–20
 * decisions shows the effect without one decision deciding everything. Each entry says where it comes
 * from. Change a number here and nowhere else; tests/unit/model*.test.ts and scoring*.test.ts say what
 * must stay true.
 */

/** Cosine and sine of 22.5°: the octants sit at 45° steps, each 22.5° from an axis (DESIGN §4 table). */
const a = 0.924;
const b = 0.383;

export const PARAMS = {
  /**
   * Unit vectors (agency, communion) of the eight octants of the Model for Interpersonal Teacher Behaviour
   * (Wubbels, Brekelmans, den Brok; the Dutch IPC labels), counter-clockwise from sturend (DESIGN §4 table).
   */
  octantVectors: {
    sturend: { agency: a, communion: b },
    vriendelijk: { agency: b, communion: a },
    begripvol: { agency: -b, communion: a },
    inschikkelijk: { agency: -a, communion: b },
    onzeker: { agency: -a, communion: -b },
    ontevreden: { agency: -b, communion: -a },
    corrigerend: { agency: b, communion: -a },
    dwingend: { agency: a, communion: -b },
  },

  /** Coercion buys little influence: the agency part of corrigerend and dwingend counts this much (van Winden 2013). */
  coercionAgencyFactor: 0.5,

  /** How the class's picture of the teacher, P, moves (Mainhard et al. 2008: it forms fast, then settles). */
  teacher: {
    /** Step λ toward a decision's behaviour at the very first decision: first impressions form fast. */
    firstImpressionStep: 0.5,
    /** Step λ once the relationship has settled. */
    settledStep: 0.2,
    /** Over how many decisions λ falls linearly from the first to the settled value. */
    firstImpressionDecisions: 5,
    /** Share of P lost toward 0 at a decision without behaviour towards pupils: a bond that is not maintained fades. */
    driftWithoutBehaviour: 0.05,
  },

  /** Where each pupil starts in a new class, unless the scenario or the school year says otherwise (STRS: closeness and conflict apart). */
  pupilStart: {
    closeness: 0.3,
    conflict: 0,
    engagement: 0.5,
  },

  /**
   * Between two chapters of a school year weeks pass (DESIGN §5): each pupil's state is carried over, and
   * time works on it. On average pupils experience less closeness as the year goes on (Mainhard et al.
   * 2008), so a bond that is not kept up drifts back toward where pupils start; time alone never mends
   * a bond the teacher damaged (closeness below the start stays where it is). Conflict fades only
   * slowly: an unrepaired clash is still there weeks later (Cook, Duong et al. 2018–19). Engagement
   * returns toward its usual level.
   */
  betweenChapters: {
    /** Share of the distance to pupilStart.closeness that closeness above it loses. */
    closenessDrift: 0.2,
    /** Share of the conflict that is gone by the next chapter. */
    conflictFade: 0.2,
    /** Share of the distance to pupilStart.engagement that engagement returns. */
    engagementReturn: 0.5,
  },

  /** Where the class starts: restless (chatter, calling out) at the level of an ordinary first lesson. */
  classStart: {
    disruption: 0.3,
  },

  /** Individual positive contact: Cᵢ += α(1 + rᵢ)(1 − Cᵢ) (DESIGN §4). */
  contact: {
    /** α: share of the remaining distance to full closeness one small positive contact closes. */
    closenessGain: 0.2,
    /** rᵢ for a vulnerable pupil (0 for the others): they gain more from the same contact (Roorda et al. 2011, 2012). */
    vulnerableExtraGain: 0.5,
    /**
     * A contact with every pupil in turn (target `iedereen`: each greeted by name at the door) is lighter
     * than one aimed at a single pupil: a share of α. Still a contact: it is what the article means by
     * first names and a greeting at the door (Lento & Stinckens 2026; Cook et al. 2018).
     */
    everyoneGainShare: 0.5,
  },

  /**
   * Warmth towards the whole class (target 'klas' or none) brings every pupil a little closer, by
   * complementarity on communion (Pennings et al.): Cᵢ += classWarmthGain·M(1 − Cᵢ) when the behaviour's
   * communion M is positive. Coldness costs engagement, not closeness or conflict: those come from what
   * happens between the teacher and one pupil (STRS), so a repair can only undo its own clash.
   */
  classWarmthGain: 0.03,

  /** Conflict, kept apart from closeness as in Pianta's STRS. */
  conflict: {
    /** β in Kᵢ += β(1 − Kᵢ) for a public reprimand or a clash. */
    clashGain: 0.3,
    /** Share of the behaviour's weight on corrigerend + dwingend from which behaviour aimed at a pupil is a public reprimand. */
    reprimandCoercionShare: 0.5,
    /** Share of Kᵢ that fades by itself per decision: unrepaired conflict decays only slowly (Cook/Duong 2018–19). */
    decayPerDecision: 0.01,
  },

  /** A private describe–norm–practise: aimed at a pupil, mostly sturend, no coercion (Lento & Stinckens; DESIGN §4). */
  normPractise: {
    /** Share of the behaviour's weight on sturend from which it counts. */
    sturendShare: 0.5,
    /** Drop in the class's disruption; it raises no conflict. */
    disruptionDrop: 0.08,
  },

  /** Repair after a clash: Establish–Maintain–Restore (Cook, Duong et al. 2018–19). */
  repair: {
    /** Repaired within this many decisions after the clash counts as "in time" for Rep. */
    inTimeDecisions: 6,
    /** Share of the conflict the clash added that a repair in time takes away (never below the level before the clash). */
    conflictShareInTime: 0.7,
    /** The same for a late repair: it still helps, less, and does not count for Rep. */
    conflictShareLate: 0.35,
    /** Share of the remaining distance to full closeness a repair restores, never above the closeness before the clash. */
    closenessGain: 0.2,
  },

  /**
   * How the class responds, by complementarity (Pennings et al.): the same on communion (a warm teacher
   * gets engaged pupils), the opposite on agency (a teacher who leads gets a class that follows).
   * Engagement and disruption move this share of the way to their target at each decision.
   */
  classResponse: {
    engagementRate: 0.3,
    /** Engagement target: base + closeness·Cᵢ − conflict·Kᵢ + teacherCommunion·M, clamped to [0, 1]. */
    engagementBase: 0.35,
    engagementPerCloseness: 0.5,
    engagementPerConflict: 0.6,
    engagementPerTeacherCommunion: 0.2,
    disruptionRate: 0.3,
    /** Disruption target: base − teacherAgency·A − closeness·mean C + conflict·mean K, clamped to [0, 1]. */
    disruptionBase: 0.45,
    disruptionPerTeacherAgency: 0.35,
    disruptionPerCloseness: 0.3,
    disruptionPerConflict: 0.4,
  },

  /** Learning progress: minutes spent while the class is engaged and calm (no time lost to chaos). */
  lesson: {
    /** Progress of a whole lesson spent at full focus (mean engagement × (1 − disruption) = 1); 1.5 lets a good lesson reach 1. */
    progressPerLessonAtFullFocus: 1.5,
  },

  /** The score, S = 100·(.35·Prof + .25·Rel + .15·Eq + .15·Eng + .10·Rep) − overlooked (DESIGN §4). */
  score: {
    weights: {
      /** Structure AND closeness together: the heart of the mission (Wubbels, Brekelmans, den Brok). */
      profile: 0.35,
      /** Closeness minus conflict, per pupil (Pianta STRS). */
      relationship: 0.25,
      /** Nobody left behind: the low end of closeness (Roorda et al.; Lento & Stinckens "geen enkele leerling over het hoofd"). */
      equity: 0.15,
      /** Engagement and learning progress. */
      engagement: 0.15,
      /** Clashes repaired in time (Cook/Duong Establish–Maintain–Restore). */
      repair: 0.1,
    },
    /** Prof = min(1, profileFactor·min(Ā⁺, M̄⁺)): an even sturend–vriendelijk mix (0.65, 0.65) reaches 1, pure sturend 0.77. */
    profileFactor: 2,
    /** Eq is this percentile of closeness over the pupils who take part. */
    equityPercentile: 0.1,
    /** A pupil who takes part is overlooked after more than this many decisions without individual contact, or with none. */
    overlookedAfterDecisions: 10,
    /** Points off per overlooked pupil (the 16:00 note counts as attention). */
    overlookedPenaltyPerPupil: 5,
  },

  /** The frame-of-reference question: no points, no blame (Lento & Stinckens: you bond faster with pupils like you). */
  frameOfReference: {
    /** Individual contacts needed before the question is asked (DESIGN §4: "say 8"). */
    minContacts: 8,
    /** Similarity σᵢ from this value up counts as "like you". */
    similarFrom: 0.5,
    /** Asked when contacts per similar pupil are at least this many times those per other pupil. */
    biasRatio: 1.5,
    /** How many of the less-approached pupils the question names. */
    namesShown: 3,
  },

  /** σᵢ = interests·min(1, shared interests / sharedForFull) + temperament·(same temperament). */
  similarity: {
    interests: 0.7,
    temperament: 0.3,
    sharedForFull: 2,
  },

  /**
   * Prototype mean positions of the eight class profiles of the typology (Brekelmans; Wubbels & Levy;
   * den Brok, Brekelmans & Wubbels): placed after their published order on influence and proximity and
   * scaled to this model's circle, where a lesson's mean rarely passes 0.7. The nearest one is named.
   */
  classProfiles: {
    directive: { agency: 0.6, communion: 0.25 },
    authoritative: { agency: 0.5, communion: 0.5 },
    'tolerant-authoritative': { agency: 0.3, communion: 0.65 },
    tolerant: { agency: 0, communion: 0.55 },
    'uncertain-tolerant': { agency: -0.35, communion: 0.3 },
    'uncertain-aggressive': { agency: -0.35, communion: -0.3 },
    repressive: { agency: 0.45, communion: -0.4 },
    drudging: { agency: 0.1, communion: 0.05 },
  },
} as const;
