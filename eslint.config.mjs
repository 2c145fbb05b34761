import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import globals from 'globals';

/**
 * This repository's own lint rule. `home-made-says-why`: a script in scripts/ is code where a
 * maintained tool might do, so its first comment says why it is home-made (`Home-made: …`,
 * `Home-made glue: …`), and a reviewer can weigh the reason (issue 15).
 */
const repository = {
  rules: {
    'home-made-says-why': {
      meta: {
        type: 'suggestion',
        schema: [],
        messages: {missing: "The first comment of a script says why it is home-made ('Home-made: no maintained tool …')."},
      },
      create(context) {
        return {
          Program(program) {
            const {sourceCode} = context;
            const before = program.body[0]?.range[0] ?? sourceCode.text.length;
            const first = sourceCode.getAllComments().filter((comment) => comment.range[1] <= before);
            if (!first.some((comment) => /\bhome-made\b/i.test(comment.value))) context.report({node: program, loc: {line: 1, column: 0}, messageId: 'missing'});
          },
        };
      },
    },
  },
};

export default tseslint.config(
  {ignores: ['node_modules', 'dist', 'storybook-static', 'coverage', 'src/generated', 'custom-elements.json', '.frameworks-*']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-template-arrow': 'off',
    },
  },
  {
    // The CDN build leaves out @lit/localize's hashing of messages without an id (rollup.config.mjs).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {selector: 'CallExpression[callee.name="msg"]:not(:has(ObjectExpression > Property[key.name="id"]))', message: 'Give every msg() an id: {id: \'area.name\'} (the CDN build has no hashing for messages without one).'},
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.mjs', 'rollup.config.mjs', '.storybook/**'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['scripts/**/*.mjs'],
    plugins: {repository},
    rules: {'repository/home-made-says-why': 'error'},
  },
  {
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off'},
  },
);
