/**
 * Asked before another game takes the place of one whose autosave failed (full or refused
 * storage): what was not kept, a way to keep the whole game as a file first, and the choice —
 * open the other game, or keep this one. Opened by replaceGameInPlay (store/actions/game.ts).
 */
import { useRef, useState } from 'preact/hooks';
import { SCENARIOS } from '../engine';
import { exportGame } from '../store/actions';
import { Dialog } from './dialog';
import { StatusLine, type Status } from './row-controls';
import { downloadText, suggestedName } from './saved-games';
import { useStore } from './use-store';
import { useWords } from './use-words';
import './saves-dialog.css';

export function ReplaceUnsavedDialog(props: { open: () => void; keep: () => void }) {
  const session = useStore((s) => s.session);
  const problem = useStore((s) => s.autosaveProblem);
  const [status, setStatus] = useState<Status>(null);
  const body = useRef<HTMLDivElement>(null);
  const { ui, format } = useWords();
  const words = ui.notices.replaceUnsaved;
  if (!session) return null;
  const info = SCENARIOS[session.options.scenario];
  const label = session.state.ending
    ? words.ended(info.title, session.state.ending.week, format)
    : words.playing(
        info.title,
        Math.min(session.weeks.length + 1, info.weeks),
        info.weeks,
        format,
      );
  const exportThis = () => {
    const file = exportGame(suggestedName(session.state));
    if (!file.ok) return setStatus({ kind: 'problem', text: file.error });
    downloadText(file.value.fileName, file.value.text, body.current);
    setStatus({
      kind: 'done',
      text: words.exported(file.value.fileName),
    });
  };
  return (
    <Dialog title={words.title} onClose={props.keep}>
      <div class="saves" ref={body}>
        <p>{problem}</p>
        <p>{words.lost(label)}</p>
        <StatusLine status={status} />
        <div class="saves__row">
          <button type="button" class="button button--primary" onClick={exportThis}>
            {words.export}
          </button>
          <button type="button" class="button" onClick={props.open}>
            {words.open}
          </button>
          <button type="button" class="button button--quiet" onClick={props.keep}>
            {words.keep}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
