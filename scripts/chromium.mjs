// Finds the system Chromium used by the browser tests and the benchmark; no browser is downloaded.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium binary: CHROME_PATH when set, else the first one installed, else null. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Flags for a quiet headless Chromium that makes no request of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const MISSING_CHROMIUM_MESSAGE = [
  'Chromium was not found; the browser tests need it.',
  '  On Debian or Ubuntu: sudo apt-get install -y chromium',
  '  Elsewhere: install Chromium or Chrome and set CHROME_PATH to its binary.',
].join('\n');
