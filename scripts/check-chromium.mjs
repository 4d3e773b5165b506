// Fails early, with the way to fix it, when the browser tests cannot find Chromium.
import { findChromium, MISSING_CHROMIUM_MESSAGE } from './chromium.mjs';

if (!findChromium()) {
  console.error(MISSING_CHROMIUM_MESSAGE);
  process.exit(1);
}
