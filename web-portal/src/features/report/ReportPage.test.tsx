import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { today } from '../../shared/dates';
import { calls, json, mockApi } from '../../test/api';
import { aReport, decisionQuestions, reported, signedIn, timeline } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import type { SecondOpinionRequest } from '../requests/types';

function routes(
  locale: 'nl' | 'en',
  request: SecondOpinionRequest | (() => Response),
  extra: Record<string, unknown> = {},
) {
  return mockApi({
    '/bff/session': signedIn(locale),
    '/api/notifications/unread-count': { unread: 0 },
    '/api/requests/req-1': request,
    '/api/requests/req-1/report': aReport,
    '/api/requests/req-1/timeline': timeline,
    '/api/decision-questions': decisionQuestions,
    '/api/requests': [],
    ...extra,
  });
}

function ruleProblem(slug: string, detail: string) {
  return new Response(
    JSON.stringify({ type: `https://secondopinion.nl/problems/${slug}`, status: 422, detail }),
    { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

describe('the report', () => {
  it('is opened from the request page, with the focus on its heading', async () => {
    routes('nl', reported(), {
      '/api/requests/req-1/coverage-estimate': {
        estimate: 'LIKELY_COVERED',
        insurerName: 'Zilveren Kruis',
        reasons: [],
        checkedAt: '2026-11-20T09:00:00Z',
      },
      '/api/dossiers/req-1/grants': [],
    });
    const { user } = renderApp('/requests/req-1');

    await user.click(await screen.findByRole('link', { name: 'Lees het verslag' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Verslag' });
    expect(document.activeElement).toBe(heading);
    expect(document.title).toBe('Verslag – Second Opinion');
  });

  it('shows the outcome, each question with its answer, the findings and the addenda', async () => {
    routes('nl', reported());

    renderApp('/requests/req-1/report');

    const outcome = await screen.findByRole('region', { name: 'De uitkomst' });
    expect(
      within(outcome).getByText(
        'De second-opinionarts is het in grote lijnen eens, maar vult de diagnose of het behandelplan aan.',
      ),
    ).toBeDefined();
    expect(within(outcome).getByText('Dit verandert uw behandeling.')).toBeDefined();
    const answers = screen.getByRole('region', { name: 'Antwoord op de gestelde vragen' });
    const own = within(answers).getByRole('heading', { name: 'Uw vraag' }).parentElement!;
    expect(within(own).getByText(aReport.answers[0]!.asked)).toBeDefined();
    expect(within(own).getByText(aReport.answers[0]!.answer)).toBeDefined();
    expect(
      within(answers).getByRole('heading', { name: 'De vraag van uw verwijzer' }),
    ).toBeDefined();
    expect(
      within(screen.getByRole('region', { name: 'Bevindingen' })).getByText(aReport.findings),
    ).toBeDefined();
    expect(
      within(screen.getByRole('region', { name: 'Aanbevelingen' })).getByText(
        aReport.recommendations,
      ),
    ).toBeDefined();
    const alternatives = screen.getByRole('region', { name: 'Andere behandelmogelijkheden' });
    expect(
      within(alternatives)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Physiotherapy', 'Epidural injection']);
    const addenda = screen.getByRole('region', { name: 'Aanvullingen op het verslag' });
    expect(within(addenda).getByText('Twice a week for six weeks.')).toBeDefined();
    expect(document.title).toBe('Verslag – Second Opinion');
  });

  it('asks the ten decision questions in English, and saves answers with what to share', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-decide; path=/';
    const fetchMock = routes('en', reported(), {
      'POST /api/requests/req-1/decision-answers': () => json(reported()),
    });
    const { user } = renderApp('/requests/req-1/report');

    const section = await screen.findByRole('region', {
      name: 'Ten questions that help you choose',
    });
    const groups = await within(section).findAllByRole('group');
    expect(groups).toHaveLength(10);
    expect(groups[0]!.querySelector('legend')?.textContent).toBe(
      '1. How much pain and discomfort does the treatment cause?',
    );
    const trust = within(section).getByRole('group', {
      name: '5. Do you trust the doctor who treats you?',
    });
    await user.type(within(trust).getByRole('textbox', { name: 'Your answer' }), 'Yes, fully.');
    await user.click(within(trust).getByRole('checkbox', { name: 'Share with my own doctor' }));
    const travel = within(section).getByRole('group', { name: /^10\. Will you and your family/ });
    await user.type(
      within(travel).getByRole('textbox', { name: 'Your answer' }),
      'An hour by car.',
    );
    await user.click(within(section).getByRole('button', { name: 'Save my answers' }));

    expect(await within(section).findByText('Your answers have been saved.')).toBeDefined();
    const post = calls(fetchMock).find((request) => request.method === 'POST')!;
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('csrf-decide');
    await expect(post.json()).resolves.toEqual({
      answers: [
        { question: 'TRUST', answer: 'Yes, fully.', shareWithDoctor: true },
        { question: 'TRAVEL', answer: 'An hour by car.', shareWithDoctor: false },
      ],
    });
  });

  it('shows the answers saved before, and asks for one before saving nothing', async () => {
    const fetchMock = routes(
      'nl',
      reported({
        decisionAnswers: [
          {
            question: 'DURATION',
            answer: 'Zes weken',
            answeredAt: '2026-12-02T10:00:00Z',
            sharedWithDoctor: false,
          },
        ],
      }),
    );
    const { user } = renderApp('/requests/req-1/report');

    const duration = await screen.findByRole('group', {
      name: '9. Hoe lang gaat de behandeling duren?',
    });
    const answer = within(duration).getByRole('textbox', { name: 'Uw antwoord' });
    expect(answer).toHaveProperty('value', 'Zes weken');
    await user.clear(answer);
    await user.click(screen.getByRole('button', { name: 'Antwoorden opslaan' }));

    expect(await screen.findByText('Vul ten minste één antwoord in.')).toBeDefined();
    expect(calls(fetchMock).some((request) => request.method === 'POST')).toBe(false);
  });

  it('asks a follow-up question, and shows the limit when there may be no more', async () => {
    let asked = 0;
    const fetchMock = routes('nl', reported(), {
      'POST /api/requests/req-1/follow-up-questions': () => {
        asked++;
        return asked === 1
          ? json(
              {
                id: 'f-2',
                question: 'Mag ik sporten?',
                askedAt: '2026-12-06T10:00:00Z',
                answer: null,
                answeredAt: null,
              },
              201,
            )
          : ruleProblem(
              'follow-up-limit',
              'A request can have at most 3 follow-up questions; discuss further questions with your own doctor.',
            );
      },
    });
    const { user } = renderApp('/requests/req-1/report');

    const section = await screen.findByRole('region', { name: 'Een vervolgvraag stellen' });
    const field = within(section).getByRole('textbox', { name: 'Uw vervolgvraag' });
    await user.type(field, 'Mag ik sporten?');
    await user.click(within(section).getByRole('button', { name: 'Vraag versturen' }));

    expect(await within(section).findByText('Uw vraag is verstuurd.')).toBeDefined();
    expect(field).toHaveProperty('value', '');
    await user.type(field, 'En zwemmen?');
    await user.click(within(section).getByRole('button', { name: 'Vraag versturen' }));

    const alert = await within(section).findByRole('alert');
    expect(
      within(alert).getByText(
        'A request can have at most 3 follow-up questions; discuss further questions with your own doctor.',
      ),
    ).toBeDefined();
    const posts = calls(fetchMock).filter((request) => request.method === 'POST');
    await expect(posts[0]!.json()).resolves.toEqual({ question: 'Mag ik sporten?' });
    // A new question gets a new key, so it is not taken for a retry of the first.
    expect(posts[0]!.headers.get('Idempotency-Key')).not.toBe(
      posts[1]!.headers.get('Idempotency-Key'),
    );
  });

  it('closes the case with a transfer of care from a day, saying who is responsible until then', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-close; path=/';
    let closed = false;
    const closedRequest = reported({
      status: 'CLOSED',
      allowedNextSteps: [],
      closing: {
        decision: 'TRANSFER_OF_CARE',
        careTakenOverOn: '2027-01-15',
        ownDoctorResponsibleUntil: '2027-01-14',
        note: null,
        at: '2026-12-10T10:00:00Z',
      },
    });
    const fetchMock = routes('nl', () => json(closed ? closedRequest : reported()), {
      'POST /api/requests/req-1/close': () => {
        closed = true;
        return json(closedRequest);
      },
    });
    const { user } = renderApp('/requests/req-1/report');

    const section = await screen.findByRole('region', { name: 'De aanvraag afronden' });
    expect(within(section).queryByLabelText(/neemt uw zorg over/)).toBeNull();
    await user.click(
      within(section).getByRole('radio', { name: 'Mijn zorg gaat over naar een andere arts' }),
    );
    const date = within(section).getByLabelText('Datum waarop de nieuwe arts uw zorg overneemt');
    expect(date.getAttribute('min')).toBe(today());
    expect(date).toHaveProperty('required', true);
    expect(
      within(section).getByText(
        'Tot die dag blijft uw eigen arts verantwoordelijk voor uw zorg, ook voor acute zorg.',
      ).id,
    ).toBe(date.getAttribute('aria-describedby'));
    await user.type(date, '2027-01-15');
    await user.click(within(section).getByRole('button', { name: 'Aanvraag afronden' }));

    const summary = await screen.findByRole('region', { name: 'Afgerond' });
    expect(
      within(summary).getByText(
        'De nieuwe arts neemt uw zorg over op 15 januari 2027. Tot en met 14 januari 2027 blijft uw eigen arts verantwoordelijk, ook voor acute zorg.',
      ),
    ).toBeDefined();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(summary).getByRole('heading', { name: 'Afgerond' }),
      ),
    );
    expect(screen.queryByRole('region', { name: 'De aanvraag afronden' })).toBeNull();
    const post = calls(fetchMock).find((request) => request.method === 'POST')!;
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('csrf-close');
    await expect(post.json()).resolves.toEqual({
      decision: 'TRANSFER_OF_CARE',
      careTakenOverOn: '2027-01-15',
      note: null,
    });
    // Closed: the answers can be read, no longer changed.
    expect(screen.queryByRole('button', { name: 'Antwoorden opslaan' })).toBeNull();
  });

  it('sends no date when the patient continues as planned', async () => {
    const fetchMock = routes('nl', reported(), {
      'POST /api/requests/req-1/close': () =>
        json(reported({ status: 'CLOSED', allowedNextSteps: [] })),
    });
    const { user } = renderApp('/requests/req-1/report');

    await user.click(
      await screen.findByRole('radio', { name: 'Ik ga verder zoals gepland met mijn eigen arts' }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Toelichting (optioneel)' }), 'Besproken.');
    await user.click(screen.getByRole('button', { name: 'Aanvraag afronden' }));

    await waitFor(() =>
      expect(calls(fetchMock).some((request) => request.method === 'POST')).toBe(true),
    );
    const post = calls(fetchMock).find((request) => request.method === 'POST')!;
    await expect(post.json()).resolves.toEqual({
      decision: 'CONTINUE_AS_PLANNED',
      careTakenOverOn: null,
      note: 'Besproken.',
    });
  });

  it("shows the server's answer when there is no report to read", async () => {
    routes('nl', reported(), {
      '/api/requests/req-1/report': () =>
        new Response(
          JSON.stringify({
            type: 'https://secondopinion.nl/problems/report-not-found',
            status: 404,
            detail: 'There is no report on this request that you may read.',
          }),
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });

    renderApp('/requests/req-1/report');

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('There is no report on this request that you may read.'),
    ).toBeDefined();
  });
});
