/**
 * Saves: the current game kept in a named slot, exported as a file or shared as a link; the saved
 * slots loaded, overwritten, renamed or deleted (after a second, explicit confirmation); a file
 * imported back. Opened from the game's menu (everything) or the title screen (load and import).
 * Every name shown comes from storage or a file and is rendered as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Result } from '../engine';
import type { CheckedSave } from '../persistence/save-format';
import type { SlotSummary } from '../persistence/slots';
import { firstCharacters, withoutDirectionControls } from '../model/text-checks';
import {
  MAX_SLOT_NAME,
  closeDialog,
  deleteSaveSlot,
  exportGame,
  exportSaveSlot,
  keepImportedSave,
  listSaveSlots,
  loadSaveSlot,
  openCheckedSave,
  openCompare,
  openCurrentReplay,
  readSaveFile,
  renameSaveSlot,
  replaySaveSlot,
  saveGameOverSlot,
  saveGameToNewSlot,
  shareGameLink,
  type SaveDownload,
} from '../store/actions';
import { Dialog } from './dialog';
import { ImportFileButton } from './import-file-button';
import { PlayerName } from './player-name';
import { describeGame, describeWhen, downloadText, suggestedName } from './saved-games';
import { useStore } from './use-store';

type Status = { kind: 'done' | 'problem'; text: string } | null;
/** A row being renamed or confirmed, with the slot's stamp as it was when the row opened. */
type RowMode = { id: string; stamp: string; mode: 'rename' | 'delete' | 'overwrite' } | null;

/** One of a slot's buttons, described by the slot's name for screen readers. */
function SlotAction(props: {
  label: string;
  describedBy: string;
  onClick: () => void;
  quiet?: boolean;
  action?: string;
}) {
  return (
    <button
      type="button"
      class={props.quiet ? 'button button--quiet button--small' : 'button button--small'}
      aria-describedby={props.describedBy}
      data-action={props.action}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}
/** A name inside a status message: no direction overrides (the status is plain text). */
const plain = withoutDirectionControls;

function SlotRow(props: {
  slot: SlotSummary;
  mode: RowMode;
  inGame: boolean;
  onMode: (mode: RowMode) => void;
  onLoad: () => void;
  onReplay: () => void;
  onOverwrite: () => void;
  onRename: (name: string) => void;
  onExport: () => void;
  onDelete: () => void;
}) {
  const { slot } = props;
  const mode = props.mode?.id === slot.id ? props.mode.mode : null;
  const nameId = `${slot.id}-name`;
  const [draft, setDraft] = useState(slot.name);
  const input = useRef<HTMLInputElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (mode === 'rename') {
      setDraft(slot.name);
      input.current?.focus();
      input.current?.select();
    } else if (mode) cancel.current?.focus();
  }, [mode]);
  const when = describeWhen(slot.createdAt);
  return (
    <li class={`slot${mode ? ' is-active' : ''}`}>
      {mode === 'rename' ? (
        <form
          class="slot__rename"
          onSubmit={(event) => {
            event.preventDefault();
            props.onRename(draft);
          }}
        >
          <label class="slot__label" for={`${nameId}-input`}>
            New name for “<PlayerName text={slot.name} />”
          </label>
          <div class="slot__rename-row">
            <input
              ref={input}
              id={`${nameId}-input`}
              class="text-input"
              type="text"
              maxLength={MAX_SLOT_NAME * 2}
              value={draft}
              onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  // Closes the rename, not the whole dialog.
                  event.preventDefault();
                  event.stopPropagation();
                  props.onMode(null);
                }
              }}
            />
            <button type="submit" class="button button--primary button--small">
              Save name
            </button>
            <button
              type="button"
              class="button button--quiet button--small"
              onClick={() => props.onMode(null)}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="slot__info">
          <PlayerName class="slot__name" id={nameId} text={slot.name} />
          <span class="slot__meta">
            {describeGame(slot.scenario, slot.weeksPlayed, slot.difficulty)}
            {when && ` · ${when}`}
          </span>
        </div>
      )}
      {mode === 'delete' || mode === 'overwrite' ? (
        <div class="slot__confirm" role="group" aria-labelledby={`${nameId}-question`}>
          <p class="slot__question" id={`${nameId}-question`}>
            {mode === 'delete' ? (
              <>
                Delete “<PlayerName text={slot.name} />” for good? This cannot be undone.
              </>
            ) : (
              <>
                Replace “<PlayerName text={slot.name} />” with the game you are playing now?
              </>
            )}
          </p>
          <div class="slot__actions">
            <button
              type="button"
              class="button button--danger button--small"
              onClick={mode === 'delete' ? props.onDelete : props.onOverwrite}
            >
              {mode === 'delete' ? 'Confirm delete' : 'Confirm overwrite'}
            </button>
            <button
              ref={cancel}
              type="button"
              class="button button--quiet button--small"
              onClick={() => props.onMode(null)}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        mode === null && (
          <div class="slot__actions">
            <SlotAction label="Load" describedBy={nameId} onClick={props.onLoad} />
            {props.inGame && (
              <SlotAction
                label="Overwrite"
                describedBy={nameId}
                action={`overwrite-${slot.id}`}
                onClick={() => props.onMode({ id: slot.id, stamp: slot.stamp, mode: 'overwrite' })}
              />
            )}
            <SlotAction label="Replay" describedBy={nameId} onClick={props.onReplay} />
            <SlotAction
              label="Rename"
              quiet
              describedBy={nameId}
              action={`rename-${slot.id}`}
              onClick={() => props.onMode({ id: slot.id, stamp: slot.stamp, mode: 'rename' })}
            />
            <SlotAction label="Export" quiet describedBy={nameId} onClick={props.onExport} />
            <SlotAction
              label="Delete"
              quiet
              describedBy={nameId}
              action={`delete-${slot.id}`}
              onClick={() => props.onMode({ id: slot.id, stamp: slot.stamp, mode: 'delete' })}
            />
          </div>
        )
      )}
    </li>
  );
}

export function SavesDialog() {
  const session = useStore((s) => (s.screen.kind === 'game' ? s.session : null));
  const storageChanges = useStore((s) => s.storageChanges);
  const [slots, setSlots] = useState<Result<SlotSummary[], string>>(() => listSaveSlots());
  const [status, setStatus] = useState<Status>(null);
  const [mode, setMode] = useState<RowMode>(null);
  const [name, setName] = useState(() => (session ? suggestedName(session.state) : ''));
  const [imported, setImported] = useState<CheckedSave | null>(null);
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const done = (text: string) => setStatus({ kind: 'done', text });
  const problem = (text: string) => setStatus({ kind: 'problem', text });
  /** Applies a slot operation's result: the new list, or the reason nothing changed. */
  const apply = (result: Result<SlotSummary[], string>, success: string): boolean => {
    if (!result.ok) {
      problem(result.error);
      const fresh = listSaveSlots();
      setSlots(fresh);
      // A row opened on a version of its slot that is no longer there closes: the list shows
      // the slot as it now is, and the player decides again.
      const still =
        fresh.ok && fresh.value.some((s) => s.id === mode?.id && s.stamp === mode.stamp);
      if (mode && !still) setMode(null);
      return false;
    }
    setSlots(result);
    setMode(null);
    done(success);
    return true;
  };

  const saveNew = () => {
    if (!session) return;
    const chosen = firstCharacters(name.trim() || suggestedName(session.state), MAX_SLOT_NAME);
    apply(saveGameToNewSlot(chosen), `Saved “${plain(chosen)}”.`);
  };

  const load = (slot: SlotSummary) => {
    const opened = loadSaveSlot(slot);
    if (!opened.ok) problem(opened.error);
  };

  const replay = (slot: SlotSummary) => {
    const opened = replaySaveSlot(slot);
    if (!opened.ok) problem(opened.error);
  };

  const offer = (file: Result<SaveDownload, string>) => {
    if (!file.ok) return problem(file.error);
    downloadText(file.value.fileName, file.value.text, body.current);
    done(`Exported “${plain(file.value.name)}” as ${file.value.fileName}.`);
  };

  const copyLink = async () => {
    if (!session) return;
    const hash = shareGameLink(name.trim() || suggestedName(session.state));
    if (!hash.ok) return problem(hash.error);
    const url = `${location.origin}${location.pathname}${hash.value}`;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    setLink({ url, copied });
    if (copied) done('Link copied. Whoever opens it plays on from this week.');
    else problem('The browser did not let the game copy the link: select it below and copy it.');
  };

  const importFile = async (file: File) => {
    setImported(null);
    const save = await readSaveFile(file, 'cannot be imported');
    if (!save.ok) return problem(save.error);
    setImported(save.value);
    done(
      `“${plain(save.value.save.meta.name || file.name)}” is ready: load it or keep it in a slot.`,
    );
  };

  useEffect(() => {
    if (status) statusRef.current?.scrollIntoView({ block: 'nearest' });
  }, [status]);
  // Another tab saved, renamed or deleted a game: show the list as it now is. A row being
  // confirmed stays open; its action checks the slot is still as shown before it writes. A row
  // whose slot was deleted closes, and says so.
  useEffect(() => {
    if (storageChanges === 0) return;
    const fresh = listSaveSlots();
    setSlots(fresh);
    const open = mode && slots.ok ? slots.value.find((s) => s.id === mode.id) : undefined;
    if (open && fresh.ok && !fresh.value.some((s) => s.id === open.id)) {
      setMode(null);
      problem(`“${plain(open.name)}” was deleted in another tab.`);
    }
  }, [storageChanges]);
  useEffect(() => {
    if (link && !link.copied) linkField.current?.select();
  }, [link]);

  const list = slots.ok ? slots.value : [];
  /**
   * The slot as the player saw it when they opened its rename or confirmation: if another tab
   * changed it since (the list refreshed under the open row), the write is refused, not redirected.
   */
  const seen = (slot: SlotSummary): SlotSummary =>
    mode?.id === slot.id ? { ...slot, stamp: mode.stamp } : slot;
  return (
    <Dialog title="Saves" onClose={closeDialog} wide>
      <div class="saves" ref={body}>
        {status?.kind === 'problem' ? (
          <p ref={statusRef} class="notice" role="alert">
            {status.text}
          </p>
        ) : (
          <p
            ref={statusRef}
            class={`notice saves__status${status ? '' : ' is-empty'}`}
            role="status"
          >
            {status?.text ?? ''}
          </p>
        )}

        {session && (
          <section class="saves__section" aria-labelledby="saves-current">
            <h3 id="saves-current">This game</h3>
            <form
              class="saves__new"
              onSubmit={(event) => {
                event.preventDefault();
                saveNew();
              }}
            >
              <label class="slot__label" for="saves-name">
                Name
              </label>
              <div class="saves__new-row">
                <input
                  id="saves-name"
                  class="text-input"
                  type="text"
                  maxLength={MAX_SLOT_NAME * 2}
                  value={name}
                  onInput={(event) => setName((event.target as HTMLInputElement).value)}
                />
                <button type="submit" class="button button--primary">
                  Save to a new slot
                </button>
              </div>
            </form>
            <p class="muted saves__hint">
              A save keeps every finished week: loading it starts{' '}
              {session.state.ending ? 'at the ending' : `week ${session.state.week}`} afresh.
            </p>
            <div class="saves__row">
              <button
                type="button"
                class="button button--small"
                onClick={() => offer(exportGame(name.trim() || suggestedName(session.state)))}
              >
                Export file
              </button>
              <button type="button" class="button button--small" onClick={() => void copyLink()}>
                Copy link
              </button>
              <button
                type="button"
                class="button button--small"
                onClick={() => {
                  const opened = openCurrentReplay(name.trim() || suggestedName(session.state));
                  if (!opened.ok) problem(opened.error);
                }}
              >
                Replay this game
              </button>
            </div>
            {link && (
              <div class="saves__link">
                <label class="slot__label" for="saves-link">
                  Share link
                </label>
                <input
                  ref={linkField}
                  id="saves-link"
                  class="text-input text-input--mono"
                  type="text"
                  readOnly
                  value={link.url}
                  onFocus={(event) => (event.target as HTMLInputElement).select()}
                />
              </div>
            )}
          </section>
        )}

        <section class="saves__section" aria-labelledby="saves-slots">
          <h3 id="saves-slots" ref={listHeading} tabIndex={-1}>
            Saved games
          </h3>
          {!slots.ok ? (
            <p class="notice">{slots.error}</p>
          ) : list.length === 0 ? (
            <p class="muted">
              {session
                ? 'No saved games yet. Save this one above to come back to it later.'
                : 'No saved games yet. Choose “Save game” in a game’s menu, or import a file.'}
            </p>
          ) : (
            <ul class="slots">
              {list.map((slot) => (
                <SlotRow
                  key={slot.id}
                  slot={slot}
                  mode={mode}
                  inGame={session !== null}
                  onMode={(next) => {
                    const previous = mode;
                    setMode(next);
                    if (!next && previous)
                      requestAnimationFrame(() =>
                        body.current
                          ?.querySelector<HTMLButtonElement>(
                            `[data-action="${previous.mode}-${previous.id}"]`,
                          )
                          ?.focus(),
                      );
                  }}
                  onLoad={() => load(slot)}
                  onReplay={() => replay(slot)}
                  onOverwrite={() => {
                    if (!session) return;
                    if (apply(saveGameOverSlot(seen(slot)), `Saved over “${plain(slot.name)}”.`))
                      listHeading.current?.focus();
                  }}
                  onRename={(next) => {
                    if (
                      apply(renameSaveSlot(seen(slot), next), `Renamed to “${plain(next.trim())}”.`)
                    )
                      requestAnimationFrame(() =>
                        body.current
                          ?.querySelector<HTMLButtonElement>(`[data-action="rename-${slot.id}"]`)
                          ?.focus(),
                      );
                  }}
                  onExport={() => offer(exportSaveSlot(slot))}
                  onDelete={() => {
                    if (apply(deleteSaveSlot(seen(slot)), `Deleted “${plain(slot.name)}”.`))
                      listHeading.current?.focus();
                  }}
                />
              ))}
            </ul>
          )}
          <div class="saves__row">
            <button
              type="button"
              class="button button--small"
              aria-describedby="saves-compare-hint"
              onClick={() => openCompare()}
            >
              Compare…
            </button>
            <p id="saves-compare-hint" class="muted saves__hint">
              Two games side by side: a game and its branch, any saved games or files.
            </p>
          </div>
        </section>

        <section class="saves__section" aria-labelledby="saves-import">
          <h3 id="saves-import">From a file</h3>
          {imported ? (
            <div class="saves__imported">
              <p class="slot__info">
                <PlayerName class="slot__name" text={imported.save.meta.name || 'Unnamed save'} />
                <span class="slot__meta">
                  {describeGame(
                    imported.save.game.scenario,
                    imported.save.weeks.length,
                    imported.save.game.difficulty,
                  )}
                </span>
              </p>
              <div class="slot__actions">
                <button
                  type="button"
                  class="button button--primary button--small"
                  onClick={() => openCheckedSave(imported)}
                >
                  Load
                </button>
                <button
                  type="button"
                  class="button button--small"
                  onClick={() => {
                    const kept = imported.save.meta.name.trim() || 'Imported game';
                    if (apply(keepImportedSave(imported), `Kept “${plain(kept)}” in a slot.`))
                      setImported(null);
                  }}
                >
                  Keep in a slot
                </button>
                <button
                  type="button"
                  class="button button--quiet button--small"
                  onClick={() => setImported(null)}
                >
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <p class="muted saves__hint">
              Open a <code>.json</code> save exported from Frontier Crisis. It is checked week by
              week before anything is loaded or kept.
            </p>
          )}
          <div class="saves__row">
            <ImportFileButton onFile={(file) => void importFile(file)} />
          </div>
        </section>
      </div>
    </Dialog>
  );
}
