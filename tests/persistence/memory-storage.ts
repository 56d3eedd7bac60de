// Browser storage in memory for persistence tests, with a switch that makes every write fail as a
// full quota does.
import type { KeyValueStore } from '../../src/persistence/storage';

export class MemoryStorage implements KeyValueStore {
  items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}
