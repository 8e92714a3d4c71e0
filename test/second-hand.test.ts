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
    expect(secondHandSpans(text)).toHaveLength(1);
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
