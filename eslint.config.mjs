import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import globals from 'globals';

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
    files: ['scripts/**/*.mjs', '*.config.mjs', 'rollup.config.mjs', '.storybook/**'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off'},
  },
);
