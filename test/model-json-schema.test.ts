// OpenAI json_schema → node-llama-cpp's grammar schema subset (model/json-schema.ts): what zod / openai
// produce maps explicitly, and what a grammar cannot enforce is rejected with its path instead of silently
// becoming `null` (node-llama-cpp's behaviour for an unknown construct).
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import { JsonSchemaError, toGrammarSchema } from '../model/json-schema';

describe('toGrammarSchema', () => {
  test('the compiler candidate schema keeps its shape; annotations go', () => {
    const rf = zodResponseFormat(z.object({ code: z.string(), rationale: z.string() }), 'candidate');
    expect(toGrammarSchema(rf.json_schema.schema)).toEqual({
      type: 'object',
      properties: { code: { type: 'string' }, rationale: { type: 'string' } },
    });
  });

  test('nullable, enums, arrays and anyOf from zod', () => {
    const rf = zodResponseFormat(z.object({ n: z.number().int().nullable(), e: z.enum(['a', 'b']), l: z.array(z.string()).max(3) }), 'x');
    expect(toGrammarSchema(rf.json_schema.schema)).toEqual({
      type: 'object',
      properties: {
        n: { oneOf: [{ type: 'integer' }, { type: 'null' }] },
        e: { enum: ['a', 'b'] },
        l: { type: 'array', items: { type: 'string' }, maxItems: 3 },
      },
    });
  });

  test('type lists, OpenAPI nullable, string formats, definitions refs', () => {
    expect(toGrammarSchema({ type: ['string', 'null'] })).toEqual({ type: ['string', 'null'] });
    expect(toGrammarSchema({ type: ['object', 'null'], properties: { a: { type: 'boolean' } } })).toEqual({
      oneOf: [{ type: 'object', properties: { a: { type: 'boolean' } } }, { type: 'null' }],
    });
    expect(toGrammarSchema({ type: 'string', nullable: true, maxLength: 5 })).toEqual({ oneOf: [{ type: 'string', maxLength: 5 }, { type: 'null' }] });
    expect(toGrammarSchema({ type: 'string', format: 'date' })).toEqual({ type: 'string', format: 'date' });
    expect(toGrammarSchema({ type: 'string', format: 'email', pattern: '^.+@.+$' })).toEqual({ type: 'string' });
    expect(toGrammarSchema({ definitions: { P: { type: 'integer', minimum: 0 } }, type: 'object', properties: { p: { $ref: '#/definitions/P' } }, required: ['p'] })).toEqual({
      $defs: { P: { type: 'integer' } },
      type: 'object',
      properties: { p: { $ref: '#/$defs/P' } },
    });
  });

  test('open shapes become "any" instead of null', () => {
    const any = toGrammarSchema({});
    expect(any).toEqual(toGrammarSchema(true));
    expect(any.oneOf).toHaveLength(3);
    expect(toGrammarSchema({ type: 'object' })).toEqual({ type: 'object', additionalProperties: true });
    expect(toGrammarSchema({ type: 'object', properties: {}, additionalProperties: { type: 'number' } })).toEqual({ type: 'object', properties: {}, additionalProperties: { type: 'number' } });
  });

  test('what a grammar cannot enforce is rejected with its path', () => {
    expect(() => toGrammarSchema({ type: 'object', properties: { a: { not: { type: 'string' } } } })).toThrow(/#\/properties\/a: "not" cannot be enforced/);
    expect(() => toGrammarSchema({ allOf: [{ type: 'string' }, { maxLength: 3 }] })).toThrow(JsonSchemaError);
    expect(() => toGrammarSchema({ $ref: 'https://example.com/s.json' })).toThrow(/\$ref "https:\/\/example.com\/s.json" is not supported/);
    expect(() => toGrammarSchema({ type: 'date' })).toThrow(/unknown type "date"/);
    expect(() => toGrammarSchema({ items: [{ type: 'string' }], enum: [] })).toThrow(/"enum" must be a non-empty array/);
    expect(() => toGrammarSchema('string')).toThrow(/must be a JSON schema object/);
  });
});
