/**
 * Web Locks between this origin's tabs (navigator.locks). `exclusive` runs one read-modify-write
 * of a shared key (the saved games, the finished games) alone, so two tabs writing at once never
 * lose each other's change. `claim` marks a game as played in this tab for as long as it is, and
 * `claimedElsewhere` names the games other tabs play, so a tab can say "open in another tab"
 * instead of writing over it.
 *
 * Where a browser has no Web Locks the fallback is plain: a task runs at once (each is one
 * synchronous read and write, which no tab interleaves with itself, though two tabs could),
 * every claim succeeds and no game is known to be open elsewhere. The autosave's own
 * compare-and-swap (autosave.ts) still refuses to write over a game another tab changed.
 */

/** What of the browser's LockManager this module uses. */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; mode?: 'exclusive' | 'shared' },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

/** A game held by this tab; `release` lets another tab take it. */
export interface GameClaim {
  release(): void;
}

export interface TabLocks {
  /** Whether other tabs are really excluded (false: the browser has no Web Locks). */
  readonly shared: boolean;
  /** Runs `task` while no other tab of this origin runs one. */
  exclusive<T>(task: () => T): Promise<T>;
  /** Holds `gameId` for this tab, or null when another tab holds it. */
  claim(gameId: string): Promise<GameClaim | null>;
  /** The games any tab holds (this one's included), or null when that cannot be known. */
  claimed(): Promise<ReadonlySet<string> | null>;
}

const SAVED_GAMES_LOCK = 'frontier-crisis/saved-games';
const GAME_LOCK = 'frontier-crisis/game/';

/** Tabs share nothing: what a browser without Web Locks gets (and Node tests by default). */
export const noTabLocks: TabLocks = {
  shared: false,
  exclusive: (task) => Promise.resolve().then(task),
  claim: () => Promise.resolve({ release: () => undefined }),
  claimed: () => Promise.resolve(null),
};

export function webTabLocks(locks: LockManagerLike): TabLocks {
  return {
    shared: true,
    exclusive: <T>(task: () => T) =>
      new Promise<T>((resolve, reject) => {
        let ran = false;
        const run = () => {
          ran = true;
          try {
            resolve(task());
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
        // A browser that refuses the lock itself (an opaque origin): the task runs unlocked.
        locks.request(SAVED_GAMES_LOCK, {}, run).catch(() => {
          if (!ran) run();
        });
      }),
    claim: (gameId) =>
      new Promise<GameClaim | null>((resolve) => {
        locks
          .request(GAME_LOCK + gameId, { ifAvailable: true }, (lock) => {
            if (!lock) return resolve(null);
            return new Promise<void>((release) => resolve({ release: () => release() }));
          })
          // A browser that refuses locks here (an opaque origin): the claim cannot be known.
          .catch(() => resolve({ release: () => undefined }));
      }),
    claimed: async () => {
      try {
        const { held = [] } = await locks.query();
        return new Set(
          held.flatMap((lock) =>
            lock.name?.startsWith(GAME_LOCK) ? [lock.name.slice(GAME_LOCK.length)] : [],
          ),
        );
      } catch {
        return null;
      }
    },
  };
}

/** The page's Web Locks, or the plain fallback where the browser has none. */
export function browserTabLocks(): TabLocks {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks ? webTabLocks(locks) : noTabLocks;
}
