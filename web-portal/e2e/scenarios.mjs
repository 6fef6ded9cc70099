// What a patient does in the portal, each scenario in a fresh browser context (no shared session).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// A JSON Web Token: three base64url parts, the first one a JSON object ("eyJ").
const JWT = /eyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}/;

/** A token for setting up data through the API, as a mobile app or a script would. */
async function apiToken(settings, username) {
  const response = await fetch(
    `${settings.keycloak}/realms/secondopinion/protocol/openid-connect/token`,
    {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'dev-cli',
        username,
        password: username,
      }),
    },
  );
  assert.equal(response.status, 200, `token for ${username}`);
  return (await response.json()).access_token;
}

/** A draft of anna's with a question nobody else has, created through the API. */
async function annasRequest(settings, question) {
  const token = await apiToken(settings, 'anna');
  const response = await fetch(`${settings.portal}/api/requests`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ question, reason: 'DOUBT_ABOUT_TREATMENT', specialty: 'neurology' }),
  });
  const text = await response.text();
  assert.equal(response.status, 201, text);
  return JSON.parse(text).id;
}

/** Through Keycloak's own login page, in Dutch by default. */
async function signInOnKeycloak(page, settings, username) {
  await page.waitForURL((url) => url.href.startsWith(settings.keycloak), { timeout: 15000 });
  assert.equal(
    await page.locator('html').getAttribute('lang'),
    'nl',
    "Keycloak's login page is Dutch",
  );
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(username);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(settings.portal), { timeout: 15000 });
}

async function signIn(page, settings, username) {
  await page.goto(`${settings.portal}/`);
  await page.getByRole('link', { name: 'Inloggen' }).first().click();
  await signInOnKeycloak(page, settings, username);
  // In the user's own language: anna reads Dutch, bram English.
  await page.getByRole('heading', { level: 1, name: /^(Mijn aanvragen|My requests)$/ }).waitFor();
}

/** axe-core in the page (evaluated by the browser's debugger, so the page's CSP stays as it is). */
async function assertAccessible(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  const serious = result.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  assert.deepEqual(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `${what}: no serious or critical accessibility violation`,
  );
}

/** Nothing a script in the page could read holds a token. */
async function assertNoTokenInTheBrowser(page, context, settings, responses) {
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  assert.doesNotMatch(storage, JWT, 'no token in localStorage or sessionStorage');
  const scriptCookies = await page.evaluate(() => document.cookie);
  assert.doesNotMatch(scriptCookies, JWT, 'no token in a cookie readable by script');
  const cookies = await context.cookies(settings.portal);
  for (const cookie of cookies) {
    assert.doesNotMatch(cookie.value, JWT, `cookie ${cookie.name} holds no token`);
  }
  // Cookies do not tell ports apart: Keycloak's own (KC_…, AUTH_SESSION_ID) share the jar.
  const session = cookies.find((cookie) => cookie.name === 'SESSION');
  assert.ok(session, 'the gateway keeps a session cookie');
  assert.ok(session.httpOnly, 'the session cookie is HttpOnly');
  assert.equal(session.sameSite, 'Lax', 'the session cookie is SameSite=Lax');
  for (const { url, body } of responses) {
    assert.doesNotMatch(body, JWT, `no token in the answer to ${url}`);
  }
}

/** Every answer of the portal's origin to the browser, to look for tokens afterwards. */
function recordPortalResponses(page, settings) {
  const responses = [];
  page.on('response', async (response) => {
    if (!response.url().startsWith(settings.portal) || response.status() >= 300) {
      return;
    }
    try {
      responses.push({ url: response.url(), body: await response.text() });
    } catch {
      // A navigation away may discard the body; the next answers are still checked.
    }
  });
  return responses;
}

export const scenarios = [
  {
    name: 'anna signs in, sees her requests and messages, no token reaches the browser, and signs out',
    async run({ page, context, settings, shot }) {
      const question = `Is een operatie echt de enige optie voor mijn hernia? ${Date.now()}`;
      await annasRequest(settings, question);
      const responses = recordPortalResponses(page, settings);

      await page.goto(`${settings.portal}/`);
      await page.getByRole('heading', { level: 1, name: 'Welkom' }).waitFor();
      assert.equal(await page.title(), 'Welkom – Second Opinion');
      await shot('01-welcome');
      await assertAccessible(page, 'welcome page');

      await signIn(page, settings, 'anna');
      await page.getByRole('link', { name: question, exact: true }).waitFor();
      await page
        .getByRole('navigation')
        .getByRole('link', { name: /^Berichten/ })
        .waitFor();
      assert.doesNotMatch(await page.title(), /hernia/i, 'no medical text in the title');
      await shot('02-my-requests');
      await assertAccessible(page, 'my requests');

      await page.getByRole('link', { name: question, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Aanvraag' }).waitFor();
      await page.getByRole('heading', { name: 'Wat er is gebeurd' }).waitFor();
      await page.getByRole('heading', { name: 'Doorlooptijd' }).waitFor();
      assert.doesNotMatch(page.url(), /hernia/i, 'no medical text in the URL');
      await shot('03-request');
      await assertAccessible(page, 'request page');

      await assertNoTokenInTheBrowser(page, context, settings, responses);

      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Welkom' }).waitFor({ timeout: 15000 });
      const session = await (await page.request.get(`${settings.portal}/bff/session`)).json();
      assert.equal(session.authenticated, false, 'signed out of the gateway');
      // Keycloak's session ended too: signing in again asks for the password.
      await page.getByRole('link', { name: 'Inloggen' }).first().click();
      await page.waitForURL((url) => url.href.startsWith(settings.keycloak), { timeout: 15000 });
      await page.locator('#username').waitFor();
    },
  },
  {
    name: 'anna starts a request in the guided form and submits it',
    async run({ page, settings, shot }) {
      const question = `Is fysiotherapie genoeg, of moet mijn hernia geopereerd worden? ${Date.now()}`;
      await signIn(page, settings, 'anna');
      await page.getByRole('link', { name: 'Nieuwe aanvraag' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe aanvraag' }).waitFor();
      await assertAccessible(page, 'request form');

      await page.getByLabel('Wat wilt u dat de tweede arts beantwoordt?').fill(question);
      await page
        .getByRole('radio', {
          name: 'Ik twijfel of de voorgestelde of gegeven behandeling de beste is',
        })
        .check();
      await page.getByLabel('Over welk vakgebied gaat uw vraag?').selectOption('neurology');
      await page.getByLabel('Naam van uw behandelend arts').fill('dr. P. Jansen');
      await page.getByLabel('Soort zorgverlener').selectOption('MEDICAL_SPECIALIST');
      await page.getByLabel('Vakgebied van uw behandelend arts').selectOption('neurology');
      await page.getByLabel('Ziekenhuis of instelling').fill('Ziekenhuis Noord');
      await page.getByLabel('AGB-code van uw behandelend arts').fill('03000002');
      await page.getByLabel('Zorgverzekeraar', { exact: true }).selectOption('3311');
      for (const fact of [
        'Bent u behandeld in een ziekenhuis buiten Nederland?',
        'Zijn er scans gemaakt, zoals een MRI, CT of röntgenfoto?',
        'Is er weefsel of een biopt onderzocht (pathologie)?',
        'Bent u voor deze klachten geopereerd?',
      ]) {
        await page.getByRole('group', { name: fact }).getByRole('radio', { name: 'Nee' }).check();
      }
      await shot('06-request-form');

      await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Aanvraag' }).waitFor({ timeout: 15000 });
      await page.getByText('Ingediend, wacht op een verwijzing').first().waitFor();
      assert.match(new URL(page.url()).pathname, /^\/requests\/[0-9a-f-]{36}$/);
      assert.doesNotMatch(await page.title(), /hernia/i, 'no medical text in the title');
      await shot('07-submitted');
    },
  },
  {
    name: 'a link from a notification mail opens the right request after sign-in',
    async run({ page, settings, shot }) {
      const id = await annasRequest(
        settings,
        `Moet ik echt geopereerd worden aan mijn rug? ${Date.now()}`,
      );

      await page.goto(`${settings.portal}/requests/${id}`);
      await page.getByRole('link', { name: 'Inloggen' }).first().click();
      await signInOnKeycloak(page, settings, 'anna');

      await page.getByRole('heading', { level: 1, name: 'Aanvraag' }).waitFor();
      await page.getByRole('heading', { name: 'Wat er is gebeurd' }).waitFor();
      assert.equal(new URL(page.url()).pathname, `/requests/${id}`);
      await shot('04-mail-link');
    },
  },
  {
    name: "bram signs in and sees nothing of anna's",
    async run({ page, settings, shot }) {
      const question = `Klopt de diagnose van mijn neuroloog wel? ${Date.now()}`;
      const id = await annasRequest(settings, question);

      await signIn(page, settings, 'bram');
      assert.equal(
        await page.getByText(question.slice(0, 30)).count(),
        0,
        "anna's request is not in bram's list",
      );
      await page.goto(`${settings.portal}/requests/${id}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.equal(
        await page.getByText(question.slice(0, 30)).count(),
        0,
        "anna's request does not open for bram",
      );
      await shot('05-bram-not-found');
    },
  },
];
