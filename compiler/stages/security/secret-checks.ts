// Hard-coded secrets in the AST: string literals (secret-patterns.ts) and values bound to credential-like names.
import * as ts from 'typescript';
import { unwrap } from './ast';
import { SECRET_PATTERNS, PASSWORD_NAME, SHORT_PASS_NAME, CREDENTIAL_CONTEXT, SECRET_NAME, looksHighEntropySecret, shannonEntropy } from './secret-patterns';
import type { Analyzer } from './analyzer';

export class SecretChecks {
  constructor(private readonly a: Analyzer) {}

  checkSecretText(n: ts.Node, text: string): void {
    for (const p of SECRET_PATTERNS) {
      if (p.re.test(text)) {
        this.a.report(n, 'no-hardcoded-secret', `string literal looks like ${p.what}; never embed credentials in compiled logic (remove it and rotate the secret)`);
        return;
      }
    }
    if (text.length >= 40 && !/\s/.test(text) && looksHighEntropySecret(text) && shannonEntropy(text) >= 4.3) {
      this.a.report(n, 'no-hardcoded-secret', 'long high-entropy string literal looks like a key or token; never embed credentials in compiled logic');
    }
  }

  checkNamedSecret(n: ts.VariableDeclaration | ts.PropertyAssignment | ts.PropertyDeclaration | ts.ParameterDeclaration): void {
    if (!n.name || !n.initializer) return;
    const nm = ts.isIdentifier(n.name) || ts.isStringLiteral(n.name) ? n.name.text : undefined;
    if (nm) this.checkNamedValue(n, nm, n.initializer);
  }

  checkNamedValue(n: ts.Node, name: string, value: ts.Expression): void {
    const v = unwrap(value);
    if (!(ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v))) return;
    const text = v.text;
    if (PASSWORD_NAME.test(name) && text.length > 0) {
      this.a.report(n, 'no-hardcoded-secret', `'${name}' is assigned a hard-coded password; credentials must come from a secret store, never from compiled logic`);
      return;
    }
    if (SHORT_PASS_NAME.test(name) && this.looksLikeCredentialValue(n, text)) {
      this.a.report(n, 'no-hardcoded-secret', `'${name}' is assigned a hard-coded credential; credentials must come from a secret store, never from compiled logic`);
      return;
    }
    if (SECRET_NAME.test(name) && looksHighEntropySecret(text)) {
      this.a.report(n, 'no-hardcoded-secret', `'${name}' is assigned a high-entropy literal that looks like a key or token; never embed credentials in compiled logic`);
    }
  }

  /**
   * A `pass`-like field holds a credential when its literal is a single token that is not a plain status
   * word, and either it mixes letters with digits/symbols or the object also names a user, host or database.
   */
  private looksLikeCredentialValue(n: ts.Node, text: string): boolean {
    if (text.length < 4 || /\s/.test(text)) return false;
    if (/^(?:pass|passed|fail|failed|true|false|yes|no|none|null|ok|skip|skipped|pending|n\/a|unknown)$/i.test(text)) return false;
    if (/[A-Za-z]/.test(text) && /[^A-Za-z]/.test(text)) return true;
    const obj = n.parent;
    if (ts.isPropertyAssignment(n) && obj && ts.isObjectLiteralExpression(obj)) {
      return obj.properties.some((p) => p !== n && p.name !== undefined && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && CREDENTIAL_CONTEXT.test(p.name.text));
    }
    return false;
  }
}
