import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { calls, json, mockApi, problem } from '../../test/api';
import { aRequest, bakker, signedIn, smit, timeline, visser } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const draft = aRequest({
  id: 'req-new',
  status: 'DRAFT',
  question: 'Is an operation really needed for my knee?',
  reason: 'DOUBT_ABOUT_TREATMENT',
  specialty: 'neurology',
  treatingDoctor: null,
  generalPractitioner: null,
  insurer: null,
  facts: null,
  allowedNextSteps: [
    { step: 'SUBMIT', to: 'SUBMITTED' },
    { step: 'WITHDRAW', to: 'WITHDRAWN' },
  ],
});

function routes(extra: Record<string, unknown> = {}) {
  return mockApi({
    '/bff/session': signedIn('nl'),
    '/api/consultants': [bakker, visser, smit],
    '/api/notifications/unread-count': { unread: 0 },
    ...extra,
  });
}

function problemWithErrors(
  status: number,
  slug: string,
  detail: string,
  errors: { field: string; message: string }[],
) {
  return new Response(
    JSON.stringify({ type: `https://secondopinion.nl/problems/${slug}`, status, detail, errors }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

async function fillTheQuestion(user: ReturnType<typeof renderApp>['user']) {
  await user.type(
    await screen.findByRole('textbox', { name: 'Wat wilt u dat de tweede arts beantwoordt?' }),
    'Is an operation really needed for my knee?',
  );
  await user.click(
    screen.getByRole('radio', {
      name: 'Ik twijfel of de voorgestelde of gegeven behandeling de beste is',
    }),
  );
  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Over welk vakgebied gaat uw vraag?' }),
    'Neurologie (hersenen, ruggenmerg en zenuwen)',
  );
}

describe('starting a request', () => {
  it('is reached from my requests, and puts the focus on its heading', async () => {
    routes({ '/api/requests': [] });
    const { user } = renderApp('/requests');

    await user.click(await screen.findByRole('link', { name: 'Nieuwe aanvraag' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Nieuwe aanvraag' });
    expect(document.activeElement).toBe(heading);
    expect(document.title).toBe('Nieuwe aanvraag – Second Opinion');
  });

  it('offers every reason in plain words and the specialties of the directory once each', async () => {
    routes();

    renderApp('/requests/new');

    const reasons = await screen.findByRole('group', { name: 'Waarom wilt u een second opinion?' });
    expect(within(reasons).getAllByRole('radio')).toHaveLength(7);
    expect(
      within(reasons).getByRole('radio', {
        name: 'Mijn behandelend arts heeft een second opinion voorgesteld',
      }),
    ).toBeDefined();
    const specialty = screen.getByRole('combobox', { name: 'Over welk vakgebied gaat uw vraag?' });
    await waitFor(() =>
      expect(
        within(specialty)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual([
        'Kies een vakgebied',
        'Chirurgie (operaties)',
        'Neurologie (hersenen, ruggenmerg en zenuwen)',
        'Een ander vakgebied',
      ]),
    );
    expect(
      screen.getByRole('checkbox', { name: 'Mijn behandelend arts informeren over deze aanvraag' }),
    ).toHaveProperty('checked', true);
    const insurer = screen.getByRole('combobox', { name: 'Zorgverzekeraar' });
    expect(
      within(insurer).getByRole('option', { name: 'Zilveren Kruis (UZOVI 3311)' }),
    ).toBeDefined();
    expect(within(insurer).getByRole('option', { name: 'CZ (UZOVI 9664)' })).toBeDefined();
    expect(
      screen.getByRole('group', {
        name: 'Zijn er scans gemaakt, zoals een MRI, CT of röntgenfoto?',
      }),
    ).toBeDefined();
  });

  it('lets the patient type a specialty when the directory cannot be read', async () => {
    routes({ '/api/consultants': () => problem(503, 'The directory is unavailable.') });
    const { user } = renderApp('/requests/new');

    const field = await screen.findByRole('textbox', {
      name: 'Over welk vakgebied gaat uw vraag?',
    });
    await user.type(field, 'Cardiology');

    expect(field).toHaveProperty('value', 'cardiology');
  });

  it('keeps a question of fewer than three words from being sent, by the browser', async () => {
    const fetchMock = routes();
    const { user } = renderApp('/requests/new');

    const question = await screen.findByRole('textbox', {
      name: 'Wat wilt u dat de tweede arts beantwoordt?',
    });
    await user.type(question, 'knee pain');
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    expect((question as HTMLTextAreaElement).validationMessage).toBe(
      'Schrijf uw vraag in minstens 3 woorden.',
    );
    expect(calls(fetchMock).some((request) => request.method === 'POST')).toBe(false);
  });

  it('saves a draft with a POST, then later changes with a PUT, with the CSRF token', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-form; path=/';
    const fetchMock = routes({
      'POST /api/requests': () => json(draft, 201),
      'PUT /api/requests/req-new': () => json(draft),
      '/api/requests/req-new': draft,
      '/api/requests': [draft],
    });
    const { user } = renderApp('/requests/new');

    await fillTheQuestion(user);
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    expect(await screen.findByText('Uw concept is opgeslagen.')).toBeDefined();
    const post = calls(fetchMock).find((request) => request.method === 'POST')!;
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('csrf-form');
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    await expect(post.json()).resolves.toEqual({
      question: 'Is an operation really needed for my knee?',
      reason: 'DOUBT_ABOUT_TREATMENT',
      specialty: 'neurology',
      treatingDoctor: null,
      generalPractitioner: null,
      insurer: null,
      facts: null,
      informTreatingDoctor: true,
    });
    // The draft now has its own address; the form and the focus stay where they were.
    const heading = screen.getByRole('heading', { level: 1, name: 'Aanvraag aanvullen' });
    expect(document.activeElement).not.toBe(heading);

    await user.type(
      screen.getByRole('textbox', { name: 'Naam van uw huisarts (optioneel)' }),
      'dr. E. de Vries',
    );
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    await waitFor(() =>
      expect(calls(fetchMock).filter((request) => request.method === 'PUT')).toHaveLength(1),
    );
    const put = calls(fetchMock).find((request) => request.method === 'PUT')!;
    expect(put.url).toBe('http://portal.test/api/requests/req-new');
    await expect(put.json()).resolves.toMatchObject({
      question: 'Is an operation really needed for my knee?',
      generalPractitioner: { name: 'dr. E. de Vries', practice: null, agb: null },
    });
  });

  it('shows what submitting still needs next to the parts it names', async () => {
    routes({
      'POST /api/requests': () => json(draft, 201),
      'POST /api/requests/req-new/submit': () =>
        problemWithErrors(
          422,
          'request-incomplete',
          'Add what is listed in errors before submitting.',
          [
            { field: 'facts', message: 'is required before submitting' },
            { field: 'insurer', message: 'is required before submitting' },
            { field: 'treatingDoctor', message: 'is required before submitting' },
          ],
        ),
      '/api/requests/req-new': draft,
      '/api/requests': [draft],
    });
    const { user } = renderApp('/requests/new');

    await fillTheQuestion(user);
    await user.click(screen.getByRole('button', { name: 'Aanvraag indienen' }));

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('Add what is listed in errors before submitting.'),
    ).toBeDefined();
    expect(document.activeElement).toBe(alert);
    for (const part of [
      'Stap 2 van 5: uw behandelend arts',
      'Stap 4 van 5: uw zorgverzekering',
      'Stap 5 van 5: wat er al is gebeurd',
    ]) {
      const section = screen.getByRole('region', { name: part });
      expect(
        within(section).getByText('Vul dit deel in om de aanvraag te kunnen indienen.'),
      ).toBeDefined();
    }
    const gp = screen.getByRole('region', { name: 'Stap 3 van 5: uw huisarts' });
    expect(within(gp).queryByText('Vul dit deel in om de aanvraag te kunnen indienen.')).toBeNull();
  });

  it("shows the API's message next to the field it names", async () => {
    routes({
      'POST /api/requests': () =>
        problemWithErrors(
          400,
          'invalid-input',
          'Some fields are missing or not valid; see errors.',
          [{ field: 'treatingDoctor.institution', message: 'size must be between 0 and 200' }],
        ),
    });
    const { user } = renderApp('/requests/new');

    await fillTheQuestion(user);
    await user.type(
      screen.getByRole('textbox', { name: 'Naam van uw behandelend arts' }),
      'dr. P. Jansen',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Soort zorgverlener' }),
      'Medisch specialist (bijvoorbeeld in het ziekenhuis)',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Vakgebied van uw behandelend arts' }),
      'Neurologie (hersenen, ruggenmerg en zenuwen)',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Ziekenhuis of instelling (optioneel)' }),
      'Ziekenhuis West',
    );
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    const institution = await screen.findByRole('textbox', {
      name: 'Ziekenhuis of instelling (optioneel)',
      description: 'size must be between 0 and 200',
    });
    expect(institution.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(screen.getByRole('alert')).getByText(
        'Some fields are missing or not valid; see errors.',
      ),
    ).toBeDefined();
  });

  it('submits a complete request and goes to its page', async () => {
    const submitted = aRequest({ id: 'req-new', status: 'SUBMITTED' });
    const fetchMock = routes({
      'POST /api/requests': () => json(draft, 201),
      'POST /api/requests/req-new/submit': () => json(submitted),
      '/api/requests/req-new': submitted,
      '/api/requests/req-new/timeline': timeline,
      '/api/requests/req-new/coverage-estimate': {
        estimate: 'LIKELY_COVERED',
        insurerName: 'Zilveren Kruis',
        reasons: [],
        checkedAt: '2026-11-03T09:00:00Z',
      },
      '/api/requests': [submitted],
    });
    const { user } = renderApp('/requests/new');

    await fillTheQuestion(user);
    await user.type(
      screen.getByRole('textbox', { name: 'Naam van uw behandelend arts' }),
      'dr. P. Jansen',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Soort zorgverlener' }),
      'Medisch specialist (bijvoorbeeld in het ziekenhuis)',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Vakgebied van uw behandelend arts' }),
      'Een ander vakgebied',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Ander vakgebied van uw behandelend arts' }),
      'Orthopaedics',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'AGB-code van uw behandelend arts (optioneel)' }),
      '03000001',
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Mijn behandelend arts informeren over deze aanvraag' }),
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Zorgverzekeraar' }),
      'Een andere zorgverzekeraar',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'UZOVI-code van uw zorgverzekeraar' }),
      '3358',
    );
    await user.type(screen.getByRole('textbox', { name: 'Polisnummer (optioneel)' }), 'P-123');
    for (const [fact, answer] of [
      ['Bent u behandeld in een ziekenhuis buiten Nederland?', 'Nee'],
      ['Zijn er scans gemaakt, zoals een MRI, CT of röntgenfoto?', 'Ja'],
      ['Is er weefsel of een biopt onderzocht (pathologie)?', 'Nee'],
      ['Bent u voor deze klachten geopereerd?', 'Nee'],
    ] as const) {
      await user.click(
        within(screen.getByRole('group', { name: fact })).getByRole('radio', { name: answer }),
      );
    }
    await user.click(screen.getByRole('button', { name: 'Aanvraag indienen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Aanvraag' })).toBeDefined();
    expect(await screen.findByText('Ingediend, wacht op een verwijzing')).toBeDefined();
    const post = calls(fetchMock).find(
      (request) => request.method === 'POST' && request.url.endsWith('/api/requests'),
    )!;
    await expect(post.json()).resolves.toEqual({
      question: 'Is an operation really needed for my knee?',
      reason: 'DOUBT_ABOUT_TREATMENT',
      specialty: 'neurology',
      treatingDoctor: {
        name: 'dr. P. Jansen',
        level: 'MEDICAL_SPECIALIST',
        specialty: 'orthopaedics',
        institution: null,
        practice: null,
        agb: '03000001',
      },
      generalPractitioner: null,
      insurer: { uzovi: '3358', policyNumber: 'P-123', supplementaryPackage: null },
      facts: {
        treatedAbroad: false,
        imagingDone: true,
        pathologyDone: false,
        operated: false,
        insuredAbroad: null,
      },
      informTreatingDoctor: false,
    });
    expect(
      calls(fetchMock).some(
        (request) => request.method === 'POST' && request.url.endsWith('/req-new/submit'),
      ),
    ).toBe(true);
  });

  it('completes a draft from its request page, showing what was saved', async () => {
    const saved = aRequest({
      ...draft,
      insurer: { uzovi: '9664', policyNumber: null, supplementaryPackage: null },
    });
    const fetchMock = routes({
      '/api/requests/req-new': saved,
      '/api/requests/req-new/timeline': timeline,
      '/api/requests/req-new/coverage-estimate': () => problem(422, 'Unknown insurer.'),
      'PUT /api/requests/req-new': () => json(saved),
      '/api/requests': [saved],
    });
    const { user } = renderApp('/requests/req-new');

    await user.click(await screen.findByRole('link', { name: 'Aanvraag aanvullen en indienen' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Aanvraag aanvullen' }),
    ).toBeDefined();
    expect(
      await screen.findByRole('textbox', { name: 'Wat wilt u dat de tweede arts beantwoordt?' }),
    ).toHaveProperty('value', 'Is an operation really needed for my knee?');
    expect(screen.getByRole('combobox', { name: 'Zorgverzekeraar' })).toHaveProperty(
      'value',
      '9664',
    );
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    await screen.findByText('Uw concept is opgeslagen.');
    expect(calls(fetchMock).filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('does not offer to change a submitted request', async () => {
    routes({ '/api/requests/req-1': aRequest({ status: 'SUBMITTED' }) });

    renderApp('/requests/req-1/edit');

    expect(
      await screen.findByText('Deze aanvraag is ingediend en kan niet meer worden gewijzigd.'),
    ).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Aanvraag indienen' })).toBeNull();
  });

  it('speaks English too', async () => {
    mockApi({ '/bff/session': signedIn('en'), '/api/consultants': [bakker] });

    renderApp('/requests/new');

    expect(await screen.findByRole('heading', { level: 1, name: 'New request' })).toBeDefined();
    expect(
      screen.getByRole('textbox', { name: 'What do you want the second doctor to answer?' }),
    ).toBeDefined();
    expect(
      await screen.findAllByRole('option', { name: 'Neurology (brain, spinal cord and nerves)' }),
    ).toHaveLength(2);
  });
});
