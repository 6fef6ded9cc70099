// Browser tests of the portal: Debian's Chromium, driven by playwright-core, through the real
// gateway and Keycloak's real login page. Run by `./platform test` against its test stack:
//   PORTAL_URL=http://localhost:18080 KEYCLOAK_URL=http://localhost:18180 npm run e2e
// Screenshots of each main page are kept in E2E_OUTPUT (default e2e-output/).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { scenarios } from './scenarios.mjs';

const settings = {
  portal: (process.env.PORTAL_URL ?? 'http://localhost:8080').replace(/\/+$/, ''),
  keycloak: (process.env.KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/+$/, ''),
  output: process.env.E2E_OUTPUT ?? 'e2e-output',
};
mkdirSync(settings.output, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

let failed = 0;
try {
  for (const scenario of scenarios) {
    const began = Date.now();
    const context = await browser.newContext({
      locale: 'nl-NL',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    try {
      await scenario.run({ page, context, settings, shot: (name) => screenshot(page, name) });
      console.log(`ok   ${scenario.name} (${Date.now() - began} ms)`);
    } catch (error) {
      failed++;
      console.log(`FAIL ${scenario.name}: ${error?.stack ?? error}`);
      await screenshot(page, `failed-${scenario.name.replace(/\W+/g, '-')}`).catch(() => {});
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`${scenarios.length - failed} of ${scenarios.length} browser scenarios passed`);
process.exit(failed === 0 ? 0 : 1);

async function screenshot(page, name) {
  await page.screenshot({ path: join(settings.output, `${name}.png`), fullPage: true });
}
