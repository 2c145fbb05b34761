// What every rendered page must satisfy, shared by check-stories and check-demo: every
// news-* element defined and rendered (and, unless allowed, done loading), no placeholder
// text on screen, and no axe violation.
// Home-made glue: axe-core does the accessibility checking; the rest are this library's
// own rules for a rendered page.
import {createRequire} from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Waits until every news-* element under `root` has rendered and (unless `allowBusy`) finished loading. */
export function waitForWidgets(page, {root = 'body', allowBusy = false, timeout = 5000} = {}) {
  return page
    .waitForFunction(
      (root, allowBusy) => {
        const widgets = [...document.querySelectorAll(`${root} *`)].filter((el) => el.localName.startsWith('news-'));
        return widgets.length && widgets.every((el) => el.shadowRoot?.childNodes.length && (allowBusy || !el.shadowRoot.querySelector('[aria-busy="true"]')));
      },
      {timeout},
      root,
      allowBusy,
    )
    .then(
      () => true,
      () => false,
    );
}

/** Problems with what `root` shows: undefined or unrendered elements, placeholder text, axe violations. */
export async function pageProblems(page, {root = 'body', axeRules = {}} = {}) {
  const problems = [];
  const report = await page.evaluate((root) => {
    const elements = [...document.querySelectorAll(`${root} *`)].filter((el) => el.localName.startsWith('news-'));
    const text = (node) =>
      [...node.childNodes].map((child) => (child.nodeType === 3 ? child.data : child.shadowRoot ? text(child.shadowRoot) + text(child) : text(child))).join(' ');
    return {
      undefinedTags: elements.filter((el) => !customElements.get(el.localName)).map((el) => el.localName),
      emptyCount: elements.filter((el) => !el.shadowRoot).length,
      text: text(document.querySelector(root)),
      count: elements.length,
      lang: document.querySelector(`${root} [lang]`)?.getAttribute('lang'),
    };
  }, root);
  if (!report.count) problems.push('no news-* element rendered');
  if (report.undefinedTags.length) problems.push(`not defined: ${report.undefinedTags.join(', ')}`);
  if (report.emptyCount) problems.push(`${report.emptyCount} element(s) without a shadow root`);
  const junk = report.text.match(/\b(undefined|NaN|Invalid Date)\b|\[object \w+\]/);
  if (junk) problems.push(`shows "${junk[0]}"`);
  await page.addScriptTag({path: axePath});
  const violations = await page.evaluate(
    async (root, rules) => {
      // Storybook's a11y addon may be running axe in the same page: wait for it.
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await window.axe.run(root, {rules});
          return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
        } catch (error) {
          if (attempt > 50 || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
    root,
    axeRules,
  );
  for (const violation of violations) problems.push(`axe ${violation}`);
  return {problems, lang: report.lang};
}
