/**
 * Predict and justify, in a classroom game: before "End week" the student writes one line on why
 * and picks one reaction they expect with a confidence; after the week, the report says whether
 * it came true (checked against the engine's report, in classroom/predictions.ts).
 */
import { PREDICTIONS, cameTrue, predictionsFor } from '../classroom/predictions';
import type { WeekRecord, WeekReport } from '../engine';
import {
  MAX_CONFIDENCE,
  MAX_JUSTIFICATION_CHARS,
  MIN_CONFIDENCE,
  isPredictionId,
  type ClassroomRecord,
} from '../model/classroom';
import { updateClassroomDraft } from '../store/actions';
import { sessionLesson } from '../store/selectors';
import { useStore } from './use-store';

const DEFAULT_CONFIDENCE = 70;

export function PredictAndJustify(props: { week: number }) {
  const draft = useStore((s) => s.classroomDraft);
  const required = useStore((s) => sessionLesson(s)?.predictionsRequired ?? false);
  const confidence = draft.prediction?.confidence ?? DEFAULT_CONFIDENCE;
  const choices = predictionsFor(props.week);
  return (
    <fieldset class="predict" aria-describedby="predict-hint">
      <legend class="decisions__subtitle">
        Predict and justify{required ? ' (required)' : ' (optional)'}
      </legend>
      <p id="predict-hint" class="muted predict__hint">
        {required
          ? 'This lesson asks for both before the week can end.'
          : 'Both are kept in your save and scored in the debrief.'}
      </p>
      <label class="predict__field">
        <span>Justification</span>
        <input
          type="text"
          value={draft.justification ?? ''}
          maxLength={MAX_JUSTIFICATION_CHARS}
          placeholder="One line: why these decisions?"
          required={required}
          onInput={(event) => updateClassroomDraft({ justification: event.currentTarget.value })}
        />
      </label>
      <label class="predict__field">
        <span>Prediction</span>
        <select
          value={draft.prediction?.id ?? ''}
          required={required}
          onChange={(event) => {
            const id = event.currentTarget.value;
            updateClassroomDraft({
              prediction: isPredictionId(id) ? { id, confidence } : undefined,
            });
          }}
        >
          <option value="">This week I expect…</option>
          {choices.map((id) => (
            <option key={id} value={id}>
              {PREDICTIONS[id].label}
            </option>
          ))}
        </select>
      </label>
      {/* Not one <label> around both: an <output> inside it would take the label's name. */}
      <div class="predict__field predict__field--confidence">
        <span>
          <label for="predict-confidence">Confidence</label>{' '}
          <output class="predict__confidence" for="predict-confidence">
            {confidence}%
          </output>
        </span>
        <input
          id="predict-confidence"
          type="range"
          min={MIN_CONFIDENCE}
          max={MAX_CONFIDENCE}
          step={5}
          value={confidence}
          disabled={!draft.prediction}
          aria-valuetext={`${confidence}%`}
          onInput={(event) => {
            const prediction = draft.prediction;
            if (prediction)
              updateClassroomDraft({
                prediction: { ...prediction, confidence: Number(event.currentTarget.value) },
              });
          }}
        />
      </div>
    </fieldset>
  );
}

/** "You predicted … (70%): it came true." for the week a report is of, if a prediction was made. */
export function PredictionResult(props: {
  report: WeekReport;
  history: readonly WeekRecord[];
  classroom: ClassroomRecord | undefined;
}) {
  const entry = props.classroom?.weeks.find((w) => w.week === props.report.week);
  if (!entry?.prediction && !entry?.justification) return null;
  const prediction = entry.prediction;
  const happened =
    prediction && cameTrue(prediction, { report: props.report, history: props.history });
  return (
    <div class="prediction-result">
      {entry.justification && (
        <p>
          <strong>Your reason:</strong> <bdi>{entry.justification}</bdi>
        </p>
      )}
      {prediction && (
        <p class={happened ? 'prediction-result--hit' : 'prediction-result--miss'}>
          <strong>Your prediction:</strong> {PREDICTIONS[prediction.id].label} (
          {prediction.confidence}%) — {happened ? 'it came true.' : 'it did not happen.'}
        </p>
      )}
    </div>
  );
}
