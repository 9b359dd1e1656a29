import {
  buildCalendar,
  checkDocument,
  deliberationQuorum,
  attendanceProblems,
  escapeText,
  foldLine,
  followingDueDate,
  nextOccurrence,
  obligationStatus,
  voteProblems,
} from '../index';

describe('meetings and obligations schedule', () => {
  it('rolls a bimonthly meeting forward from its anchor, keeping month ends', () => {
    expect(nextOccurrence('2026-01-31', 'bimonthly', '2026-11-23')).toBe('2026-11-30');
    expect(nextOccurrence('2026-01-31', 'bimonthly', '2026-12-01')).toBe('2027-01-31');
    expect(nextOccurrence('2026-08-31', 'semiannual', '2026-11-23')).toBe('2027-02-28');
    expect(nextOccurrence('2026-12-01', 'annual', '2026-11-23')).toBe('2026-12-01');
  });

  it('gives no next occurrence to a past one-off meeting', () => {
    expect(nextOccurrence('2026-01-31', 'once', '2026-11-23')).toBeNull();
  });

  it('derives « en retard » from the due date for an obligation not done', () => {
    expect(obligationStatus('todo', '2023-12-31', '2026-11-23')).toBe('overdue');
    expect(obligationStatus('done', '2023-12-31', '2026-11-23')).toBe('done');
    expect(obligationStatus('todo', '2026-11-23', '2026-11-23')).toBe('todo');
    expect(obligationStatus('todo', null, '2026-11-23')).toBe('todo');
  });
});

describe('deliberation quorum', () => {
  const board2024 = {
    membersInOffice: 17,
    present: [
      'M. HOAREAU',
      'Mme TENENBAUM',
      'M. BERTHIER',
      'Mme CHOLLET',
      'Mme GINDRE',
      'Mme VIAN',
      'M. FOUILLOT',
      'Mme JACQUENET',
      'M. AVENA',
    ],
    represented: [
      { member: 'M. REBSAMEN', by: 'M. HOAREAU' },
      { member: 'Mme JACQUEMARD', by: 'Mme CHOLLET' },
      { member: 'M. FOUSSET', by: 'M. FOUILLOT' },
      { member: 'M. JASPART', by: 'M. AVENA' },
    ],
    excused: ['Mme AKPINAR-ISTIQUAM', 'M. MEZUI', 'Mme HERVIEU', 'Mme LECOMTE'],
  };

  it('reaches the quorum on 3 July 2024: 9 present + 4 represented out of 17 members in office', () => {
    expect(deliberationQuorum(board2024)).toEqual({ attending: 13, required: 9, reached: true });
    expect(attendanceProblems(board2024)).toEqual([]);
  });

  it('misses the quorum when fewer than the absolute majority attend', () => {
    expect(
      deliberationQuorum({
        membersInOffice: 17,
        present: board2024.present.slice(0, 6),
        represented: board2024.represented.slice(0, 2),
      }).reached,
    ).toBe(false);
    expect(
      deliberationQuorum({ membersInOffice: 16, present: board2024.present.slice(0, 8), represented: [] })
        .reached,
    ).toBe(false);
  });

  it('refuses a proxy held by someone not present, and more names than members', () => {
    const problems = attendanceProblems({
      ...board2024,
      membersInOffice: 16,
      represented: [{ member: 'M. REBSAMEN', by: 'M. ABSENT' }],
    });
    expect(problems.map((p) => p.field)).toEqual(['membersRepresented.0.by']);
    expect(attendanceProblems({ ...board2024, membersInOffice: 16 }).map((p) => p.field)).toEqual([
      'membersInOffice',
    ]);
  });

  it('refuses vote counts above the members attending', () => {
    expect(
      voteProblems({ voteKind: 'counts', votesFor: 10, votesAgainst: 3, abstentions: 1 }, 13),
    ).toHaveLength(1);
    expect(voteProblems({ voteKind: 'counts', votesFor: 10, votesAgainst: 2, abstentions: 1 }, 13)).toEqual(
      [],
    );
    expect(voteProblems({ voteKind: 'unanimity' }, 13)).toEqual([]);
  });
});

describe('uploaded documents checked by content', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const zip = (name: string, content: string) => {
    const header = new Uint8Array(30);
    header.set([0x50, 0x4b, 0x03, 0x04]);
    return new Uint8Array([...header, ...bytes(name), ...bytes(content)]);
  };

  it('accepts a PDF named .pdf and declared application/pdf', () => {
    expect(checkDocument(bytes('%PDF-1.7\n...'), 'convention.pdf', 'application/pdf')).toEqual({
      format: 'pdf',
    });
  });

  it('recognises ODT by its mimetype entry and DOCX by its content types', () => {
    expect(
      checkDocument(zip('mimetype', 'application/vnd.oasis.opendocument.text'), 'annexe.odt', null),
    ).toEqual({ format: 'odt' });
    expect(checkDocument(zip('[Content_Types].xml', '...word/document.xml'), 'annexe.docx', null)).toEqual({
      format: 'docx',
    });
  });

  it('refuses a text file renamed .pdf, a PDF named .png, and a ZIP that is not a document', () => {
    expect(checkDocument(bytes('hello'), 'convention.pdf', 'application/pdf')).toEqual({
      problem: expect.stringMatching(/non accepté/),
    });
    expect(checkDocument(bytes('%PDF-1.4'), 'scan.png', 'image/png')).toEqual({
      problem: expect.stringMatching(/ne correspond pas à son contenu, qui est un PDF/),
    });
    expect(checkDocument(zip('data.csv', 'a;b'), 'archive.docx', null)).toEqual({
      problem: expect.stringMatching(/non accepté/),
    });
  });

  it('refuses a declared type that contradicts the content', () => {
    expect(checkDocument(bytes('%PDF-1.4'), 'convention.pdf', 'image/jpeg')).toEqual({
      problem: expect.stringMatching(/type annoncé/),
    });
  });
});

describe('iCalendar feed (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds lines at 75 octets without splitting an accented character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line);
    const encoder = new TextEncoder();
    for (const part of folded.split('\r\n')) expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((p, i) => (i === 0 ? p : p.slice(1)))
        .join(''),
    ).toBe(line);
    expect(folded.split('\r\n')[1].startsWith(' ')).toBe(true);
  });

  it('builds all-day events with CRLF line ends, stable UIDs and DTSTART;VALUE=DATE', () => {
    const ics = buildCalendar({
      name: 'Échéances Pacte',
      stamp: new Date('2026-11-23T10:00:00Z'),
      events: [
        {
          uid: 'term-end-1@pacte',
          date: '2027-05-23',
          summary: 'Fin de période : CONV-2023-004, ADOMA',
          description: 'Tacite reconduction; 1 an',
        },
      ],
    });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(ics).toContain('\r\nUID:term-end-1@pacte\r\n');
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20270523\r\nDTEND;VALUE=DATE:20270524\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261123T100000Z\r\n');
    expect(ics).toContain('SUMMARY:Fin de période : CONV-2023-004\\, ADOMA');
    expect(ics).toContain('DESCRIPTION:Tacite reconduction\\; 1 an');
  });
});

describe('followingDueDate', () => {
  it('adds one recurrence to the due date, month ends kept at month end', () => {
    expect(followingDueDate('2026-03-31', 'annual')).toBe('2027-03-31');
    expect(followingDueDate('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(followingDueDate('2026-02-28', 'monthly')).toBe('2026-03-31');
    expect(followingDueDate('2027-11-30', 'quarterly')).toBe('2028-02-29');
    expect(followingDueDate('2026-06-30', 'semiannual')).toBe('2026-12-31');
    expect(followingDueDate('2026-03-31', 'quarterly')).toBe('2026-06-30');
    expect(followingDueDate('2026-06-30', 'quarterly')).toBe('2026-09-30');
    expect(followingDueDate('2026-09-30', 'quarterly')).toBe('2026-12-31');
    // Not a month end: the day is kept, clamped in a shorter month.
    expect(followingDueDate('2026-05-30', 'quarterly')).toBe('2026-08-30');
    expect(followingDueDate('2025-11-29', 'quarterly')).toBe('2026-02-28');
  });

  it('has nothing after a one-off obligation or one without a date', () => {
    expect(followingDueDate('2026-03-31', 'once')).toBeNull();
    expect(followingDueDate(null, 'annual')).toBeNull();
  });
});
