/**
 * Saves: the current game kept in a named slot, exported as a file or shared as a link; the saved
 * slots loaded, overwritten, renamed or deleted (after a second, explicit confirmation); the
 * unfinished games (each game's autosave: one set aside for another, or open in another tab)
 * continued or deleted; the finished games, kept automatically, loaded, replayed or deleted; a
 * file imported back. Opened from the game's menu (everything) or the title screen (no current
 * game). Every name shown comes from storage or a file and is rendered as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Result } from '../engine';
import type { CheckedSave } from '../persistence/save-format';
import type { SlotSummary } from '../persistence/slots';
import { firstCharacters, withoutDirectionControls } from '../model/text-checks';
import {
  MAX_FINISHED,
  MAX_SLOTS,
  MAX_SLOT_NAME,
  closeDialog,
  continueUnfinishedGame,
  deleteFinishedGame,
  deleteSaveSlot,
  deleteUnfinishedGame,
  describeUnfinished,
  exportFinishedGame,
  exportGame,
  exportSaveSlot,
  keepImportedSave,
  listFinishedGames,
  listSaveSlots,
  listUnfinishedGames,
  loadFinishedGame,
  loadSaveSlot,
  openCheckedSave,
  openCompare,
  openCurrentReplay,
  readSaveFile,
  renameSaveSlot,
  replayFinishedGame,
  replaySaveSlot,
  saveGameOverSlot,
  saveGameToNewSlot,
  shareGameLink,
  type SaveDownload,
  type UnfinishedEntry,
} from '../store/actions';
import { Dialog } from './dialog';
import { ImportFileButton } from './import-file-button';
import { PlayerName } from './player-name';
import { ConfirmRow, InlineEdit, StatusLine, type Status } from './row-controls';
import {
  describeGame,
  describeSlotUse,
  describeWhen,
  downloadText,
  suggestedName,
} from './saved-games';
import { useStore } from './use-store';
import './saves-dialog.css';

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
  /** Which of the slot's actions are offered (finished games are neither overwritten nor renamed). */
  canOverwrite: boolean;
  canRename: boolean;
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
  const when = describeWhen(slot.createdAt);
  const open = (next: 'rename' | 'delete' | 'overwrite') =>
    props.onMode({ id: slot.id, stamp: slot.stamp, mode: next });
  return (
    <li class={`slot${mode ? ' is-active' : ''}`}>
      {mode === 'rename' ? (
        <InlineEdit
          id={`${nameId}-input`}
          class="slot__rename"
          label={
            <>
              New name for “<PlayerName text={slot.name} />”
            </>
          }
          initial={slot.name}
          maxLength={MAX_SLOT_NAME * 2}
          submitLabel="Save name"
          onSubmit={props.onRename}
          onCancel={() => props.onMode(null)}
        />
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
        <ConfirmRow
          id={nameId}
          question={
            mode === 'delete' ? (
              <>
                Delete “<PlayerName text={slot.name} />” for good? This cannot be undone.
              </>
            ) : (
              <>
                Replace “<PlayerName text={slot.name} />” with the game you are playing now?
              </>
            )
          }
          confirmLabel={mode === 'delete' ? 'Confirm delete' : 'Confirm overwrite'}
          onConfirm={mode === 'delete' ? props.onDelete : props.onOverwrite}
          onCancel={() => props.onMode(null)}
        />
      ) : (
        mode === null && (
          <div class="slot__actions">
            <SlotAction label="Load" describedBy={nameId} onClick={props.onLoad} />
            {props.canOverwrite && (
              <SlotAction
                label="Overwrite"
                describedBy={nameId}
                action={`overwrite-${slot.id}`}
                onClick={() => open('overwrite')}
              />
            )}
            <SlotAction label="Replay" describedBy={nameId} onClick={props.onReplay} />
            {props.canRename && (
              <SlotAction
                label="Rename"
                quiet
                describedBy={nameId}
                action={`rename-${slot.id}`}
                onClick={() => open('rename')}
              />
            )}
            <SlotAction label="Export" quiet describedBy={nameId} onClick={props.onExport} />
            <SlotAction
              label="Delete"
              quiet
              describedBy={nameId}
              action={`delete-${slot.id}`}
              onClick={() => open('delete')}
            />
          </div>
        )
      )}
    </li>
  );
}

/** An autosaved game: Continue (a copy when another tab plays it) or Delete, after confirming. */
function UnfinishedRow(props: {
  entry: UnfinishedEntry;
  confirming: boolean;
  onConfirming: (on: boolean) => void;
  onContinue: () => void;
  onDelete: () => void;
}) {
  const { entry } = props;
  const nameId = `unfinished-${entry.gameId}-name`;
  const when = describeWhen(entry.savedAt);
  const about = describeUnfinished(entry);
  return (
    <li class={`slot${props.confirming ? ' is-active' : ''}`}>
      <div class="slot__info">
        <span class="slot__name" id={nameId}>
          {about}
        </span>
        <span class="slot__meta">
          {[
            entry.thisTab ? 'played in this tab before' : '',
            entry.openElsewhere ? 'open in another tab' : '',
            when,
            entry.problem ?? '',
          ]
            .filter(Boolean)
            .join(' · ') || 'autosaved'}
        </span>
      </div>
      {props.confirming ? (
        <ConfirmRow
          id={nameId}
          question={<>Delete the unfinished game “{about}” for good? This cannot be undone.</>}
          confirmLabel="Confirm delete"
          onConfirm={props.onDelete}
          onCancel={() => props.onConfirming(false)}
        />
      ) : (
        <div class="slot__actions">
          {entry.problem === null && (
            <SlotAction
              label={entry.openElsewhere ? 'Continue a copy' : 'Continue'}
              describedBy={nameId}
              onClick={props.onContinue}
            />
          )}
          <SlotAction
            label="Delete"
            quiet
            describedBy={nameId}
            onClick={() => props.onConfirming(true)}
          />
        </div>
      )}
    </li>
  );
}

export function SavesDialog() {
  const session = useStore((s) => (s.screen.kind === 'game' ? s.session : null));
  const playing = useStore((s) => s.session?.gameId ?? null);
  const storageChanges = useStore((s) => s.storageChanges);
  const [slots, setSlots] = useState<Result<SlotSummary[], string>>(() => listSaveSlots());
  const [finished, setFinished] = useState<Result<SlotSummary[], string>>(() =>
    listFinishedGames(),
  );
  const [unfinished, setUnfinished] = useState<UnfinishedEntry[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [mode, setMode] = useState<RowMode>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [name, setName] = useState(() => (session ? suggestedName(session.state) : ''));
  const [imported, setImported] = useState<CheckedSave | null>(null);
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const done = (text: string) => setStatus({ kind: 'done', text });
  const problem = (text: string) => setStatus({ kind: 'problem', text });
  const refreshUnfinished = () =>
    void listUnfinishedGames().then((listed) =>
      setUnfinished(listed.ok ? listed.value.filter((entry) => entry.gameId !== playing) : []),
    );
  /**
   * Applies a slot operation's result (made alone among tabs, so it arrives later): the new list,
   * or the reason nothing changed. `finishedList` names the finished games' list.
   */
  const apply = async (
    pending: Promise<Result<SlotSummary[], string>>,
    success: string,
    finishedList = false,
  ): Promise<boolean> => {
    const result = await pending;
    const setList = finishedList ? setFinished : setSlots;
    if (!result.ok) {
      problem(result.error);
      const fresh = finishedList ? listFinishedGames() : listSaveSlots();
      setList(fresh);
      // A row opened on a version of its slot that is no longer there closes: the list shows
      // the slot as it now is, and the player decides again.
      const still =
        fresh.ok && fresh.value.some((s) => s.id === mode?.id && s.stamp === mode.stamp);
      if (mode && !still) setMode(null);
      return false;
    }
    setList(result);
    setMode(null);
    done(success);
    return true;
  };

  const saveNew = () => {
    if (!session) return;
    const chosen = firstCharacters(name.trim() || suggestedName(session.state), MAX_SLOT_NAME);
    void apply(saveGameToNewSlot(chosen), `Saved “${plain(chosen)}”.`);
  };

  const opened = (result: Result<null, string>) => {
    if (!result.ok) problem(result.error);
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

  const continueGame = async (entry: UnfinishedEntry) => {
    const result = await continueUnfinishedGame(entry.gameId);
    if (!result.ok) {
      problem(result.error);
      refreshUnfinished();
    }
  };

  const deleteUnfinished = async (entry: UnfinishedEntry) => {
    const result = await deleteUnfinishedGame(entry);
    setConfirming(null);
    if (result.ok) done(`Deleted the unfinished game “${describeUnfinished(entry)}”.`);
    else problem(result.error);
    refreshUnfinished();
    listHeading.current?.focus();
  };

  useEffect(() => {
    if (status) statusRef.current?.scrollIntoView({ block: 'nearest' });
  }, [status]);
  useEffect(refreshUnfinished, [playing]);
  // Another tab saved, renamed or deleted a game: show the lists as they now are. A row being
  // confirmed stays open; its action checks the slot is still as shown before it writes. A row
  // whose slot was deleted closes, and says so.
  useEffect(() => {
    if (storageChanges === 0) return;
    const fresh = listSaveSlots();
    setSlots(fresh);
    setFinished(listFinishedGames());
    refreshUnfinished();
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
  const finishedList = finished.ok ? finished.value : [];
  const slotUse = describeSlotUse(list.length, MAX_SLOTS, session !== null);
  /**
   * The slot as the player saw it when they opened its rename or confirmation: if another tab
   * changed it since (the list refreshed under the open row), the write is refused, not redirected.
   */
  const seen = (slot: SlotSummary): SlotSummary =>
    mode?.id === slot.id ? { ...slot, stamp: mode.stamp } : slot;
  const onMode = (next: RowMode) => {
    const previous = mode;
    setMode(next);
    if (!next && previous)
      requestAnimationFrame(() =>
        body.current
          ?.querySelector<HTMLButtonElement>(`[data-action="${previous.mode}-${previous.id}"]`)
          ?.focus(),
      );
  };
  return (
    <Dialog title="Saves" onClose={closeDialog} wide>
      <div class="saves" ref={body}>
        <StatusLine status={status} lineRef={statusRef} />

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
                <button
                  type="submit"
                  class="button button--primary"
                  aria-describedby={slotUse.full ? 'saves-full' : undefined}
                >
                  Save to a new slot
                </button>
              </div>
            </form>
            {slotUse.full && (
              <p id="saves-full" class="notice">
                {slotUse.full}
              </p>
            )}
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
          {slots.ok && list.length > 0 && (
            <p class="muted saves__hint">
              {slotUse.used}
              {!session && slotUse.full && ` ${slotUse.full}`}
            </p>
          )}
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
                  canOverwrite={session !== null}
                  canRename
                  onMode={onMode}
                  onLoad={() => opened(loadSaveSlot(slot))}
                  onReplay={() => opened(replaySaveSlot(slot))}
                  onOverwrite={() => {
                    if (!session) return;
                    void apply(
                      saveGameOverSlot(seen(slot)),
                      `Saved over “${plain(slot.name)}”.`,
                    ).then((applied) => applied && listHeading.current?.focus());
                  }}
                  onRename={(next) =>
                    void apply(
                      renameSaveSlot(seen(slot), next),
                      `Renamed to “${plain(next.trim())}”.`,
                    ).then(
                      (applied) =>
                        applied &&
                        requestAnimationFrame(() =>
                          body.current
                            ?.querySelector<HTMLButtonElement>(`[data-action="rename-${slot.id}"]`)
                            ?.focus(),
                        ),
                    )
                  }
                  onExport={() => offer(exportSaveSlot(slot))}
                  onDelete={() =>
                    void apply(deleteSaveSlot(seen(slot)), `Deleted “${plain(slot.name)}”.`).then(
                      (applied) => applied && listHeading.current?.focus(),
                    )
                  }
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

        {unfinished.length > 0 && (
          <section class="saves__section" aria-labelledby="saves-unfinished">
            <h3 id="saves-unfinished">Unfinished games</h3>
            <p class="muted saves__hint">
              Games left for another one, or open in another tab: each keeps its own autosave.
            </p>
            <ul class="slots">
              {unfinished.map((entry) => (
                <UnfinishedRow
                  key={entry.gameId}
                  entry={entry}
                  confirming={confirming === entry.gameId}
                  onConfirming={(on) => setConfirming(on ? entry.gameId : null)}
                  onContinue={() => void continueGame(entry)}
                  onDelete={() => void deleteUnfinished(entry)}
                />
              ))}
            </ul>
          </section>
        )}

        <section class="saves__section" aria-labelledby="saves-finished">
          <h3 id="saves-finished">Finished games</h3>
          {!finished.ok ? (
            <p class="notice">{finished.error}</p>
          ) : finishedList.length === 0 ? (
            <p class="muted saves__hint">
              Every game played to its ending is kept here automatically, newest first.
            </p>
          ) : (
            <>
              <p class="muted saves__hint">
                Kept automatically, newest first: the latest {MAX_FINISHED}. Save one in a slot
                (load it, then Save to a new slot) to keep it for good.
              </p>
              <ul class="slots">
                {finishedList.map((slot) => (
                  <SlotRow
                    key={slot.id}
                    slot={slot}
                    mode={mode}
                    canOverwrite={false}
                    canRename={false}
                    onMode={onMode}
                    onLoad={() => opened(loadFinishedGame(slot))}
                    onReplay={() => opened(replayFinishedGame(slot))}
                    onOverwrite={() => undefined}
                    onRename={() => undefined}
                    onExport={() => offer(exportFinishedGame(slot))}
                    onDelete={() =>
                      void apply(
                        deleteFinishedGame(seen(slot)),
                        `Deleted the finished game “${plain(slot.name)}”.`,
                        true,
                      ).then((applied) => applied && listHeading.current?.focus())
                    }
                  />
                ))}
              </ul>
            </>
          )}
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
                    void apply(keepImportedSave(imported), `Kept “${plain(kept)}” in a slot.`).then(
                      (applied) => applied && setImported(null),
                    );
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
