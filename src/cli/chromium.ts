/**
 * How this project starts the system Chromium (Debian's package) headless: the flags keep it from
 * hanging on the machine's closed network. Shared by the browser tests and the load benchmark.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
