/** Read the situation: intelligence with its confidence, last week's headlines, and five advisors who disagree. */
import { adviceFor, briefingFor } from '../engine';
import { chooseResponse } from '../store/actions';
import { EN } from '../text';
import type { Session } from '../store/game-store';
import { sessionLesson } from '../store/selectors';
import { termMarker } from './glossary';
import { Marked } from './glossary-view';
import { placeName, responseTitle } from './labels';
import { useStore } from './use-store';
import './briefing-panel.css';

export function BriefingPanel(props: { session: Session }) {
  const { state, reports } = props.session;
  const pending = useStore((s) => s.pending);
  // A lesson may ask students to decide without the advisors' ready-made picks.
  const adviceAllowed = useStore((s) => sessionLesson(s)?.adviceAllowed ?? true);
  const briefing = briefingFor(state, reports[reports.length - 1]);
  const advice = adviceFor(state);
  // Each term of the glossary is marked where it first appears in the briefing.
  const mark = termMarker();
  return (
    <section class="panel briefing" aria-labelledby="briefing-title">
      <h2 id="briefing-title" class="panel__title">
        Briefing
      </h2>
      <h3 class="report__subtitle">Intelligence</h3>
      <ul class="intel">
        {briefing.intelligence.map((item) => {
          const text = EN.intelligence(item);
          return (
            <li key={text} class="intel__item">
              <span class={`confidence confidence--${item.confidence}`}>
                {item.confidence} confidence
              </span>{' '}
              <Marked pieces={mark(text)} />
            </li>
          );
        })}
      </ul>
      <h3 class="report__subtitle">Headlines</h3>
      {briefing.headlines.length === 0 ? (
        <p class="muted">The crisis is just beginning: no headlines of yours yet.</p>
      ) : (
        <ul class="headlines">
          {briefing.headlines.map((event) => (
            <li key={event.order}>
              <Marked pieces={mark(EN.event(event.words))} />
            </li>
          ))}
        </ul>
      )}
      <h3 class="report__subtitle">Advisors</h3>
      <ul class="advisors">
        {advice.map((advisor) => (
          <li key={advisor.advisor} class="advisor">
            <h4 class="advisor__title">{EN.advisorTitle(advisor.advisor)}</h4>
            <p class="advisor__stance">
              <Marked pieces={mark(EN.stance(advisor.stance))} />
            </p>
            {advisor.recommendations.length > 0 && (
              <ul class="advisor__recs">
                {advisor.recommendations.map((rec) => {
                  const title = responseTitle(rec.response);
                  const where = rec.target ? ` in ${placeName(rec.target)}` : '';
                  const chosen = pending.some((d) => d.response === rec.response);
                  return (
                    <li key={`${rec.response}-${rec.target ?? ''}`} class="advisor__rec">
                      <span>
                        <strong>
                          {title}
                          {where}
                        </strong>
                        : <Marked pieces={mark(EN.advice(rec.reason))} />
                      </span>
                      {!state.ending && adviceAllowed && (
                        <button
                          type="button"
                          class="button button--small"
                          disabled={chosen}
                          onClick={() => chooseResponse(rec.response, rec.target)}
                        >
                          {chosen ? 'Chosen' : 'Take advice'}
                          <span class="visually-hidden">
                            : {title}
                            {where}
                          </span>
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
