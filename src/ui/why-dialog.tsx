/** The "Why?" card: an actor's reaction explained from its doctrine trace, with its sources. */
import { CLAIMS, DOCTRINES, type ActorId, type WeekReport } from '../engine';
import { closeDialog } from '../store/actions';
import { EN } from '../text';
import { Dialog } from './dialog';
import './why-dialog.css';

export function WhyDialog(props: { report: WeekReport; actor: ActorId }) {
  const trace = props.report.traces.find((t) => t.actor === props.actor);
  if (!trace) return null;
  const explanation = EN.why(trace);
  const rule = DOCTRINES.find((d) => d.actor === props.actor)?.rules.find(
    (r) => r.id === trace.fired,
  );
  return (
    <Dialog title={`Why? ${explanation.headline}`} onClose={closeDialog}>
      <p class="why__week">Week {props.report.week}</p>
      <p class="why__outcome">{explanation.outcome}</p>
      <h3>Because</h3>
      <ul class="why__because">
        {explanation.because.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {explanation.dice && <p class="why__dice">Chance: it {explanation.dice}.</p>}
      {explanation.passedOver.length > 0 && (
        <>
          <h3>Rules it checked first</h3>
          <ul class="why__passed">
            {explanation.passedOver.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {rule && (
        <>
          <h3>The assumption behind this rule</h3>
          <ul class="why__sources">
            {rule.sources.map((id) => (
              <li key={id}>{CLAIMS[id].assumption}</li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
