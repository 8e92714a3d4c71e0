// The function-call kit: numbers, cue words, phrases, names, lists, enum choice, call/noCall.
import { call, has, listAfter, missing, noCall, numberAt, numberNear, numbers, oneOf, properNames, quoted, textAfter } from '../templates/function-call/kit';

describe('numbers', () => {
  it('reads digits, separators, decimals, signs, currency, magnitudes and small spelled-out numbers', () => {
    const v = (q: string) => numbers(q).map((h) => h.value);
    expect(v('a base of 10 units and height of 5')).toEqual([10, 5]);
    expect(v('net income of $2,000,000 and equity of $10,000,000')).toEqual([2000000, 10000000]);
    expect(v('coefficients a=1, b=-3, c=2')).toEqual([1, -3, 2]);
    expect(v('probability 0.5 over six months')).toEqual([0.5, 6]);
    expect(v('the 2019-2020 season')).toEqual([2019, 2020]);
    expect(v('twenty five people and 2.5 million dollars')).toEqual([25, 2500000]);
    expect(v('3 m of cable')).toEqual([3]);
    expect(v('no numbers here, only one of them')).toEqual([]);
  });
  it('flags integers', () => {
    expect(numbers('5 and 5.0 and 2.5').map((h) => h.integer)).toEqual([true, false, false]);
  });
  it('numberAt picks by position', () => {
    expect(numberAt('sides 4 and 5', 1)).toBe(5);
    expect(numberAt('sides 4 and 5', 2)).toBeUndefined();
    expect(numberAt('rate 2.5 over 10 years', 0, { integer: true })).toBe(10);
  });
});

describe('numberNear', () => {
  const q = 'Calculate the probability of observing 60 heads if I flip a coin 100 times with probability of heads 0.5.';
  it('takes the closer of the number after and the number before a cue', () => {
    expect(numberNear(q, ['heads'])).toBe(60);
    expect(numberNear(q, ['times'])).toBe(100);
    expect(numberNear('a triangle with a base of 10 units and height of 5 units', ['height'])).toBe(5);
    expect(numberNear('base = 7', ['base'])).toBe(7);
  });
  it('respects the window and the integer option', () => {
    expect(numberNear('the base is not given at all here and then 5', ['base'])).toBeUndefined();
    expect(numberNear('rate 2.5 or 3 years', ['rate'], { integer: true })).toBe(3);
  });
  it('phrases match as phrases', () => {
    expect(numberNear('probability of heads 0.5 and 100 trials', ['probability of heads'])).toBe(0.5);
  });
});

describe('text', () => {
  it('textAfter stops at stop words and punctuation, drops articles', () => {
    expect(textAfter('weather in New York for 3 days', ['in'])).toBe('New York');
    expect(textAfter('directions from Sydney to Melbourne', ['from'])).toBe('Sydney');
    expect(textAfter('directions from Sydney to Melbourne', ['to'])).toBe('Melbourne');
    expect(textAfter('stats of the Golden State Warriors, please', ['of'])).toBe('Golden State Warriors');
    expect(textAfter('nothing to see', ['absent'])).toBeUndefined();
  });
  it('properNames finds capitalised runs, not request words', () => {
    expect(properNames('Get the player stats of Cristiano Ronaldo in the 2019-2020 season')).toEqual(['Cristiano Ronaldo']);
    expect(properNames('Find weather for New York, USA today')).toEqual(['New York', 'USA']);
    expect(properNames('Who founded Bank of America?')).toEqual(['Bank of America']);
    expect(properNames('from Paris to Rome', { after: ['to'] })).toEqual(['Rome']);
  });
  it('quoted, listAfter, has and oneOf', () => {
    expect(quoted('search "deep learning" and \'GPU\' now')).toEqual(['deep learning', 'GPU']);
    expect(listAfter('average price and ratings of piano', ['average'])).toEqual(['price', 'ratings']);
    expect(listAfter('for apples, pears & plums.', ['for'])).toEqual(['apples', 'pears', 'plums']);
    expect(has('Include the DETAILS please', ['details'])).toBe(true);
    expect(has('detailed', ['details'])).toBe(false);
    expect(oneOf('take the quickest road', ['fastest', 'scenic'], { fastest: ['quickest'] })).toBe('fastest');
    expect(oneOf('last six months of rain', ['one_year', 'six_months'])).toBe('six_months');
    expect(oneOf('no option here', ['a_b'])).toBeUndefined();
    expect(oneOf('Find a neurologist in Boston', ['cardiology', 'neurology'])).toBe('neurology');
    expect(oneOf('a pediatrician or an orthopedic surgeon', ['orthopedics', 'pediatrics'])).toBe('pediatrics');
    expect(oneOf('the fast one', ['fastest'])).toBeUndefined();
  });
});

describe('results', () => {
  it('call drops undefined arguments; missing names the empty ones; noCall keeps its reason', () => {
    expect(call('f', { a: 1, b: undefined, c: 'x' })).toEqual({ kind: 'call', name: 'f', arguments: { a: 1, c: 'x' } });
    expect(missing({ a: 1, b: undefined, c: '', d: [] })).toEqual(['b', 'c', 'd']);
    expect(noCall('no city')).toEqual({ kind: 'no-call', reason: 'no city' });
  });
});
