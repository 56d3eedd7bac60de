/**
 * "Teach a class": the teacher picks a scenario, difficulty, lesson length and options, and gets
 * the lesson's class code, its link and QR code, and a one-page lesson sheet to print.
 */
import { useState } from 'preact/hooks';
import { DIFFICULTY, SCENARIOS, type Difficulty, type ScenarioId } from '../engine';
import { encodeLesson, lessonLink, lessonSeed, type Lesson } from '../classroom/lesson-code';
import { CLASS_WEEKS } from '../engine/content/scenarios';
import { startLesson } from '../store/actions';
import { FieldRow } from './field-row';
import { DifficultyPicker, ScenarioPicker } from './game-pickers';
import { QrCode } from './qr-code';
import { Rich } from './rich-text';
import { useWords } from './use-words';
import './classroom.css';

function freshSeed(): number {
  // The page's randomness, never the engine's: a new crisis for each lesson made.
  return lessonSeed(crypto.getRandomValues(new Uint32Array(1))[0] ?? 1);
}

function lessonWeeks(lesson: Lesson): number {
  return lesson.length === 'class' ? CLASS_WEEKS : SCENARIOS[lesson.scenario].weeks;
}

/** The lesson sheet: what the teacher prints (it is the only thing a printout shows). */
function LessonSheet(props: { lesson: Lesson; code: string; link: string }) {
  const { lesson, code, link } = props;
  const scenario = SCENARIOS[lesson.scenario];
  const weeks = lessonWeeks(lesson);
  const { ui, format } = useWords();
  const words = ui.lesson.sheet;
  return (
    <article class="lesson-sheet" aria-labelledby="lesson-sheet-title">
      <header class="lesson-sheet__head">
        <div>
          <h2 id="lesson-sheet-title" class="lesson-sheet__title">
            {words.title(scenario.title)}
          </h2>
          <p class="lesson-sheet__facts">
            {words.facts(
              weeks,
              DIFFICULTY[lesson.difficulty].title,
              lesson.predictionsRequired,
              lesson.adviceAllowed,
              format,
            )}
          </p>
          <p class="lesson-sheet__code-line">
            {words.classCode} <strong class="class-code">{code}</strong>
          </p>
          <p class="lesson-sheet__link">
            {words.orOpen} <span class="lesson-sheet__url">{link}</span>
          </p>
        </div>
        <QrCode text={link} label={ui.lesson.made.qrLabel(code)} />
      </header>
      <h3>{words.howStudentsJoin}</h3>
      <ol>
        {words.joinSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h3>{words.planTitle(format)}</h3>
      <ol>
        {words.plan(weeks, format).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h3>{words.questionsTitle}</h3>
      <ul>
        {words.questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
      <p class="lesson-sheet__note">{words.respect}</p>
    </article>
  );
}

export function LessonBuilder(props: { onBack: () => void }) {
  const [scenario, setScenario] = useState<ScenarioId>('karachi');
  const [difficulty, setDifficulty] = useState<Difficulty>('normal');
  const [length, setLength] = useState<Lesson['length']>('class');
  const [predictionsRequired, setPredictionsRequired] = useState(true);
  const [adviceAllowed, setAdviceAllowed] = useState(true);
  const [seed, setSeed] = useState(freshSeed);
  const [made, setMade] = useState<Lesson | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const { ui, format } = useWords();
  const words = ui.lesson;

  if (made) {
    const code = encodeLesson(made);
    const link = lessonLink(location.href, code);
    return (
      <section class="lesson" aria-labelledby="lesson-title">
        <h2 id="lesson-title" class="lesson__title">
          {words.made.title}
        </h2>
        <p class="lesson__code">
          <strong class="class-code class-code--large">{code}</strong>
        </p>
        <div class="lesson__share">
          <QrCode text={link} label={words.made.qrLabel(code)} class="qr-code qr-code--large" />
          <div class="lesson__share-text">
            <p>
              <Rich text={words.made.howToJoin} />
            </p>
            <p class="lesson__link">
              <a href={link}>{link}</a>
            </p>
            <div class="lesson__actions">
              <button
                type="button"
                class="button"
                onClick={() => {
                  void navigator.clipboard?.writeText(link).then(
                    () => setCopied(words.made.copied),
                    () => setCopied(words.made.notCopied),
                  );
                }}
              >
                {words.made.copy}
              </button>
              <button type="button" class="button" onClick={() => window.print()}>
                {words.made.print}
              </button>
              <button
                type="button"
                class="button"
                onClick={() => {
                  startLesson(code);
                }}
              >
                {words.made.play}
              </button>
            </div>
            <p role="status" class="lesson__status">
              {copied}
            </p>
          </div>
        </div>
        <LessonSheet lesson={made} code={code} link={link} />
        <div class="new-game__actions">
          <button type="button" class="button button--quiet" onClick={() => setMade(null)}>
            {words.made.change}
          </button>
          <button type="button" class="button button--quiet" onClick={props.onBack}>
            {words.builder.back}
          </button>
        </div>
      </section>
    );
  }

  return (
    <form
      class="new-game lesson-builder"
      aria-labelledby="lesson-builder-title"
      onSubmit={(event) => {
        event.preventDefault();
        setCopied(null);
        setMade({ scenario, seed, difficulty, length, predictionsRequired, adviceAllowed });
      }}
    >
      <h2 id="lesson-builder-title" class="lesson__title">
        {words.builder.title}
      </h2>
      <ScenarioPicker name="lesson-scenario" value={scenario} onChange={setScenario} />
      <div class="lesson-builder__row">
        <DifficultyPicker
          name="lesson-difficulty"
          value={difficulty}
          onChange={setDifficulty}
          compact
        />
        <fieldset class="lesson-builder__choice">
          <legend>{words.builder.length}</legend>
          <FieldRow choice label={words.builder.classLength(CLASS_WEEKS, format)}>
            <input
              type="radio"
              name="lesson-length"
              value="class"
              checked={length === 'class'}
              onChange={() => setLength('class')}
            />
          </FieldRow>
          <FieldRow choice label={words.builder.wholeScenario(SCENARIOS[scenario].weeks, format)}>
            <input
              type="radio"
              name="lesson-length"
              value="full"
              checked={length === 'full'}
              onChange={() => setLength('full')}
            />
          </FieldRow>
        </fieldset>
        <fieldset class="lesson-builder__choice">
          <legend>{words.builder.options}</legend>
          <FieldRow choice label={words.builder.predictionsRequired}>
            <input
              type="checkbox"
              checked={predictionsRequired}
              onChange={(event) => setPredictionsRequired(event.currentTarget.checked)}
            />
          </FieldRow>
          <FieldRow choice label={words.builder.adviceAllowed}>
            <input
              type="checkbox"
              checked={adviceAllowed}
              onChange={(event) => setAdviceAllowed(event.currentTarget.checked)}
            />
          </FieldRow>
        </fieldset>
      </div>
      <p class="muted lesson-builder__seed">
        {words.builder.crisisNumber(seed, format)}{' '}
        <button type="button" class="button button--small" onClick={() => setSeed(freshSeed())}>
          {words.builder.anotherCrisis}
        </button>
      </p>
      <div class="new-game__actions">
        <button type="submit" class="button button--primary">
          {words.builder.make}
        </button>
        <button type="button" class="button button--quiet" onClick={props.onBack}>
          {words.builder.back}
        </button>
      </div>
    </form>
  );
}
