// Browser storage in memory for persistence tests, with a switch that makes every write fail as a
// full quota does, and one that makes it fail as a browser refusing storage does.
import type { KeyValueStore } from '../../src/persistence/storage';

export class MemoryStorage implements KeyValueStore {
  items = new Map<string, string>();
  full = false;
  /** Every write refused as a browser that blocks storage for the site refuses it. */
  refused = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.refused) throw new DOMException('The operation is insecure.', 'SecurityError');
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
}
