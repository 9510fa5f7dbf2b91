import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../helpers/dist.ts';

// html-validate's recommended rules on every built page, minus the ones that
// judge Astro's output formatting rather than the document.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ...> and boolean attributes its own way.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    // Astro inlines no whitespace between tags; trailing whitespace is not a defect of the page.
    'no-trailing-whitespace': 'off',
    // A group of facet checkboxes shares one name by design (?year=2011&year=2017).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

describe.each(htmlPages())('%s', (page) => {
  it('has no html-validate error', async () => {
    const report = await validator.validateString(readFileSync(path.join(DIST, page), 'utf8'), page);
    const errors = report.results.flatMap((result) => result.messages.map(({ line, column, ruleId, message }) => `${line}:${column} ${ruleId}: ${message}`));
    expect(errors).toEqual([]);
  });
});
