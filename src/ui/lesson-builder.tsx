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
  return (
    <article class="lesson-sheet" aria-labelledby="lesson-sheet-title">
      <header class="lesson-sheet__head">
        <div>
          <h2 id="lesson-sheet-title" class="lesson-sheet__title">
            Frontier Crisis lesson: {scenario.title}
          </h2>
          <p class="lesson-sheet__facts">
            {weeks} weeks · {DIFFICULTY[lesson.difficulty].title} ·{' '}
            {lesson.predictionsRequired ? 'predictions required' : 'predictions optional'} ·{' '}
            {lesson.adviceAllowed ? 'advisors’ advice allowed' : 'no “Take advice”'}
          </p>
          <p class="lesson-sheet__code-line">
            Class code <strong class="class-code">{code}</strong>
          </p>
          <p class="lesson-sheet__link">
            Or open <span class="lesson-sheet__url">{link}</span>
          </p>
        </div>
        <QrCode text={link} label={`QR code of the lesson link for class code ${code}`} />
      </header>
      <h3>How students join</h3>
      <ol>
        <li>Open the game, choose “Class code” and type the code above (or scan the QR code).</li>
        <li>Add a display name if you like: it stays in your browser and your save file.</li>
        <li>
          Everyone faces the same crisis: the same events follow the same decisions, so differences
          come from choices.
        </li>
      </ol>
      <h3>A 45-minute plan</h3>
      <ol>
        <li>5 min — read the situation together; agree what success would look like.</li>
        <li>
          25 min — play {weeks} weeks. Each week, write one line on why, and predict one reaction
          with a confidence.
        </li>
        <li>
          15 min — open the Debrief: compare endings, turning points and predictions; paste the
          result code into the class form.
        </li>
      </ol>
      <h3>Questions for the discussion</h3>
      <ul>
        <li>Which week changed the course of your crisis, and could you have seen it coming?</li>
        <li>Which predictions came true? Were you over- or under-confident?</li>
        <li>Who paid the price of your decisions, on both sides of the border?</li>
        <li>What would you do differently at your turning point, and what would it cost?</li>
      </ul>
      <p class="lesson-sheet__note">
        This is a model of a real, ongoing conflict with real victims: discuss choices and their
        costs, not people or peoples.
      </p>
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

  if (made) {
    const code = encodeLesson(made);
    const link = lessonLink(location.href, code);
    return (
      <section class="lesson" aria-labelledby="lesson-title">
        <h2 id="lesson-title" class="lesson__title">
          Your class code
        </h2>
        <p class="lesson__code">
          <strong class="class-code class-code--large">{code}</strong>
        </p>
        <div class="lesson__share">
          <QrCode
            text={link}
            label={`QR code of the lesson link for class code ${code}`}
            class="qr-code qr-code--large"
          />
          <div class="lesson__share-text">
            <p>
              Students choose <strong>Class code</strong> on the title screen and type it, or open
              the lesson link:
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
                    () => setCopied('The lesson link is copied.'),
                    () => setCopied('The link could not be copied: select it and copy it by hand.'),
                  );
                }}
              >
                Copy lesson link
              </button>
              <button type="button" class="button" onClick={() => window.print()}>
                Print lesson sheet
              </button>
              <button
                type="button"
                class="button"
                onClick={() => {
                  startLesson(code);
                }}
              >
                Play this lesson
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
            Change the lesson
          </button>
          <button type="button" class="button button--quiet" onClick={props.onBack}>
            Back
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
        Teach a class
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
          <legend>Lesson length</legend>
          <FieldRow choice label={`Class length: ${CLASS_WEEKS} weeks, graded on those weeks`}>
            <input
              type="radio"
              name="lesson-length"
              value="class"
              checked={length === 'class'}
              onChange={() => setLength('class')}
            />
          </FieldRow>
          <FieldRow choice label={`The whole scenario: ${SCENARIOS[scenario].weeks} weeks`}>
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
          <legend>Options</legend>
          <FieldRow
            choice
            label="Predictions required (a justification and a prediction every week)"
          >
            <input
              type="checkbox"
              checked={predictionsRequired}
              onChange={(event) => setPredictionsRequired(event.currentTarget.checked)}
            />
          </FieldRow>
          <FieldRow choice label="“Take advice” allowed">
            <input
              type="checkbox"
              checked={adviceAllowed}
              onChange={(event) => setAdviceAllowed(event.currentTarget.checked)}
            />
          </FieldRow>
        </fieldset>
      </div>
      <p class="muted lesson-builder__seed">
        Crisis number {seed}: every student with the code faces this one.{' '}
        <button type="button" class="button button--small" onClick={() => setSeed(freshSeed())}>
          Another crisis
        </button>
      </p>
      <div class="new-game__actions">
        <button type="submit" class="button button--primary">
          Make class code
        </button>
        <button type="button" class="button button--quiet" onClick={props.onBack}>
          Back
        </button>
      </div>
    </form>
  );
}
