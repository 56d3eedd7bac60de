/**
 * "Class code": a student types the lesson's code (or arrives by its link, the code filled in)
 * and an optional display name, and plays the lesson's crisis. A mistyped or outdated code is
 * refused with the reason.
 */
import { useState } from 'preact/hooks';
import { EXAMPLE_CODE } from '../classroom/lesson-code';
import { MAX_STUDENT_NAME_CHARS } from '../model/classroom';
import { startLesson } from '../store/actions';
import { FieldRow } from './field-row';
import './classroom.css';

export function JoinLesson(props: { code?: string; onBack: () => void }) {
  const [code, setCode] = useState(props.code ?? '');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      class="join-lesson"
      aria-labelledby="join-lesson-title"
      onSubmit={(event) => {
        event.preventDefault();
        const started = startLesson(code, name);
        setProblem(started.ok ? null : started.error);
      }}
    >
      <h2 id="join-lesson-title" class="lesson__title">
        Join a lesson
      </h2>
      <FieldRow label="Class code">
        <input
          class="text-input join-lesson__code"
          name="class-code"
          value={code}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          placeholder={EXAMPLE_CODE}
          maxLength={40}
          aria-describedby={problem ? 'join-lesson-problem' : 'join-lesson-hint'}
          aria-invalid={problem ? 'true' : undefined}
          onInput={(event) => setCode(event.currentTarget.value)}
        />
      </FieldRow>
      <p id="join-lesson-hint" class="muted join-lesson__hint">
        Your teacher gives it on the board or the lesson sheet, like {EXAMPLE_CODE}.
      </p>
      <FieldRow label="Display name (optional)">
        <input
          class="text-input"
          name="display-name"
          value={name}
          autocomplete="nickname"
          maxLength={MAX_STUDENT_NAME_CHARS}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </FieldRow>
      <p class="muted join-lesson__hint">
        Kept only in this browser and in your save file; no account, nothing sent anywhere.
      </p>
      {problem && (
        <p id="join-lesson-problem" class="notice" role="alert">
          {problem}
        </p>
      )}
      <div class="new-game__actions">
        <button type="submit" class="button button--primary">
          Join the lesson
        </button>
        <button type="button" class="button button--quiet" onClick={props.onBack}>
          Back
        </button>
      </div>
    </form>
  );
}
