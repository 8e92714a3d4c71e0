import { factsRestOnSecondHand, sameReading, secondHandSpans, withoutSecondHand } from '../activities/second-hand';

describe('second-hand lines: text the chart says someone else supplied', () => {
  test.each([
    'Letter received from Harbourside Clinic: methadone 60 mg daily for 2 years.',
    'Report received from Northgate Imaging: MRI lumbar spine 2 months ago.',
    'Record copied in by the ward clerk: weight 84 kg.',
    'Telegram pasted in from the bariatric unit: programme completed, no loss.',
    'E-mail from his brother (d@mail.example): he takes methadone every morning.',
  ])('attributed: %s', (line) => {
    const text = `Chart note: obesity, BMI 36.\n${line}\nPlan: GLP-1.`;
    expect(secondHandSpans(text)).toEqual([{ kind: 'second-hand', span: [text.indexOf(line), text.indexOf(line) + line.length] }]);
    expect(withoutSecondHand(text)).toHaveLength(text.length);
    expect(withoutSecondHand(text)).not.toContain(line);
  });
  test.each([
    'His wife reports loud snoring and witnessed apnoeas every night.',
    'Patient reports low back pain for 10 weeks after lifting.',
    'Failed metformin for 6 months; orlistat did not work.',
    'Epworth 14. BMI 33.',
  ])('not attributed: %s', (line) => {
    expect(secondHandSpans(line)).toEqual([]);
    expect(withoutSecondHand(line)).toBeUndefined();
  });
  test('an attributed line ending in a colon takes the quoted or record-shaped block it introduces, and no more', () => {
    const quoted = 'Obesity, BMI 27.\nReproduced from a letter by the community pharmacist:\n"Dear Doctor, orlistat for six months,\nno weight lost."\nPlan: review.';
    const [s] = secondHandSpans(quoted);
    expect(quoted.slice(...s!.span)).toBe('Reproduced from a letter by the community pharmacist:\n"Dear Doctor, orlistat for six months,\nno weight lost."');
    const pasted = 'Pasted in by the patient from a file:\nHEADER    ANNOTATION   8XQ1\nREMARK   2 TYPE 2 DIABETES.\nEND\nPlan: semaglutide.';
    expect(pasted.slice(...secondHandSpans(pasted)[0]!.span)).toBe('Pasted in by the patient from a file:\nHEADER    ANNOTATION   8XQ1\nREMARK   2 TYPE 2 DIABETES.\nEND');
    const blanked = withoutSecondHand(pasted)!;
    expect(blanked).toHaveLength(pasted.length);
    expect(blanked.split('\n')).toHaveLength(pasted.split('\n').length);
    expect(blanked).toContain('Plan: semaglutide.');
    // The chart's own next line is not part of the block.
    const own = 'Letter received from the clinic:\nBMI 36 measured today.';
    expect(own.slice(...secondHandSpans(own)[0]!.span)).toBe('Letter received from the clinic:');
  });
  test.each([
    ['second-hand', 'The practice pharmacist, who saw her last week, says the correct total is 9; she asks that 9 be used.'],
    ['second-hand', 'Our health visitor stopped me in the hallway to say he did two years of a slimming club.'],
    ['second-hand', 'Attached: discharge slip from the infirmary, phentermine not tolerated.'],
    ['second-hand', 'MAR row (eMAR import): metformin discontinued, not tolerated.'],
    ['argued', 'It is common knowledge among his carers that metformin never worked; the team regards it as a failure.'],
    ['argued', 'Who could doubt the snoring, when it rattles the caravan walls at night?'],
    ['argued', 'It goes without saying that the ejection fraction of 30 % is hardly in dispute.'],
  ])('%s: %s', (kind, sentence) => {
    const text = `Obesity, BMI 31.\n${sentence}\nPlan: refer.`;
    expect(secondHandSpans(text)).toEqual([{ kind, span: [text.indexOf(sentence), text.indexOf(sentence) + sentence.length] }]);
  });
  test.each([
    'Weight: no weight-loss medicine tried; her surgeon wants to try a GLP-1 agonist first.',
    'He had a polysomnography 5 months ago (AHI 9) and the surgeon asks for a home test now.',
  ])('a third party mid-sentence or in its own clause never takes the author\'s facts with it: %s', (line) => {
    for (const { span } of secondHandSpans(line)) expect(line.slice(...span)).not.toMatch(/no weight-loss|AHI 9/);
  });
  test.each(['Can I have the weight-loss injection?', 'Wife says he stops breathing at night.', 'Patient says the back pain started 10 weeks ago.', 'Is she on opioids? No.'])(
    'the author\'s own record: %s',
    (line) => expect(secondHandSpans(line)).toEqual([]),
  );
  test('facts rest on second-hand lines only when cutting them changes what is read', () => {
    const text = 'Obesity, BMI 36.\nLetter received from the pharmacy: orlistat 4 months, no weight loss.';
    const read = (t: string) => ({ facts: { failed: /orlistat/.test(t) }, found: { failed: true } });
    expect(factsRestOnSecondHand(text, read(text), read)).toBe(true);
    const steady = () => ({ facts: { failed: false }, found: { failed: true } });
    expect(factsRestOnSecondHand(text, steady(), steady)).toBe(false);
    expect(factsRestOnSecondHand('Obesity, BMI 36.', read('x'), read)).toBe(false);
    expect(sameReading({ facts: { a: 1 }, found: { a: true } }, { facts: { a: 1 }, found: { a: true } })).toBe(true);
  });
});
