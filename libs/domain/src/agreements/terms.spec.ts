import {
  agreementProblems,
  agreementSituation,
  AgreementTermsInput,
  proposedRenewalEnd,
  RecordedTransition,
} from '../index';

const base: AgreementTermsInput = {
  signatureDate: null,
  effectiveFrom: 'signature',
  effectiveDate: null,
  prefectureDepositDate: null,
  endDate: null,
  duration: null,
  renewal: 'none',
  renewalPeriod: null,
  noticePeriod: null,
};
const signed: RecordedTransition[] = [{ to: 'signed', date: null }];

/** CCAS–ADOMA, 24 May 2023: 1 year from signature, tacit renewal, no notice period for non-renewal. */
const adoma: AgreementTermsInput = {
  ...base,
  signatureDate: '2023-05-24',
  duration: { value: 1, unit: 'years' },
  renewal: 'tacit',
  renewalPeriod: { value: 1, unit: 'years' },
};

describe('agreement terms and status as of a date', () => {
  it('keeps CCAS–ADOMA in force on 2026-11-23 in its 4th term ending 2027-05-23 (tacit renewal rolled three times)', () => {
    const s = agreementSituation(adoma, signed, [], '2026-11-23');
    expect(s).toMatchObject({
      status: 'in_force',
      termNumber: 4,
      currentTermStart: '2026-05-24',
      currentTermEnd: '2027-05-23',
      daysToTermEnd: 181,
    });
    expect(s.terminationNoticeDeadline).toBeNull();
    expect(s.nextRenewalDate).toBe('2027-05-24');
  });

  it('rolls CCAS–ADOMA term by term: 2023-05-24→2024-05-23→2025-05-23→2026-05-23→2027-05-23', () => {
    expect(agreementSituation(adoma, signed, [], '2024-05-23').currentTermEnd).toBe('2024-05-23');
    expect(agreementSituation(adoma, signed, [], '2024-05-24').currentTermEnd).toBe('2025-05-23');
    expect(agreementSituation(adoma, signed, [], '2026-05-23').currentTermEnd).toBe('2026-05-23');
    expect(agreementSituation(adoma, signed, [], '2026-05-24').currentTermEnd).toBe('2027-05-23');
  });

  it('is signed but not yet in force before its effective start', () => {
    expect(agreementSituation(adoma, signed, [], '2023-05-01').status).toBe('signed');
    expect(agreementSituation(adoma, [], [], '2026-11-23').status).toBe('draft');
  });

  it('computes the notice deadline as the term end minus the notice period, for a tacit renewal', () => {
    const s = agreementSituation(
      { ...adoma, noticePeriod: { value: 2, unit: 'months' } },
      signed,
      [],
      '2026-11-23',
    );
    expect(s.terminationNoticeDeadline).toBe('2027-03-23');
    expect(s.daysToNoticeDeadline).toBe(120);
  });

  it('expires the 2009 Grand Dijon agreement, effective once executory (deposit 22 July 2009), after 31/12/2009', () => {
    const grandDijon: AgreementTermsInput = {
      ...base,
      signatureDate: '2009-07-17',
      effectiveFrom: 'executory',
      prefectureDepositDate: '2009-07-22',
      endDate: '2009-12-31',
      noticePeriod: { value: 2, unit: 'months' },
    };
    expect(agreementSituation(grandDijon, signed, [], '2009-07-20').status).toBe('signed');
    expect(agreementSituation(grandDijon, signed, [], '2009-07-22')).toMatchObject({
      status: 'in_force',
      currentTermStart: '2009-07-22',
      currentTermEnd: '2009-12-31',
    });
    const now = agreementSituation(grandDijon, signed, [], '2026-11-23');
    expect(now).toMatchObject({
      status: 'expired',
      currentTermEnd: '2009-12-31',
      daysToTermEnd: null,
      terminationNoticeDeadline: null,
    });
  });

  it('expires the Action Tank 2023 agreement after 30 October 2023 even though its signature date is unknown', () => {
    const actionTank: AgreementTermsInput = { ...base, endDate: '2023-10-30' };
    expect(agreementSituation(actionTank, signed, [], '2023-10-30').status).toBe('signed');
    expect(agreementSituation(actionTank, signed, [], '2026-11-23').status).toBe('expired');
  });

  it('does not roll an express renewal without a recorded decision', () => {
    const express: AgreementTermsInput = { ...adoma, renewal: 'express' };
    expect(agreementSituation(express, signed, [], '2024-05-23').status).toBe('in_force');
    const after = agreementSituation(express, signed, [], '2024-05-24');
    expect(after).toMatchObject({ status: 'expired', currentTermEnd: '2024-05-23', nextRenewalDate: null });
  });

  it('extends an express renewal by each recorded decision, then expires after the last one', () => {
    const express: AgreementTermsInput = { ...adoma, renewal: 'express' };
    const renewals = [{ termEnd: '2025-05-23' }, { termEnd: '2026-05-23' }];
    expect(agreementSituation(express, signed, renewals, '2025-01-01')).toMatchObject({
      status: 'in_force',
      termNumber: 2,
      currentTermStart: '2024-05-24',
      currentTermEnd: '2025-05-23',
    });
    expect(agreementSituation(express, signed, renewals, '2026-05-23')).toMatchObject({
      status: 'in_force',
      termNumber: 3,
      currentTermEnd: '2026-05-23',
    });
    expect(agreementSituation(express, signed, renewals, '2026-05-24').status).toBe('expired');
    expect(proposedRenewalEnd(express, '2026-05-23')).toBe('2027-05-23');
  });

  it('rolls monthly terms from 31 January without drifting: ends 27/02, 30/03, 29/04 (anchored on the start)', () => {
    const monthly: AgreementTermsInput = {
      ...base,
      signatureDate: '2023-01-31',
      duration: { value: 1, unit: 'months' },
      renewal: 'tacit',
      renewalPeriod: { value: 1, unit: 'months' },
    };
    expect(agreementSituation(monthly, signed, [], '2023-02-10').currentTermEnd).toBe('2023-02-27');
    expect(agreementSituation(monthly, signed, [], '2023-03-10')).toMatchObject({
      currentTermStart: '2023-02-28',
      currentTermEnd: '2023-03-30',
    });
    expect(agreementSituation(monthly, signed, [], '2023-04-10')).toMatchObject({
      currentTermStart: '2023-03-31',
      currentTermEnd: '2023-04-29',
      termNumber: 3,
    });
  });

  it('rolls yearly terms from 29 February 2024: 28/02/2025 is the last day of the first year', () => {
    const leap: AgreementTermsInput = {
      ...base,
      signatureDate: '2024-02-29',
      duration: { value: 1, unit: 'years' },
      renewal: 'tacit',
      renewalPeriod: { value: 1, unit: 'years' },
    };
    expect(agreementSituation(leap, signed, [], '2025-02-27').currentTermEnd).toBe('2025-02-27');
    expect(agreementSituation(leap, signed, [], '2025-02-28')).toMatchObject({
      currentTermStart: '2025-02-28',
      currentTermEnd: '2026-02-27',
    });
    expect(agreementSituation(leap, signed, [], '2028-03-01')).toMatchObject({
      currentTermStart: '2028-02-29',
      currentTermEnd: '2029-02-27',
      termNumber: 5,
    });
  });

  it('rolls a tacit renewal after a fixed end date (31/12) by calendar years', () => {
    const yearly: AgreementTermsInput = {
      ...base,
      signatureDate: '2020-03-01',
      endDate: '2020-12-31',
      renewal: 'tacit',
      renewalPeriod: { value: 1, unit: 'years' },
      noticePeriod: { value: 3, unit: 'months' },
    };
    const s = agreementSituation(yearly, signed, [], '2026-11-23');
    expect(s).toMatchObject({
      status: 'in_force',
      currentTermStart: '2026-01-01',
      currentTermEnd: '2026-12-31',
      terminationNoticeDeadline: '2026-09-30',
      termNumber: 7,
    });
  });

  it('stops rolling at a recorded non-renewal and ends at a scheduled termination', () => {
    const nonRenewal: RecordedTransition[] = [...signed, { to: 'expired', date: '2025-05-24' }];
    expect(agreementSituation(adoma, nonRenewal, [], '2025-01-01')).toMatchObject({
      status: 'in_force',
      currentTermEnd: '2025-05-23',
      terminationNoticeDeadline: null,
      nextRenewalDate: null,
    });
    expect(agreementSituation(adoma, nonRenewal, [], '2025-06-01').status).toBe('expired');

    const termination: RecordedTransition[] = [...signed, { to: 'terminated', date: '2026-12-08' }];
    expect(agreementSituation(adoma, termination, [], '2026-11-23')).toMatchObject({
      status: 'in_force',
      currentTermEnd: '2026-12-07',
      daysToTermEnd: 14,
    });
    expect(agreementSituation(adoma, termination, [], '2026-12-08').status).toBe('terminated');
  });

  it('keeps a draft or approved agreement in that state whatever the dates', () => {
    expect(agreementSituation(adoma, [{ to: 'approved', date: '2023-04-06' }], [], '2026-11-23').status).toBe(
      'approved',
    );
  });
});

describe('agreement input rules', () => {
  it('rejects an agreement whose end precedes its start', () => {
    expect(agreementProblems({ ...base, signatureDate: '2023-05-24', endDate: '2023-05-01' })).toEqual([
      { field: 'endDate', message: 'La date de fin (01/05/2023) précède la date de début (24/05/2023).' },
    ]);
  });

  it('rejects a duration and an end date that disagree, and accepts them when they agree', () => {
    const problems = agreementProblems({ ...adoma, endDate: '2024-05-24' });
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/1 an à compter du 24\/05\/2023 mènent au 23\/05\/2024/);
    expect(agreementProblems({ ...adoma, endDate: '2024-05-23' })).toEqual([]);
  });

  it('rejects a tacit renewal without a renewal period', () => {
    expect(agreementProblems({ ...adoma, renewalPeriod: null }).map((p) => p.field)).toEqual([
      'renewalPeriodValue',
    ]);
  });

  it('rejects the same organisation twice with the same role, but accepts it with two roles', () => {
    const parties = [
      { organisationId: 'a', role: 'signatory' as const, organisationName: 'ADOMA' },
      { organisationId: 'a', role: 'data_provider' as const },
      { organisationId: 'a', role: 'signatory' as const, organisationName: 'ADOMA' },
    ];
    expect(agreementProblems({ ...adoma, parties })).toEqual([
      { field: 'parties.2.role', message: 'ADOMA figure déjà avec le rôle « Signataire ».' },
    ]);
    expect(agreementProblems({ ...adoma, parties: parties.slice(0, 2) })).toEqual([]);
  });

  it('requires the effective date when the agreement takes effect on a fixed date', () => {
    expect(agreementProblems({ ...base, effectiveFrom: 'date' }).map((p) => p.field)).toEqual([
      'effectiveDate',
    ]);
  });
});
