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
import { useWords } from './use-words';
import './classroom.css';

export function JoinLesson(props: { code?: string; onBack: () => void }) {
  const [code, setCode] = useState(props.code ?? '');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const words = useWords().ui.lesson.join;
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
        {words.title}
      </h2>
      <FieldRow label={words.code}>
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
        {words.hint(EXAMPLE_CODE)}
      </p>
      <FieldRow label={words.name}>
        <input
          class="text-input"
          name="display-name"
          value={name}
          autocomplete="nickname"
          maxLength={MAX_STUDENT_NAME_CHARS}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </FieldRow>
      <p class="muted join-lesson__hint">{words.nameHint}</p>
      {problem && (
        <p id="join-lesson-problem" class="notice" role="alert">
          {problem}
        </p>
      )}
      <div class="new-game__actions">
        <button type="submit" class="button button--primary">
          {words.join}
        </button>
        <button type="button" class="button button--quiet" onClick={props.onBack}>
          {words.back}
        </button>
      </div>
    </form>
  );
}
