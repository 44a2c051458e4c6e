/**
 * Writes the guide as Markdown: headings, lists and quotes that read well as plain text and render
 * anywhere (a course platform, a repository). Scenario texts are escaped so that a `*`, a `<tag>` or a
 * leading "1." in a narration stays text and never becomes markup or HTML.
 */
import { labelsOf } from './labels.ts';
import type { GuideAction, GuideBeat, GuideDocument, GuideEnding, GuideIncident, GuideLine, GuideOption, GuideTimeLimit } from './model.ts';

/** Text as Markdown shows it inside a line: on one line, with the characters Markdown reads specially escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|]/g, (character) => `\\${character}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

const t = escapeMarkdown;

/** A text that starts its own paragraph: also a leading "#", "-", "+" or "1." stays text, not a heading or list. */
const paragraph = (text: string): string => t(text).replace(/^([#+-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');

function lineText(line: GuideLine): string {
  return `**${t(line.name)}:** “${t(line.text)}”`;
}

function actionItems(action: GuideAction, guide: GuideDocument, onlyIf?: string): string[] {
  const labels = labelsOf(guide);
  const reaction = action.reaction ? [action.reaction.narration ? t(action.reaction.narration) : '', ...action.reaction.lines.map(lineText)].filter(Boolean).join(' ') : '';
  return [
    ...(onlyIf ? [`${labels.onlyIf}: ${t(onlyIf)}`] : []),
    `${labels.behaviour}: ${t(action.behaviour)}`,
    `${labels.target}: ${t(action.target)}`,
    `${labels.minutes}: ${t(action.minutes)}`,
    ...(action.effects.length > 0 ? [`${labels.effects}: ${t(action.effects.join('; '))}`] : []),
    ...(reaction ? [`${labels.reaction}: ${reaction}`] : []),
    `${labels.leadsTo}: ${action.leadsTo ? `**${t(action.leadsTo.label)}**` : t(labels.lessonGoesOn)}`,
  ];
}

function options(list: readonly GuideOption[], guide: GuideDocument): string[] {
  return list.flatMap((option) => {
    const marker = `${option.number}. `;
    const indent = ' '.repeat(marker.length);
    return [`${marker}**${t(option.text)}**`, ...actionItems(option, guide, option.onlyIf).map((item) => `${indent}- ${item}`), ''];
  });
}

function timeLimit(limit: GuideTimeLimit, guide: GuideDocument, level: string): string[] {
  const labels = labelsOf(guide);
  return [`${level} ${labels.timeLimit(limit.seconds)}`, '', `*${labels.timeLimitNote}*`, '', `${labels.whenTimeIsUp}:`, '', ...actionItems(limit, guide).map((item) => `- ${item}`), ''];
}

function scene(part: { stage: string[]; narration?: string; lines: GuideLine[] }, guide: GuideDocument): string[] {
  const out: string[] = [];
  if (part.stage.length > 0) out.push(`*${labelsOf(guide).stage}:* ${t(part.stage.join('; '))}`, '');
  if (part.narration !== undefined) out.push(paragraph(part.narration), '');
  if (part.lines.length > 0) out.push(part.lines.map((line) => `> ${lineText(line)}`).join('\n>\n'), '');
  return out;
}

function incident(item: GuideIncident, guide: GuideDocument): string[] {
  const labels = labelsOf(guide);
  return [
    `#### ${labels.incident(item.id)}`,
    '',
    `*${t(item.start)}*`,
    '',
    ...scene(item, guide),
    `##### ${labels.choices}`,
    '',
    ...options(item.options, guide),
    ...(item.timeLimit ? timeLimit(item.timeLimit, guide, '#####') : []),
  ];
}

function beat(item: GuideBeat, guide: GuideDocument): string[] {
  const labels = labelsOf(guide);
  const out = [`### ${item.number} · ${item.id} — ${t(item.place)}`, ''];
  if (item.phase !== undefined) out.push(`*${labels.phase}: ${item.phase}*`, '');
  if (item.unreachable) out.push(`**${labels.unreachable}**`, '');
  out.push(...scene(item, guide));
  if (item.options.length > 0) out.push(`#### ${labels.choices}`, '', ...options(item.options, guide));
  if (item.timeLimit) out.push(...timeLimit(item.timeLimit, guide, '####'));
  if (item.branches.length > 0) {
    out.push(`#### ${labels.branches}`, '');
    for (const branch of item.branches) out.push(`- ${labels.branchIf} ${t(branch.condition)} → **${t(branch.leadsTo.label)}**`);
    if (item.otherwise) out.push(`- ${labels.otherwise} → **${t(item.otherwise.label)}**`);
    out.push('');
  }
  if (item.next) out.push(`${labels.continueTo} → **${t(item.next.label)}**`, '');
  for (const started of item.incidents) out.push(...incident(started, guide));
  return out;
}

function ending(item: GuideEnding, guide: GuideDocument): string[] {
  const labels = labelsOf(guide);
  const out = [`### ${labels.ending}: ${t(item.title)}`, '', `*\`${item.id}\`*`, '', paragraph(item.narration), ''];
  if (item.reachedFrom.length > 0) out.push(`#### ${labels.reachedFrom}`, '', ...item.reachedFrom.map((way) => `- ${paragraph(way)}`), '');
  out.push(`#### ${labels.debrief}`, '');
  for (const note of item.notes) out.push(note.condition ? `- *${labels.noteIf} ${t(note.condition)}:* ${t(note.text)}` : `- ${paragraph(note.text)}`);
  out.push('');
  return out;
}

export function renderGuideMarkdown(guide: GuideDocument): string {
  const labels = labelsOf(guide);
  const numbered = (items: readonly string[]) => items.map((item, index) => `${index + 1}. ${paragraph(item)}`);
  const out = [
    `# ${t(guide.title)}`,
    '',
    `*${labels.kicker} · Klasdeur*`,
    '',
    paragraph(guide.summary),
    '',
    `- **${labels.level}:** ${t(guide.level)}`,
    `- **${labels.duration}:** ${t(guide.duration)}`,
    `- **${labels.castName}:** ${t(guide.castName)}`,
    `- **${labels.scenarioFile}:** \`${guide.scenarioId}\``,
    '',
    `## ${labels.myth}`,
    '',
    `> “${t(guide.myth.statement)}”`,
    '',
    `*${labels.mythNote}*`,
    '',
    `## ${labels.goals}`,
    '',
    ...guide.goals.map((goal) => `- ${paragraph(goal)}`),
    '',
    `## ${labels.evidence}`,
    '',
    ...guide.evidence.map((item) => `- **${t(item.source)}** — ${t(item.note)}`),
    '',
    `## ${labels.questions}`,
    '',
  ];
  if (guide.questions.fromScenario.length > 0) out.push(`### ${labels.questionsFromScenario}`, '', ...numbered(guide.questions.fromScenario), '');
  out.push(`### ${labels.questionsOnTheMyth}`, '', ...numbered(guide.questions.onTheMyth), '');
  out.push(`## ${labels.people}`, '');
  for (const person of guide.people) {
    const extra = [
      ...(person.startingState ? [`${labels.startingState}: ${t(person.startingState)}`] : []),
      ...(person.reputation ? [`${labels.reputation}: “${t(person.reputation)}”`] : []),
    ];
    out.push([`- **${t(person.name)}** — ${t(person.description)}`, ...extra.map((line) => `  ${line}`)].join('  \n'));
  }
  out.push('', `## ${labels.script}`, '', `*${labels.scriptIntro}*`, '');
  for (const item of guide.script) out.push(...beat(item, guide));
  out.push(`## ${labels.endings}`, '');
  for (const item of guide.endings) out.push(...ending(item, guide));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
