import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NO_ELECTRON = { group: ['electron', 'electron/*'], message: 'Only main/electron/ imports Electron; the rest of main is plain Node.' };
const NO_RENDERER = { group: ['**/renderer/**'], message: 'main never imports the renderer.' };
/** main's areas (main/<area>/): another area is entered through its index; its migrations are listed by main/db/migrations.ts. */
const AREAS = ['trips', 'directory', 'delegation', 'import', 'agenda', 'learnings', 'media', 'quotes', 'documents', 'trash', 'money'];
const AREA_INTERNALS = {
  group: [...AREAS.flatMap((a) => [`**/${a}/*`, `!**/${a}/index`, `!**/${a}/migrations`, `!**/${a}/migrations/*`]), '!**/shared/**'],
  message: 'An area is entered through its index (main/<area>/index.ts); its other files are its own.',
};
/**
 * The renderer's areas (renderer/src/<area>/): another area, App.tsx, components/ or lib/ use one only through its
 * index.ts; what several areas share lives in components/ (UI) or lib/ (hooks, the rest). An area's own `./x` stays
 * free. So is an area's stylesheet: styles several areas use live in styles/ (Vite makes one global sheet of every
 * imported .css, so a borrowed sheet worked only while its owner happened to be loaded).
 */
const RENDERER_AREAS = [...AREAS, 'backups', 'settings'];
const rendererInternals = (alsoAllowed = []) => ({
  group: [...RENDERER_AREAS.flatMap((a) => [`**/${a}/*`, `!**/${a}/index`, ...alsoAllowed.map((f) => `!**/${a}/${f}`)]), '!**/shared/**'],
  message: 'A renderer area is entered through its index (renderer/src/<area>/index.ts); shared pieces belong in components/ or lib/.',
});
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'util', 'stream', 'events'];
/** What the renderer (a web page) never imports. */
const RENDERER_OUTSIDE = [
  { group: ['**/main/**', '../main', '../../main'], message: 'The renderer talks to main only through the contract client.' },
  { group: ['electron', 'electron/*'], message: 'The renderer never imports Electron.' },
  { group: nodeBuiltins, message: 'The renderer never imports Node built-ins.' },
  { group: ['better-sqlite3'], message: 'The renderer never touches the database.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'reports/**', 'node_modules/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', 'scripts/*.mjs', '.ci/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The renderer is a web page: no Node, no Electron, no main-process code.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: RENDERER_OUTSIDE }],
    },
  },
  {
    // An area of the renderer is entered through its index only.
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...RENDERER_OUTSIDE, rendererInternals()] }] },
  },
  {
    // The first module evaluated starts the first screen's reads through each area's boot.ts (only that file).
    files: ['renderer/src/boot.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...RENDERER_OUTSIDE, rendererInternals(['boot'])] }] },
  },
  {
    // The i18n set-up registers every area's texts (i18n-<ns>.id.ts / .en.ts), and only it reaches for them.
    files: ['renderer/src/i18n/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...RENDERER_OUTSIDE, rendererInternals(['i18n-*'])] }] },
  },
  {
    // shared/ is the domain: pure code usable on both sides.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'shared/ never imports Electron.' },
            { group: nodeBuiltins, message: 'shared/ never imports Node built-ins.' },
            { group: ['react', 'react-dom', 'react-dom/*'], message: 'shared/ holds no UI code.' },
            { group: ['**/main/**', '**/renderer/**'], message: 'shared/ depends on nothing of the app.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'process', 'Buffer'],
    },
  },
  {
    // Only the thin shell may import Electron; an area (main/<area>/) is entered through its index only.
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_ELECTRON, NO_RENDERER, AREA_INTERNALS] }],
    },
  },
  {
    // The documents are pure functions of their data (main/documents/doc-data.ts gathers it): no database, no area's code.
    files: ['main/docs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_ELECTRON,
            NO_RENDERER,
            {
              group: ['better-sqlite3', '**/db/**', '**/db', '**/handlers', '**/dispatcher', '**/app', ...AREAS.flatMap((a) => [`**/${a}`, `**/${a}/**`]), '!**/shared/**'],
              message: 'main/docs builds documents from DocData only: it reads no database (gather the data in main/documents/doc-data.ts).',
            },
          ],
        },
      ],
    },
  },
);
