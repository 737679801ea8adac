// Starts Debian's chromium through playwright-core: headless, a fresh profile, nothing downloaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser with its own throwaway profile; close() removes the profile. */
export async function launch({ viewport = { width: 1280, height: 860 } } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'elcbot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    // Playwright passes the fresh profile to chromium as --user-data-dir.
    args,
    viewport,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
