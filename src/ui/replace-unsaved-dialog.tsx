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
import './saves-dialog.css';

export function ReplaceUnsavedDialog(props: { open: () => void; keep: () => void }) {
  const session = useStore((s) => s.session);
  const problem = useStore((s) => s.autosaveProblem);
  const [status, setStatus] = useState<Status>(null);
  const body = useRef<HTMLDivElement>(null);
  if (!session) return null;
  const info = SCENARIOS[session.options.scenario];
  const label = session.state.ending
    ? `${info.title}, ended in week ${session.state.ending.week}`
    : `${info.title}, week ${Math.min(session.weeks.length + 1, info.weeks)} of ${info.weeks}`;
  const exportThis = () => {
    const file = exportGame(suggestedName(session.state));
    if (!file.ok) return setStatus({ kind: 'problem', text: file.error });
    downloadText(file.value.fileName, file.value.text, body.current);
    setStatus({
      kind: 'done',
      text: `Exported as ${file.value.fileName}: Import file in Saves opens it again, every week of it.`,
    });
  };
  return (
    <Dialog title="This game is not fully autosaved" onClose={props.keep}>
      <div class="saves" ref={body}>
        <p>{problem}</p>
        <p>
          If another game opens now, whatever of “{label}” the autosave did not keep is lost. Export
          it as a file first to keep all of it.
        </p>
        <StatusLine status={status} />
        <div class="saves__row">
          <button type="button" class="button button--primary" onClick={exportThis}>
            Export this game
          </button>
          <button type="button" class="button" onClick={props.open}>
            Open the other game
          </button>
          <button type="button" class="button button--quiet" onClick={props.keep}>
            Keep this game
          </button>
        </div>
      </div>
    </Dialog>
  );
}
