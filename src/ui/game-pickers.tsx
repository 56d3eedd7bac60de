/**
 * The scenario and the difficulty of a game, chosen by radio buttons: the title's new game shows
 * each as a card (a scenario with its setting, a difficulty with what it means), the lesson
 * builder the same scenario cards without the setting and the difficulties as a short list.
 */
import {
  DIFFICULTIES,
  DIFFICULTY,
  SCENARIOS,
  SCENARIO_IDS,
  type Difficulty,
  type ScenarioId,
} from '../engine';
import { FieldRow } from './field-row';

/** One option of a radio group: checked when it is the group's value. */
function Radio<Value extends string>(props: {
  name: string;
  value: Value;
  chosen: Value;
  onChange: (value: Value) => void;
}) {
  return (
    <input
      type="radio"
      name={props.name}
      value={props.value}
      checked={props.chosen === props.value}
      onChange={() => props.onChange(props.value)}
    />
  );
}

export function ScenarioPicker(props: {
  /** The radio group's name (unique on the page). */
  name: string;
  value: ScenarioId;
  onChange: (scenario: ScenarioId) => void;
  /** Each card also tells the scenario's setting. */
  withSetting?: boolean;
}) {
  return (
    <fieldset class="scenarios">
      <legend>Scenario</legend>
      {SCENARIO_IDS.map((id) => {
        const info = SCENARIOS[id];
        return (
          <label key={id} class={`scenario-card${props.value === id ? ' is-selected' : ''}`}>
            <Radio name={props.name} value={id} chosen={props.value} onChange={props.onChange} />
            <span class="scenario-card__title">{info.title}</span>
            <span class="scenario-card__meta">
              {info.date} · {info.weeks} weeks
            </span>
            {props.withSetting && <span class="scenario-card__setting">{info.setting}</span>}
          </label>
        );
      })}
    </fieldset>
  );
}

export function DifficultyPicker(props: {
  name: string;
  value: Difficulty;
  onChange: (difficulty: Difficulty) => void;
  /** A short list of names (beside the lesson's other choices) instead of described cards. */
  compact?: boolean;
}) {
  const radio = (id: Difficulty) => (
    <Radio name={props.name} value={id} chosen={props.value} onChange={props.onChange} />
  );
  if (props.compact)
    return (
      <fieldset class="lesson-builder__choice">
        <legend>Difficulty</legend>
        {DIFFICULTIES.map((id) => (
          <FieldRow key={id} choice label={DIFFICULTY[id].title}>
            {radio(id)}
          </FieldRow>
        ))}
      </fieldset>
    );
  return (
    <fieldset class="difficulties">
      <legend>Difficulty</legend>
      {DIFFICULTIES.map((id) => (
        <label key={id} class={`difficulty${props.value === id ? ' is-selected' : ''}`}>
          {radio(id)}
          <span class="difficulty__title">{DIFFICULTY[id].title}</span>
          <span class="difficulty__text">{DIFFICULTY[id].description}</span>
        </label>
      ))}
    </fieldset>
  );
}
