/**
 * Lays the guide out as a small tree of elements (tag, class, id, text, children) that holds text only,
 * never markup: html.ts writes it as an escaped HTML document and the game's print view (ui/guideScreen.ts)
 * builds it with textContent, so the printed page and the screen show the same guide. Links only jump
 * within the guide (`#beat-…`). The class names are styled by htmlStyle.ts and ui/guide.css.
 */
import { labelsOf } from './labels.ts';
import type { GuideAction, GuideBeat, GuideDocument, GuideEnding, GuideIncident, GuideLine, GuideLink, GuideOption, GuideTimeLimit } from './model.ts';

export type GuideTag =
  | 'article'
  | 'header'
  | 'section'
  | 'div'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'h5'
  | 'p'
  | 'ul'
  | 'ol'
  | 'li'
  | 'dl'
  | 'dt'
  | 'dd'
  | 'blockquote'
  | 'strong'
  | 'em'
  | 'span'
  | 'a';

export interface GuideNode {
  tag: GuideTag;
  className?: string;
  id?: string;
  /** Only ever a jump inside the guide: `#` and an anchor. */
  href?: `#${string}`;
  lang?: string;
  children: (GuideNode | string)[];
}

type Child = GuideNode | string | undefined | false;

/** The id of the guide's title, for `aria-labelledby` and for focus on arrival. */
export const GUIDE_TITLE_ID = 'guide-title';

function node(tag: GuideTag, className: string, ...children: Child[]): GuideNode {
  return { tag, ...(className ? { className } : {}), children: children.filter((child): child is GuideNode | string => child !== undefined && child !== false) };
}

const withId = (element: GuideNode, id: string): GuideNode => ({ ...element, id });

function linkTo(link: GuideLink): GuideNode {
  return { tag: 'a', className: `guide__link guide__link--${link.kind}`, href: `#${link.anchor}`, children: [link.label] };
}

function lineNode(line: GuideLine): GuideNode {
  return node('p', 'guide__line', node('strong', 'guide__speaker', `${line.name}:`), ` “${line.text}”`);
}

function fact(term: string, ...value: Child[]): GuideNode[] {
  return [node('dt', 'guide__term', term), node('dd', 'guide__value', ...value)];
}

function actionFacts(action: GuideAction, guide: GuideDocument, onlyIf?: string): GuideNode {
  const labels = labelsOf(guide);
  return node(
    'dl',
    'guide__facts guide__facts--action',
    ...(onlyIf ? fact(labels.onlyIf, onlyIf) : []),
    ...fact(labels.behaviour, action.behaviour),
    ...fact(labels.target, action.target),
    ...fact(labels.minutes, action.minutes),
    ...(action.effects.length > 0 ? fact(labels.effects, action.effects.join('; ')) : []),
    ...(action.reaction
      ? fact(labels.reaction, action.reaction.narration && node('span', 'guide__reaction-narration', action.reaction.narration), ...action.reaction.lines.map(lineNode))
      : []),
    ...fact(labels.leadsTo, action.leadsTo ? linkTo(action.leadsTo) : labels.lessonGoesOn),
  );
}

function optionsNode(options: readonly GuideOption[], guide: GuideDocument): GuideNode {
  return node(
    'ol',
    'guide__options',
    ...options.map((option) => node('li', 'guide__option', node('p', 'guide__option-text', option.text), actionFacts(option, guide, option.onlyIf))),
  );
}

function timeLimitNode(limit: GuideTimeLimit, guide: GuideDocument, heading: 'h4' | 'h5'): GuideNode {
  const labels = labelsOf(guide);
  return node(
    'div',
    'guide__time-limit',
    node(heading, 'guide__subheading', labels.timeLimit(limit.seconds)),
    node('p', 'guide__note', labels.timeLimitNote),
    node('p', 'guide__when', `${labels.whenTimeIsUp}:`),
    actionFacts(limit, guide),
  );
}

/** What the player sees of a beat or incident: stage directions, narration, lines. */
function sceneNodes(scene: { stage: string[]; narration?: string; lines: GuideLine[] }, guide: GuideDocument): Child[] {
  return [
    scene.stage.length > 0 && node('p', 'guide__stage', node('em', '', `${labelsOf(guide).stage}: `), scene.stage.join('; ')),
    scene.narration !== undefined && node('p', 'guide__narration', scene.narration),
    scene.lines.length > 0 && node('blockquote', 'guide__lines', ...scene.lines.map(lineNode)),
  ];
}

function incidentNode(incident: GuideIncident, guide: GuideDocument): GuideNode {
  const labels = labelsOf(guide);
  return withId(
    node(
      'section',
      'guide__incident',
      node('h4', 'guide__subheading', labels.incident(incident.id)),
      node('p', 'guide__meta', incident.start),
      ...sceneNodes(incident, guide),
      node('h5', 'guide__subheading', labels.choices),
      optionsNode(incident.options, guide),
      incident.timeLimit && timeLimitNode(incident.timeLimit, guide, 'h5'),
    ),
    incident.anchor,
  );
}

function beatNode(beat: GuideBeat, guide: GuideDocument): GuideNode {
  const labels = labelsOf(guide);
  return withId(
    node(
      'section',
      `guide__beat guide__beat--${beat.kind}`,
      node('h3', 'guide__beat-title', `${beat.number} · ${beat.id}`, node('span', 'guide__place', ` — ${beat.place}`)),
      beat.phase !== undefined && node('p', 'guide__meta', `${labels.phase}: ${beat.phase}`),
      beat.unreachable && node('p', 'guide__warning', labels.unreachable),
      ...sceneNodes(beat, guide),
      beat.options.length > 0 && node('h4', 'guide__subheading', labels.choices),
      beat.options.length > 0 && optionsNode(beat.options, guide),
      beat.timeLimit && timeLimitNode(beat.timeLimit, guide, 'h4'),
      beat.branches.length > 0 && node('h4', 'guide__subheading', labels.branches),
      beat.branches.length > 0 &&
        node(
          'ul',
          'guide__branches',
          ...beat.branches.map((branch) => node('li', 'guide__branch', `${labels.branchIf} ${branch.condition} → `, linkTo(branch.leadsTo))),
          beat.otherwise && node('li', 'guide__branch', `${labels.otherwise} → `, linkTo(beat.otherwise)),
        ),
      beat.next && node('p', 'guide__next', `${labels.continueTo} → `, linkTo(beat.next)),
      ...beat.incidents.map((incident) => incidentNode(incident, guide)),
    ),
    beat.anchor,
  );
}

function endingNode(ending: GuideEnding, guide: GuideDocument): GuideNode {
  const labels = labelsOf(guide);
  return withId(
    node(
      'section',
      'guide__ending',
      node('h3', 'guide__ending-title', `${labels.ending}: ${ending.title}`),
      node('p', 'guide__meta', ending.id),
      node('p', 'guide__narration', ending.narration),
      ending.reachedFrom.length > 0 && node('h4', 'guide__subheading', labels.reachedFrom),
      ending.reachedFrom.length > 0 && node('ul', 'guide__ways', ...ending.reachedFrom.map((way) => node('li', '', way))),
      node('h4', 'guide__subheading', labels.debrief),
      node(
        'ul',
        'guide__notes',
        ...ending.notes.map((note) =>
          node('li', note.condition ? 'guide__note-item guide__note-item--if' : 'guide__note-item', note.condition && node('em', 'guide__condition', `${labels.noteIf} ${note.condition}: `), note.text),
        ),
      ),
    ),
    ending.anchor,
  );
}

function section(className: string, id: string, heading: string, ...children: Child[]): GuideNode {
  return withId(node('section', `guide__section ${className}`, node('h2', 'guide__heading', heading), ...children), `guide-${id}`);
}

export function layoutGuide(guide: GuideDocument): GuideNode {
  const labels = labelsOf(guide);
  const { questions } = guide;
  const article: GuideNode = node(
    'article',
    'guide',
    node(
      'header',
      'guide__header',
      node('p', 'guide__kicker', `${labels.kicker} · Klasdeur`),
      withId(node('h1', 'guide__title', guide.title), GUIDE_TITLE_ID),
      node('p', 'guide__summary', guide.summary),
      node(
        'dl',
        'guide__facts guide__facts--header',
        ...fact(labels.level, guide.level),
        ...fact(labels.duration, guide.duration),
        ...fact(labels.castName, guide.castName),
        ...fact(labels.scenarioFile, guide.scenarioId),
      ),
    ),
    section('guide__myth', 'myth', labels.myth, node('blockquote', 'guide__statement', node('p', '', `“${guide.myth.statement}”`)), node('p', 'guide__note', labels.mythNote)),
    section('guide__goals', 'goals', labels.goals, node('ul', '', ...guide.goals.map((goal) => node('li', '', goal)))),
    section(
      'guide__evidence',
      'evidence',
      labels.evidence,
      node('ul', '', ...guide.evidence.map((item) => node('li', '', node('strong', 'guide__source', item.source), ` — ${item.note}`))),
    ),
    section(
      'guide__questions',
      'questions',
      labels.questions,
      questions.fromScenario.length > 0 && node('h3', 'guide__subheading', labels.questionsFromScenario),
      questions.fromScenario.length > 0 && node('ol', '', ...questions.fromScenario.map((question) => node('li', '', question))),
      node('h3', 'guide__subheading', labels.questionsOnTheMyth),
      node('ol', '', ...questions.onTheMyth.map((question) => node('li', '', question))),
    ),
    section(
      'guide__people',
      'people',
      labels.people,
      node(
        'ul',
        '',
        ...guide.people.map((person) =>
          node(
            'li',
            `guide__person guide__person--${person.kind}`,
            node('strong', '', person.name),
            ` — ${person.description}`,
            person.startingState && node('span', 'guide__person-extra', `${labels.startingState}: ${person.startingState}`),
            person.reputation && node('span', 'guide__person-extra', `${labels.reputation}: “${person.reputation}”`),
          ),
        ),
      ),
    ),
    section('guide__script', 'script', labels.script, node('p', 'guide__note', labels.scriptIntro), ...guide.script.map((beat) => beatNode(beat, guide))),
    section('guide__endings', 'endings', labels.endings, ...guide.endings.map((ending) => endingNode(ending, guide))),
  );
  return { ...article, lang: guide.lang };
}
