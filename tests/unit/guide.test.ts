/**
 * The lecturer's guide (src/core/guide): on every shipped scenario, in both languages, the script holds
 * every beat once in reading order, every choice and every ending, and both renderers carry the goals and
 * the evidence; on a small fixture, conditions, behaviour and effects come out in the exact words, and a
 * `<script>` in a scenario text stays text in the HTML and the Markdown.
 */
import { describe, expect, it } from 'vitest';
import { buildGuide } from '../../src/core/guide/build.ts';
import { escapeHtml, renderGuideHtml } from '../../src/core/guide/html.ts';
import { layoutGuide, type GuideNode } from '../../src/core/guide/layout.ts';
import { escapeMarkdown, renderGuideMarkdown } from '../../src/core/guide/markdown.ts';
import type { GuideDocument } from '../../src/core/guide/model.ts';
import { successorsOf } from '../../src/core/guide/order.ts';
import { MYTH_QUESTIONS } from '../../src/core/guide/questions.ts';
import type { CompiledScenario } from '../../src/core/scenario/compile.ts';
import { LANGUAGES, type Language } from '../../src/core/scenario/vocabulary.ts';
import { compileFixture, shippedScenarios } from '../support/engineFixture.ts';

const say = (text: { nl: string; en?: string }, lang: Language) => text[lang] ?? text.nl;

function everyChoiceText(compiled: CompiledScenario, lang: Language): string[] {
  const { beats, incidents } = compiled.scenario;
  return [...Object.values(beats), ...Object.values(incidents ?? {})].flatMap((holder) => (holder.choices ?? []).map((choice) => say(choice.text, lang)));
}

const shipped = shippedScenarios();
const cases = shipped.flatMap((compiled) => LANGUAGES.map((lang) => ({ id: compiled.scenario.id, lang, compiled })));

describe('the guide to every shipped scenario', () => {
  it('has shipped scenarios to work on', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(cases)('$id ($lang)', ({ compiled, lang }) => {
    const guide = buildGuide(compiled, lang);
    const markdown = renderGuideMarkdown(guide);
    const html = renderGuideHtml(guide);
    const { scenario } = compiled;

    it('prints every beat once, the start first, each after a beat that leads to it', () => {
      const order = guide.script.map((beat) => beat.id);
      expect([...order].sort()).toEqual(Object.keys(scenario.beats).sort());
      expect(order[0]).toBe(scenario.start ?? Object.keys(scenario.beats)[0]);
      expect(guide.script.map((beat) => beat.number)).toEqual(order.map((_, index) => index + 1));
      order.slice(1).forEach((id, index) => {
        const earlier = order.slice(0, index + 1);
        expect(earlier.some((before) => successorsOf(scenario.beats[before]!).includes(id)), `${id} comes after a beat that leads to it`).toBe(true);
      });
      for (const beat of guide.script) {
        expect(markdown).toContain(`### ${beat.number} · ${beat.id} — ${escapeMarkdown(beat.place)}`);
        expect(html).toContain(`id="guide-beat-${beat.id}"`);
      }
    });

    it('has every ending with its title, narration and every debrief note', () => {
      expect(guide.endings.map((ending) => ending.id)).toEqual(Object.keys(scenario.endings));
      for (const [id, ending] of Object.entries(scenario.endings)) {
        const title = say(ending.title, lang);
        expect(markdown).toContain(`: ${escapeMarkdown(title)}\n`);
        expect(html).toContain(`id="guide-ending-${id}"`);
        expect(html).toContain(escapeHtml(say(ending.narration, lang)));
        for (const note of ending.debrief) expect(markdown).toContain(escapeMarkdown(say('text' in note ? note.text : note, lang)));
        // Every ending is reached from somewhere, and the guide says from where.
        expect(guide.endings.find((item) => item.id === id)!.reachedFrom.length).toBeGreaterThan(0);
      }
    });

    it('has the text of every choice, in beats and incidents, in both renderers', () => {
      const texts = everyChoiceText(compiled, lang);
      expect(texts.length).toBeGreaterThan(5);
      for (const text of texts) {
        expect(markdown).toContain(escapeMarkdown(text));
        expect(html).toContain(escapeHtml(text));
      }
    });

    it('says every branch condition in words, never as data', () => {
      const conditions = guide.script.flatMap((beat) => beat.branches.map((branch) => branch.condition));
      expect(conditions.length).toBeGreaterThan(0);
      for (const condition of conditions) {
        expect(condition).not.toMatch(/[{}]|atLeast|below:|closeness:|chose:|minutesLeft/);
        expect(condition).toMatch(lang === 'nl' ? /minstens|lager dan|minder dan|koos/ : /at least|below|fewer than|chose/);
      }
    });

    it('carries the goals, the evidence and the myth in Markdown and in HTML', () => {
      for (const goal of scenario.goals) {
        expect(markdown).toContain(`- ${escapeMarkdown(say(goal, lang))}`);
        expect(html).toContain(escapeHtml(say(goal, lang)));
      }
      for (const item of scenario.evidence) {
        expect(markdown).toContain(`- **${escapeMarkdown(item.source)}** — ${escapeMarkdown(say(item.note, lang))}`);
        expect(html).toContain(escapeHtml(item.source));
        expect(html).toContain(escapeHtml(say(item.note, lang)));
      }
      expect(markdown).toContain(`> “${escapeMarkdown(guide.myth.statement)}”`);
      expect(html).toContain(escapeHtml(guide.myth.statement));
    });

    it('is a standalone page that loads nothing and runs nothing', () => {
      expect(html.startsWith('<!doctype html>\n<html lang="' + lang + '">')).toBe(true);
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
      expect(html).not.toMatch(/<script|<link|<img|@import|url\(|src=/i);
      expect(html).toContain('@page { size: A4;');
      expect(html).toMatch(/\.guide__script, \.guide__endings \{ break-before: page;/);
    });
  });
});

describe('the guide to a fixture that uses every part once', () => {
  const compiled = compileFixture('guide/gids-proef.yaml');
  const nl = buildGuide(compiled, 'nl');
  const en = buildGuide(compiled, 'en');
  const beat = (guide: GuideDocument, id: string) => guide.script.find((item) => item.id === id)!;

  it('orders the script breadth-first from the start and numbers it', () => {
    expect(nl.script.map((item) => `${item.number} ${item.id} ${item.kind}`)).toEqual([
      '1 deur choices',
      '2 uitleg choices',
      '3 kruispunt branches',
      '4 herstel choices',
      '5 afsluiting continue',
    ]);
  });

  it('says branch conditions in words, in Dutch and in English', () => {
    expect(beat(nl, 'kruispunt').branches.map((branch) => [branch.condition, branch.leadsTo.label])).toEqual([
      ['de nabijheid met Lisa minstens 0.45 is', 'einde ‘Lisa voelt zich gezien’'],
      ['het conflict met Lisa minstens 0.2 is of er nog minder dan 10 minuten les over zijn', '4 · herstel'],
    ]);
    expect(beat(nl, 'kruispunt').otherwise?.label).toBe('5 · afsluiting');
    expect(beat(en, 'kruispunt').branches.map((branch) => branch.condition)).toEqual([
      'closeness with Lisa is at least 0.45',
      'conflict with Lisa is at least 0.2 or fewer than 10 minutes of the lesson are left',
    ]);
    expect(renderGuideMarkdown(nl)).toContain('- Als de nabijheid met Lisa minstens 0.45 is → **einde ‘Lisa voelt zich gezien’**');
    expect(renderGuideHtml(en)).toContain(
      '<li class="guide__branch">If closeness with Lisa is at least 0.45 → <a class="guide__link guide__link--ending" href="#guide-ending-warm">ending ‘Lisa feels seen’</a></li>',
    );
  });

  it('names an earlier choice by its text, also when negated or combined', () => {
    const [helpen] = beat(nl, 'uitleg').options;
    expect(helpen?.onlyIf).toBe('je bij moment 1 (deur) niet koos voor “Stil, Lisa!”');
    expect(beat(en, 'uitleg').options[0]?.onlyIf).toBe('you did not choose “Quiet, Lisa!” at moment 1 (deur)');
    const warm = (guide: GuideDocument) => guide.endings.find((ending) => ending.id === 'warm')!;
    expect(warm(nl).notes).toEqual([
      { text: 'Lisa voelde zich gezien.' },
      { condition: 'je bij moment 1 (deur) koos voor ‘Je groet Lisa bij naam.’ en de nabijheid die de klas in je ziet minstens 0.2 is', text: 'Je groette haar aan de deur.' },
    ]);
    expect(warm(en).notes[1]?.condition).toBe('you chose ‘You greet Lisa by name.’ at moment 1 (deur) and the closeness the class sees in you is at least 0.2');
    expect(warm(nl).reachedFrom).toEqual(['vanuit moment 3 (kruispunt), als de nabijheid met Lisa minstens 0.45 is']);
  });

  it('says each option’s behaviour, target, minutes, effects, reaction and where it leads', () => {
    const [groet, roepen] = beat(nl, 'deur').options;
    expect(groet).toMatchObject({
      number: 1,
      id: 'groet',
      text: 'Je groet Lisa bij naam.',
      behaviour: 'sturend 0.5, vriendelijk 0.4',
      target: 'Lisa',
      minutes: '1 min',
      effects: ['Lisa: nabijheid +0.3'],
      reaction: { lines: [{ speaker: 'lisa', name: 'Lisa', text: 'Dag juf!' }] },
      leadsTo: { kind: 'beat', id: 'uitleg', label: '2 · uitleg', anchor: 'guide-beat-uitleg' },
    });
    expect(roepen).toMatchObject({ behaviour: 'corrigerend 0.6', minutes: '0.5 min', effects: ['Lisa: conflict +0.3, begin van een botsing'] });
    expect(beat(en, 'deur').options[0]).toMatchObject({ behaviour: 'directing 0.5, helpful 0.4', effects: ['Lisa: closeness +0.3'] });
    expect(beat(nl, 'herstel').options[0]?.effects).toEqual(['Lisa: herstelt een eerdere botsing']);
    expect(beat(nl, 'afsluiting').next?.label).toBe('einde ‘Een gewone les’');
  });

  it('gives the time limit in seconds with what happens at time-up', () => {
    expect(beat(nl, 'deur').timeLimit).toMatchObject({ seconds: 10, behaviour: 'onzeker 0.5', target: 'de klas', minutes: 'geen lestijd', leadsTo: { id: 'uitleg' } });
    const markdown = renderGuideMarkdown(nl);
    expect(markdown).toContain('#### Tijdslimiet: 10 seconden');
    expect(markdown).toContain('Als de tijd om is:\n\n- Gedrag: onzeker 0.5\n- Tot wie: de klas\n- Lestijd: geen lestijd\n- Gaat naar: **2 · uitleg**');
    expect(renderGuideMarkdown(en)).toContain('#### Time limit: 10 seconds');
  });

  it('puts an incident at the beat where it starts, with when and how it starts', () => {
    const [gsm] = beat(nl, 'uitleg').incidents;
    expect(gsm?.start).toBe('Begint bij moment 2 (uitleg), als de sturing die de klas in je ziet minstens 0.1 is. Het onderbreekt dat moment meteen.');
    expect(gsm?.stage).toEqual(['Samir: wegkijken']);
    expect(gsm?.options[0]).toMatchObject({ text: '“Samir, gsm weg, dank je.”', target: 'Samir' });
    expect(gsm?.options[0]?.leadsTo).toBeUndefined();
    expect(gsm?.timeLimit).toMatchObject({ seconds: 8, behaviour: 'onzeker 0.3' });
    expect(beat(en, 'uitleg').incidents[0]?.start).toBe('Starts at moment 2 (uitleg), if the agency the class sees in you is at least 0.1. It interrupts that moment at once.');
  });

  it('lists the people who take part and the questions: the scenario’s own, then those on its myth', () => {
    expect(nl.people).toEqual([
      { id: 'lisa', name: 'Lisa', kind: 'pupil', description: 'impulsief; houdt van lezen', startingState: 'nabijheid 0.2, conflict 0.1' },
      { id: 'samir', name: 'Samir', kind: 'pupil', description: 'grappig; houdt van sport' },
      { id: 'peeters', name: 'Mevrouw Peeters', kind: 'adult', description: 'klastitularis' },
    ]);
    expect(en.people[2]?.description).toBe('form teacher');
    expect(nl.questions.fromScenario).toEqual(['Wat zou je morgen anders doen?']);
    expect(nl.questions.onTheMyth).toEqual(MYTH_QUESTIONS.autoriteit.map((question) => question.nl));
    expect(en.questions.onTheMyth).toEqual(MYTH_QUESTIONS.autoriteit.map((question) => question.en));
    expect(renderGuideMarkdown(en)).toContain(`1. What would you do differently tomorrow?\n\n### On the myth\n\n1. ${escapeMarkdown(MYTH_QUESTIONS.autoriteit[0]!.en)}`);
  });

  it('escapes a <script> in a scenario text in the HTML, including the title', () => {
    const html = renderGuideHtml(nl);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<p class="guide__narration">Lisa roept: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>');
    expect(html).toContain('<title>Gids voor lerarenopleiders: Proef &lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;</title>');
    expect(html).toContain('<p class="guide__summary">Een korte proefles &amp; *meer*.</p>');
  });

  it('keeps a <script> and Markdown characters as text in the Markdown', () => {
    const markdown = renderGuideMarkdown(nl);
    expect(markdown.startsWith("# Proef \\<script\\>alert('titel')\\</script\\>\n")).toBe(true);
    expect(markdown).toContain("\nLisa roept: \\<script\\>alert('x')\\</script\\>\n");
    expect(markdown).toContain('\nEen korte proefles & \\*meer\\*.\n');
    expect(markdown).not.toMatch(/(?<!\\)<script/);
  });

  it('lays out links that only jump within the guide, to ids that exist', () => {
    const nodes: GuideNode[] = [];
    const walk = (node: GuideNode) => {
      nodes.push(node);
      node.children.forEach((child) => typeof child !== 'string' && walk(child));
    };
    walk(layoutGuide(nl));
    const ids = new Set(nodes.flatMap((node) => (node.id ? [node.id] : [])));
    const hrefs = nodes.flatMap((node) => (node.href ? [node.href] : []));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(ids.has(href.slice(1)), href).toBe(true);
  });
});
