import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoneyProblem } from '../../../../shared/money/readiness';
import { AlertIcon } from '../../components/Icons';
import { currentLang } from '../../i18n';
import { problemText } from './texts';

/** Names shown for a problem many members share, before "and N more". */
const NAMES_SHOWN = 6;

interface Item {
  key: string;
  severity: MoneyProblem['severity'];
  code: MoneyProblem['code'];
  text: string;
  real: boolean;
  memberIds: string[];
}

/**
 * What is not ready in the trip's money: each problem worded, "Kurang" or
 * "Periksa"; the same problem of several members once, with their names,
 * each leading to that member's row of the cost table.
 */
export function ProblemsList({ problems, names, onMember }: { problems: readonly MoneyProblem[]; names: ReadonlyMap<string, string>; onMember: (memberId: string) => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  if (problems.length === 0) return <p className="budget-ready">{t('budget.problems.ready')}</p>;
  const items = new Map<string, Item>();
  problems.forEach((p, i) => {
    const text = problemText(t, p, lang);
    const real = p.plan === 'real';
    const key = p.memberId === null ? `trip ${i}` : `${p.severity} ${p.code} ${real} ${text}`;
    const item = items.get(key);
    if (item) item.memberIds.push(p.memberId ?? '');
    else items.set(key, { key, severity: p.severity, code: p.code, text, real, memberIds: p.memberId === null ? [] : [p.memberId] });
  });
  return (
    <ul className="budget-problems">
      {[...items.values()].map((p) => (
        <li key={p.key} className={`budget-problem is-${p.severity}`} data-code={p.code}>
          <span className={`budget-severity is-${p.severity}`}>
            <AlertIcon size={13} />
            {t(p.severity === 'missing' ? 'budget.problems.missing' : 'budget.problems.warning')}
          </span>
          <span className="budget-problem-text">
            {(expanded.has(p.key) ? p.memberIds : p.memberIds.slice(0, NAMES_SHOWN)).map((id, i) => {
              const name = names.get(id) ?? '';
              return (
                <Fragment key={id}>
                  {i > 0 && ', '}
                  <button type="button" className="budget-open" onClick={() => onMember(id)} aria-label={t('budget.problems.goToMember', { name })}>
                    {name}
                  </button>
                </Fragment>
              );
            })}
            {p.memberIds.length > NAMES_SHOWN && !expanded.has(p.key) && (
              <>
                {' '}
                <button type="button" className="budget-open budget-more" onClick={() => setExpanded((was) => new Set([...was, p.key]))}>
                  {t('budget.problems.more', { count: p.memberIds.length - NAMES_SHOWN })}
                </button>
              </>
            )}
            {p.real && <span className="muted"> ({t('budget.problems.real')})</span>}
            {p.memberIds.length > 0 && ': '}
            {p.text}
          </span>
        </li>
      ))}
    </ul>
  );
}
