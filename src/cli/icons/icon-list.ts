/** The install icons `npm run icons` writes and the web app manifest (vite.config.ts) lists. */
export const ICONS_DIR = 'public/icons';

export const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
] as const;
