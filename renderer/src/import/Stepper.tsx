import { useTranslation } from 'react-i18next';

export const STEPS = ['source', 'mapping', 'preview', 'done'] as const;
export type Step = (typeof STEPS)[number];

/** Where the user is in the import: done steps, the current one, the ones ahead. */
export function Stepper({ step }: { step: Step }) {
  const { t } = useTranslation();
  const at = STEPS.indexOf(step);
  return (
    <nav aria-label={t('import.steps.label')} className="import-steps">
      <ol>
        {STEPS.map((s, i) => (
          <li
            key={s}
            className={i < at ? 'is-done' : i === at ? 'is-current' : undefined}
            aria-current={i === at ? 'step' : undefined}
          >
            <span className="import-step-num" aria-hidden="true">
              {i < at ? '✓' : i + 1}
            </span>
            <span>{t(`import.steps.${s}`)}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
