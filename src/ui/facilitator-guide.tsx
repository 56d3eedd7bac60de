/**
 * The facilitator guide (game.md §6): how a teacher runs the game with a class. Learning goals, a
 * 45-minute plan and a three-period plan, the classroom tools, a protocol for discussing a real
 * conflict with real victims, cabinet roles with printable cards, discussion prompts per ending and
 * per turning point, a glossary, and the sources and assumptions behind the model. A screen of its
 * own so it prints cleanly (facilitator-guide.css); "Print role cards" prints the cards alone.
 */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { SCENARIOS, type EndingId } from '../engine';
import { EN } from '../text';
import {
  ENDING_PROMPTS,
  TURNING_POINT_KINDS,
  TURNING_POINT_PROMPTS,
} from '../classroom/discussion-prompts';
import { closeGuide, openDialog } from '../store/actions';
import { GLOSSARY } from './glossary';
import { RoleCards } from './role-cards';
import { SourcesContent } from './help-pages';
import { useStore } from './use-store';
import './facilitator-guide.css';

const SECTIONS = [
  ['guide-goals', 'Learning goals'],
  ['guide-45', 'A 45-minute lesson'],
  ['guide-three', 'Three periods'],
  ['guide-tools', 'Codes, projector and comparison'],
  ['guide-respect', 'Discussing a real conflict'],
  ['guide-roles', 'Cabinet roles'],
  ['guide-prompts', 'Discussion prompts'],
  ['guide-glossary', 'Glossary'],
  ['guide-sources', 'Sources and assumptions'],
] as const;

type SectionId = (typeof SECTIONS)[number][0];

function Section(props: { id: SectionId; children: ComponentChildren }) {
  const title = SECTIONS.find(([id]) => id === props.id)![1];
  return (
    <section class="guide__section" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {props.children}
    </section>
  );
}

/** A row of a timed plan: minutes, what happens, what the teacher does. */
function Plan(props: { caption: string; rows: [string, string, string][] }) {
  return (
    <table class="guide__plan">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">What happens</th>
          <th scope="col">The teacher</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map(([time, what, teacher]) => (
          <tr key={time}>
            <th scope="row">{time}</th>
            <td>{what}</td>
            <td>{teacher}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function GuideBody() {
  return (
    <>
      <Section id="guide-goals">
        <p>
          Frontier Crisis puts students in the seat of Pakistan’s government during the frontier
          crisis with Afghanistan of 2025–26. It is a model, not a forecast: its rules are built on
          documented events and on the arguments of published analysis, and it says which. After a
          lesson, students should be able to:
        </p>
        <ul>
          <li>
            describe the <strong>retaliation cycle</strong> — attack, identification, strike,
            reprisal — and explain why force brings relief for a while and also feeds the next
            round;
          </li>
          <li>
            explain why <strong>doing nothing also has costs</strong>: public pressure, lost
            credibility, and a state that loses control of its own politics;
          </li>
          <li>
            weigh <strong>slow tools</strong> (policing, coordination between federal and provincial
            institutions, community trust, trade) against fast ones, over many weeks;
          </li>
          <li>
            name the <strong>other actors</strong> — the militant groups, the Taliban authorities,
            China, Iran, Qatar, Türkiye, Saudi Arabia, the UN — and what each wants;
          </li>
          <li>
            count the <strong>human cost on both sides of the line</strong>, and tell a verified
            fact from a party’s claim;
          </li>
          <li>
            justify a decision under uncertainty, predict its consequences and check the prediction
            against what happened.
          </li>
        </ul>
      </Section>

      <Section id="guide-45">
        <p>
          One period, one shared crisis. Use the <em>Karachi aftermath</em> scenario (
          {SCENARIOS.karachi.weeks} weeks) or any scenario at the short class length of 8 weeks.
          Students play alone or in pairs on their own devices; the projector shows the teacher’s
          game for the opening and the debrief.
        </p>
        <Plan
          caption="A 45-minute lesson"
          rows={[
            [
              '0–5 min',
              'The situation: what happened in Karachi, who the actors are, what the student decides each week.',
              'Projects the opening briefing in projector mode; points at the map and the escalation ladder.',
            ],
            [
              '5–10 min',
              'Week 1 together: the class weighs two or three options and votes.',
              'Runs the class vote, then commits the choice and plays the week on the projector.',
            ],
            [
              '10–30 min',
              'Students play the rest of the crisis with the class code, writing a one-line justification and a prediction each week.',
              'Circulates; asks “why this?” and “what do you expect Kabul to do?”. Calls time at 28 minutes.',
            ],
            [
              '30–33 min',
              'Students open their debrief and send their result code through the school’s form.',
              'Pastes the result codes into the class comparison.',
            ],
            [
              '33–43 min',
              'Debrief: the spread of endings, where the class’s paths diverged, the predictions that came true.',
              'Uses the prompts for the endings the class reached and for one turning point.',
            ],
            [
              '43–45 min',
              'Exit ticket: one sentence — “The choice I would change is … because …”.',
              'Collects, or asks for it in the form.',
            ],
          ]}
        />
      </Section>

      <Section id="guide-three">
        <Plan
          caption="Three periods"
          rows={[
            [
              'Period 1',
              'Context and a first game. A short introduction to the frontier, the Durand Line and the actors (the glossary helps), then a full game alone with justifications and predictions.',
              'Ends with each student’s result code and one question they want answered.',
            ],
            [
              'Period 2',
              'Cabinet play. Groups of five take the role cards and argue each week before a group vote; the whole class votes on the projector at two or three key weeks.',
              'Prints the role cards for the current week; keeps the meters hidden while groups argue and reveals them after the vote.',
            ],
            [
              'Period 3',
              'Comparison and reflection. The class comparison on the projector: endings, the heat map of where the class struck or closed the border, prediction accuracy. Students branch from a turning point (“What if?”) and write a short policy memo.',
              'Uses the prompts per turning point; closes with the protocol’s reminder that the real crisis continues.',
            ],
          ]}
        />
      </Section>

      <Section id="guide-tools">
        <h3>Class codes and lesson links</h3>
        <p>
          “Teach a class” on the title screen builds a lesson: scenario, difficulty, length, whether
          predictions are required and whether advisors’ advice may be taken. It gives a short{' '}
          <strong>class code</strong> (such as <code>KAR-7Q3F</code>), a{' '}
          <strong>lesson link</strong> and a <strong>QR code</strong> for the projector. Every
          student who types the code or opens the link plays exactly the same crisis: the same
          events follow the same decisions, so differences between students come from their choices.
          The code carries a check character: a mistyped code is refused with a message, never
          silently turned into another crisis. No accounts or emails are needed; a display name is
          optional and stays in the student’s browser and save.
        </p>
        <h3>Result codes</h3>
        <p>
          At the end, each student’s debrief gives a <strong>result code</strong>: a short text that
          holds the whole game. Students paste it into the school’s form or quiz. Because it is the
          game itself, the comparison replays it and can tell a real game from an edited one.
        </p>
        <h3>Projector mode</h3>
        <p>
          “Projector mode” (on the title screen, in the game’s menu and in Settings) enlarges the
          text and the map’s labels and raises the contrast for a shared screen; sound starts muted.
          While the class discusses, the national meters are hidden so the debate is about the
          situation, not the numbers; press <kbd>M</kbd> or “Show meters” to reveal them (screen
          readers announce it), and again to hide them.
        </p>
        <h3>The class vote</h3>
        <p>
          In projector mode, “Class vote” above the decisions lets the teacher list the options the
          class is weighing — each a set of choices made in the decisions panel — and record the
          show of hands for each, with an optional timer. Committing the vote makes the chosen
          option the week’s decisions. The votes are kept in the save, so the replay and the debrief
          show what the class chose and by how much.
        </p>
        <h3>The class comparison</h3>
        <p>
          “Class comparison” on the title screen takes many games at once: drop or choose the
          students’ <code>.json</code> files, or paste their result codes or links, one per line or
          as a column copied from a spreadsheet. Every game is replayed to check it; a game of
          another class code is flagged, and a damaged one is listed with the reason while the rest
          load. It shows the spread of endings, the scorecards side by side, what the class chose
          each week, a heat map of the districts where the class struck, policed or closed the
          border, how good the predictions were and where the paths diverged; each student’s debrief
          is one click away, and everything exports as a spreadsheet (CSV). Nothing leaves the
          browser: there is no server and no account.
        </p>
      </Section>

      <Section id="guide-respect">
        <p>
          This crisis is real and ongoing. People on both sides of the line have been killed,
          injured, displaced and deported, and some of your students may have family in the region.
          The game is a way to think about choices and their costs; it is not a contest, and it
          takes no side.
        </p>
        <ol class="guide__protocol">
          <li>
            <strong>Before you start</strong>, say that the events are real and recent, that the
            game simplifies them, and that anyone may step out of the discussion without explaining
            why. Check your school’s guidance for sensitive topics, and know who students can talk
            to afterwards.
          </li>
          <li>
            <strong>Name people as people.</strong> Casualties in the game stand for real people:
            civilians, police, soldiers, traders and displaced families on both sides. Do not let
            the class treat them as points, or cheer a strike or an attack.
          </li>
          <li>
            <strong>Keep to what is known.</strong> Many figures are claims by a party (a military
            press office, a ministry, a spokesman, a militant group) and are not independently
            verified; the game and this guide mark contested claims. Ask “who says so, and how would
            they know?”.
          </li>
          <li>
            <strong>Separate groups from peoples.</strong> Talk about governments, armed groups and
            institutions, never about Afghans, Pashtuns, Baloch or Pakistanis as a whole. Use the
            names the sources use and note where a government uses a label of its own.
          </li>
          <li>
            <strong>Argue about decisions, not identities.</strong> A student who argues for a
            strike or for talks is reasoning inside a role; judge the reasoning, not the student.
          </li>
          <li>
            <strong>Leave the real crisis open.</strong> End by reminding the class that the model
            is not a forecast and that the real outcome is not decided by any game. Point to the
            sources page for further reading.
          </li>
        </ol>
      </Section>

      <Section id="guide-roles">
        <p>
          For group play, split each group into the five seats of the cabinet: military command, the
          Foreign Office, the government of Khyber Pakhtunkhwa, Finance, and the Interior ministry
          with the intelligence services. Each card carries its own slice of the week’s briefing —
          the forecasts, last week’s events and the figures that seat answers for — and what its
          advisor would propose. Each seat argues for two minutes; then the group (or the class)
          votes. Rotate the seats each period.
        </p>
        <p class="guide__no-print">
          The cards below follow the game in progress, or a scenario’s opening week. “Print role
          cards” prints them one to a page.
        </p>
        <RoleCardsForGuide />
      </Section>

      <Section id="guide-prompts">
        <h3>For each ending</h3>
        {(Object.keys(ENDING_PROMPTS) as EndingId[]).map((id) => (
          <div key={id} class="guide__prompts">
            <h4>{EN.endingTitle(id)}</h4>
            <ul>
              {ENDING_PROMPTS[id].map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </div>
        ))}
        <h3>For each kind of turning point</h3>
        <p>
          A turning point is a week in which the game’s state swung most. The debrief names them;
          these questions fit each kind.
        </p>
        {TURNING_POINT_KINDS.map((kind) => (
          <div key={kind} class="guide__prompts">
            <h4>{TURNING_POINT_PROMPTS[kind].title}</h4>
            <ul>
              {TURNING_POINT_PROMPTS[kind].prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </div>
        ))}
      </Section>

      <Section id="guide-glossary">
        <dl class="guide__glossary">
          {GLOSSARY.map(({ term, meaning }) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="guide-sources">
        <p>
          The model is a simplification. Its rules say, for instance, that strikes disrupt militants
          for a while but give them a reason to strike back, that closed crossings hurt both
          economies and slowly push Afghan trade towards Iran, and that mediators press for
          verification. Each of those is an assumption, listed below with where it comes from.
          Figures of casualties in the region are mostly unverified claims of the parties; events
          whose facts are disputed are marked <em>contested</em>.
        </p>
        <p class="guide__no-print">
          <button
            type="button"
            class="button button--small"
            onClick={() => openDialog({ kind: 'sources' })}
          >
            Open the Sources and assumptions page
          </button>
        </p>
        <SourcesContent headingLevel="h3" />
      </Section>
    </>
  );
}

function RoleCardsForGuide() {
  const session = useStore((s) => s.session);
  return <RoleCards session={session} />;
}

/** Prints the page with `data-print` set on the root, so the stylesheet prints that part alone. */
function printPart(part: 'guide' | 'role-cards'): void {
  const root = document.documentElement;
  root.dataset.print = part;
  const done = () => {
    delete root.dataset.print;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export function FacilitatorGuide() {
  useEffect(() => {
    document.getElementById('guide-title')?.focus();
  }, []);
  return (
    <div class="guide">
      <header class="guide__header">
        <h1 id="guide-title" class="guide__title" tabIndex={-1}>
          Facilitator guide
        </h1>
        <div class="guide__actions guide__no-print">
          <button type="button" class="button button--small" onClick={() => printPart('guide')}>
            Print the guide
          </button>
          <button
            type="button"
            class="button button--small"
            onClick={() => printPart('role-cards')}
          >
            Print role cards
          </button>
          <button type="button" class="button button--small button--primary" onClick={closeGuide}>
            Close guide
          </button>
        </div>
      </header>
      <div class="guide__layout">
        <nav class="guide__toc guide__no-print" aria-label="Guide contents">
          <ol>
            {SECTIONS.map(([id, title]) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    // Scroll without touching the address (its fragment carries game links).
                    event.preventDefault();
                    const section = document.getElementById(id);
                    section?.scrollIntoView();
                    section?.querySelector('h2')?.focus();
                  }}
                >
                  {title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <main class="guide__body">
          <GuideBody />
        </main>
      </div>
    </div>
  );
}
