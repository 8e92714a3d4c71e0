import { detectPhi, redactPhi } from '../activities/gate/phi';

const typesOf = (t: string) => detectPhi(t).map((f) => f.type);
const values = (t: string) => detectPhi(t).map((f) => [f.type, t.slice(f.span[0], f.span[1])]);

describe('detectPhi: each type, positive and negative', () => {
  test.each([
    ['name', 'Patient: Jane Roe. Here for follow-up.', 'Jane Roe'],
    ['name', 'Seen with Mrs. Maria Lopez today.', 'Maria Lopez'],
    ['name', 'Pt Robert Jones reports nausea.', 'Robert Jones'],
    ['name', 'Name: Ana Silva', 'Ana Silva'],
    ['name', 'Reviewed by Dr. Susan Park.', 'Susan Park'],
    ['dob', 'DOB: 03/14/1968', '03/14/1968'],
    ['dob', 'born March 3, 1955 in Ohio', 'March 3, 1955'],
    ['dob', 'Date of birth 1961-07-04.', '1961-07-04'],
    ['mrn', 'MRN: A1234567', 'A1234567'],
    ['mrn', 'Medical record number 00482913', '00482913'],
    ['ssn', 'SSN 123-45-6789', '123-45-6789'],
    ['phone', 'Call (555) 201-3344 today', '(555) 201-3344'],
    ['phone', 'Tel: 617.555.0100', '617.555.0100'],
    ['email', 'Contact jane.roe@example.com for records', 'jane.roe@example.com'],
    ['address', 'Lives at 42 Maple Street, Springfield, IL 62704.', '42 Maple Street, Springfield, IL 62704'],
    ['member_id', 'Member ID: XJH48291733', 'XJH48291733'],
    ['member_id', 'Subscriber ID 884422119', '884422119'],
    ['member_id', 'Policy #: PLN-99887766', 'PLN-99887766'],
  ])('%s in %s', (type, text, value) => {
    expect(values(text)).toContainEqual([type, value]);
  });

  test.each([
    ['name', 'Patient: denies chest pain. Subscriber: self.'],
    ['name', 'Patient reports improved energy.'],
    ['dob', 'Seen 05/02/2024. Labs 04/11/2024.'],
    ['mrn', 'MR: trace. MRI of the knee ordered.'],
    ['ssn', 'BP 132/84, HR 72, glucose 156 mg/dL.'],
    ['phone', 'A1c trend 8.9% -> 8.6% -> 8.4%; LDL 102; eGFR 88.'],
    ['email', 'Take 1 tablet @ bedtime.'],
    ['address', 'Walks 20 minutes three times per week.'],
    ['member_id', 'Group: Medicare Advantage. Plan: start GLP-1.'],
  ])('no %s in %s', (type, text) => {
    expect(typesOf(text)).not.toContain(type);
  });
});

describe('redactPhi', () => {
  const chart =
    'Patient: Jane Roe. DOB 03/14/1968. MRN 00482913. Member ID: XJH48291733. Phone 217-555-0199, jane@example.com, 42 Maple Street, Springfield, IL 62704. SSN 123-45-6789.';
  test('replaces spans with [TYPE] tokens', () => {
    expect(redactPhi(chart)).toBe(
      'Patient: [NAME]. DOB [DOB]. MRN [MRN]. Member ID: [MEMBER_ID]. Phone [PHONE], [EMAIL], [ADDRESS]. SSN [SSN].',
    );
  });
  test('leaves clinical numbers intact', () => {
    const clinical =
      'A1c 7.2%, BMI 31.4, E11.9, E66.01, Z68.41, weight 100 kg, height 5\'6", semaglutide 1 mg weekly, metformin 1000 mg BID, BP 130/80, glucose 156 mg/dL, LVEF 55%, seen 05/02/2024, A1c 8.1% on 2024-05-02.';
    expect(redactPhi(clinical)).toBe(clinical);
    expect(detectPhi(clinical)).toEqual([]);
  });
  test('mixed note keeps clinical values and removes identifiers', () => {
    const t = 'Pt Maria Lopez, DOB 02/29/1980, A1c 8.1%, BMI 34.2, E11.9. Dr. Alan Grant, MD.';
    const r = redactPhi(t);
    expect(r).toContain('A1c 8.1%');
    expect(r).toContain('BMI 34.2');
    expect(r).toContain('E11.9');
    expect(r).not.toMatch(/Maria|Lopez|02\/29\/1980|Alan|Grant/);
  });
  test('spans sorted and non-overlapping', () => {
    const f = detectPhi(chart);
    for (let i = 1; i < f.length; i++) expect(f[i].span[0]).toBeGreaterThanOrEqual(f[i - 1].span[1]);
  });
  test('empty and PHI-free text', () => {
    expect(detectPhi('')).toEqual([]);
    expect(redactPhi('No identifiers here.')).toBe('No identifiers here.');
  });
});
