/** How to play, and the Sources and assumptions page: the model's every assumption in plain words. */
import {
  ARTICLES,
  CALM_RUNG,
  CLAIMS,
  CONFIDENCE_BREAKS_AFTER,
  CONTAINED_PRESSURE,
  CONTAINMENT_SHARE,
  CRISIS_PRESSURE,
  GOOD_LEGITIMACY,
  LADDER_RUNGS,
  OPEN_WAR,
  RESET_SHARE,
  DOCTRINES,
  EVENTS,
  MECHANISMS,
  RESPONSES,
  actorName,
  type Article,
  type ClaimId,
} from '../engine';
import { closeDialog, openDialog } from '../store/actions';
import { EN } from '../text';
import { Dialog } from './dialog';
import './help-pages.css';

export function HowToPlay() {
  return (
    <Dialog title="How to play" onClose={closeDialog}>
      <p>
        You speak for Islamabad. Each turn is one week of the crisis. Militant groups, the Taliban
        authorities in Kabul and the regional powers act on their own doctrines; you choose how the
        state responds.
      </p>
      <ol class="steps">
        <li>
          <strong>Read the briefing.</strong> Intelligence comes with a confidence level; last
          week's headlines and five advisors who often disagree.
        </li>
        <li>
          <strong>Decide.</strong> Choose responses within the week's action points and fiscal room.
          Some need a district or an Afghan province: pick it on the map or from the list. Greyed
          responses say why they are unavailable. Undo any choice before ending the week.
        </li>
        <li>
          <strong>End the week.</strong> Your responses take effect, then every actor reacts, events
          fire and slow forces (recruitment, trade, budgets, moods) move the meters.
        </li>
        <li>
          <strong>See what happened.</strong> The events play on the map in order. Every reaction
          has a <em>Why?</em> button that shows the rule it followed, the numbers it read and any
          dice.
        </li>
      </ol>
      <h3>Winning and losing</h3>
      <p>
        Three losses end the game at once: <em>open war</em> (Kabul declares it only after the
        ladder has stood at “{LADDER_RUNGS[OPEN_WAR - 1]}”), a <em>loss of public confidence</em>{' '}
        (public pressure at {CRISIS_PRESSURE} or more for {CONFIDENCE_BREAKS_AFTER} weeks running,
        or institutional cohesion collapsing under pressure) and a <em>fiscal crisis</em> (fiscal
        room at 0). Each is warned of, in the report and where you decide, in the week it can come.
      </p>
      <p>
        Otherwise the game is judged at the end on outcomes, not effort: the attacks that got
        through and the Pakistanis killed in the closing weeks (the last third of the game, at least
        four weeks), set against what the crisis does when left alone.
      </p>
      <ul>
        <li>
          <strong>Strategic reset</strong>: those at {RESET_SHARE}% of the left-alone figures or
          less, militant strength no higher than at the start, a working verification mechanism,
          Torkham and Chaman open, the ladder at “{LADDER_RUNGS[CALM_RUNG]}” or lower and
          international legitimacy at {GOOD_LEGITIMACY} or more.
        </li>
        <li>
          <strong>Fragile containment</strong>: those at {CONTAINMENT_SHARE}% or less, the ladder at
          “{LADDER_RUNGS[CALM_RUNG]}” or lower, public pressure below {CONTAINED_PRESSURE} and
          legitimacy at {GOOD_LEGITIMACY} or more.
        </li>
        <li>
          <strong>Forever frontier</strong>: anything else — a border that never explodes and never
          calms.
        </li>
      </ul>
      <p>
        The <em>Objectives</em> tab shows every condition with the figures as they stand this week.
        Force restores deterrence for a while but feeds the cycle; restraint alone lets pressure
        build. The cost is counted on both sides of the line.
      </p>
      <h3>Keyboard</h3>
      <p>
        Tab moves through the panels and the places on the map; Enter chooses. The first two stops
        of the game, “Skip to decisions” and “Skip to map”, jump straight there. Escape closes a
        dialog, and cancels choosing a target; either way the focus goes back to where it was. The
        Table tab lists every district's state in text.
      </p>
      <h3>Words</h3>
      <p>
        TTP, JuA, CTD, PoR, the apex committee: the names and terms of the crisis are explained in
        the glossary, and marked where they first appear in the briefing and the report.
      </p>
      <button
        type="button"
        class="button button--small"
        onClick={() => openDialog({ kind: 'glossary' })}
      >
        Glossary
      </button>
    </Dialog>
  );
}

/** An article as a claim names it: its title, or what it is about when it has none. */
function articleName(article: Article): string {
  const name = article.title ? `“${article.title}”` : `the article on ${article.subject}`;
  const by = [article.author, article.outlet].filter((part) => part !== null).join(', ');
  return by ? `${name} (${by})` : name;
}

function ClaimItem(props: { id: ClaimId; usedBy: string[] }) {
  const claim = CLAIMS[props.id];
  return (
    <li class="claim">
      <p class="claim__text">{claim.assumption}</p>
      <p class="claim__meta">
        <span class={`badge badge--${claim.confidence}`}>{claim.confidence}</span>{' '}
        {claim.from
          .map((source) =>
            source === 'domain' ? 'the project’s domain notes' : articleName(ARTICLES[source]),
          )
          .join('; ')}
      </p>
      {props.usedBy.length > 0 && <p class="claim__used">Used by: {props.usedBy.join(', ')}.</p>}
    </li>
  );
}

/** The articles and every assumption with the mechanics that use it (the Sources page and the guide). */
export function SourcesContent(props: { headingLevel?: 'h3' | 'h4' }) {
  const Heading = props.headingLevel ?? 'h3';
  const usedBy = new Map<ClaimId, string[]>();
  const add = (ids: readonly ClaimId[], label: string) => {
    for (const id of ids) usedBy.set(id, [...(usedBy.get(id) ?? []), label]);
  };
  for (const response of RESPONSES) add(response.sources, response.title);
  for (const doctrine of DOCTRINES)
    for (const rule of doctrine.rules)
      add(rule.sources, `${actorName(doctrine.actor)}: “${EN.ruleTitle(doctrine.actor, rule.id)}”`);
  for (const event of EVENTS) add(event.sources, `event “${event.title}”`);
  for (const mechanism of MECHANISMS) add(mechanism.sources, mechanism.title);
  return (
    <>
      <p>
        Every mechanic in the game rests on an assumption drawn from five articles about the crisis
        or from documented facts. The game takes their facts and arguments, never their words.
        Claims marked <em>contested</em> are disputed between the parties; <em>argument</em> marks
        an article's reasoning rather than an established fact. The game is neutral: it endorses no
        actor.
      </p>
      <Heading>The articles</Heading>
      <ul class="articles">
        {Object.values(ARTICLES).map((article) => (
          <li key={article.subject}>
            <strong>
              {article.title ? `“${article.title}”` : `An untitled article on ${article.subject}`}
            </strong>
            {article.author ? `, by ${article.author}` : ''}
            {' — '}
            {article.outlet ?? 'outlet not named in the copy the game drew on'}
            {article.title ? `: ${article.subject}.` : '.'}
          </li>
        ))}
      </ul>
      <Heading>The assumptions</Heading>
      <ul class="claims">
        {(Object.keys(CLAIMS) as ClaimId[]).map((id) => (
          <ClaimItem key={id} id={id} usedBy={usedBy.get(id) ?? []} />
        ))}
      </ul>
    </>
  );
}

export function SourcesPage() {
  return (
    <Dialog title="Sources and assumptions" onClose={closeDialog} wide>
      <SourcesContent />
    </Dialog>
  );
}
