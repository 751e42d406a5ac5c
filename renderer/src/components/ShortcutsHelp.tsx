import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMAND_CONTEXTS, commandKeys, formatKeys, type Command } from '../lib/commands';
import { useCommand, useCommandList, useCommandRegistry } from '../lib/commands-react';
import { Svg } from './Icons';
import { Modal } from './Modal';
import '../lib/commands.css';
import { runtimeKey } from '../i18n';

export const HELP_COMMAND_ID = 'help.shortcuts';

/** F1, or "?" outside text fields: the keyboard shortcuts of the screen shown. Mounted once, in App. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  useCommand({
    id: HELP_COMMAND_ID,
    label: 'commands.labels.help',
    keys: ['F1', 'Shift+?'],
    context: 'global',
    // F1 works while typing; "?" there is a character.
    inTextField: ['F1'],
    // F1 never opens the browser's help, not even over a dialog.
    reserve: true,
    run: () => setOpen(true),
  });
  return open ? <ShortcutsDialog onClose={() => setOpen(false)} /> : null;
}

function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const list = useCommandList();
  const groups = COMMAND_CONTEXTS.map((context) => ({ context, commands: list.filter((c) => c.context === context) })).filter(
    (g) => g.commands.length > 0,
  );
  return (
    <Modal labelledBy={`${uid}-h`} describedBy={`${uid}-d`} onCancel={onClose}>
      <div className="commands-help">
        <header className="modal-header">
          <h2 id={`${uid}-h`}>{t('commands.title')}</h2>
        </header>
        <div className="modal-body">
          <p id={`${uid}-d`} className="commands-lead">
            {t('commands.lead')}
          </p>
          {groups.map(({ context, commands }) => (
            <section key={context} className="commands-group" aria-labelledby={`${uid}-${context}`}>
              <h3 id={`${uid}-${context}`}>{t(`commands.contexts.${context}`)}</h3>
              <table className="data-table commands-table" aria-labelledby={`${uid}-${context}`}>
                <thead>
                  <tr>
                    <th scope="col">{t('commands.columns.action')}</th>
                    <th scope="col" className="commands-col-keys">
                      {t('commands.columns.keys')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {commands.map((c) => (
                    <CommandRow key={c.id} command={c} />
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
        <footer className="modal-footer">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.close')}
          </button>
        </footer>
      </div>
    </Modal>
  );
}

function CommandRow({ command }: { command: Command }) {
  const { t } = useTranslation();
  const keys = commandKeys(command.keys);
  return (
    <tr>
      <th scope="row">{t(runtimeKey(command.label))}</th>
      <td className="commands-keys">
        {keys.map((k, i) => (
          <Fragment key={k}>
            {i > 0 && <span className="commands-or"> {t('commands.or')} </span>}
            <kbd className="kbd">{formatKeys(k)}</kbd>
          </Fragment>
        ))}
      </td>
    </tr>
  );
}

const KeyboardIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <rect x="2.5" y="6" width="19" height="12" rx="2" />
    <path d="M6 10h.01M9.5 10h.01M13 10h.01M16.5 10h.01M6 14h.01M18 14h.01M9 14h6" />
  </Svg>
);

/** The sidebar's way to the overlay, for those who do not know F1. */
export function ShortcutsButton() {
  const { t } = useTranslation();
  const registry = useCommandRegistry();
  return (
    <button type="button" className="nav-link commands-open" onClick={() => registry.execute(HELP_COMMAND_ID)} aria-keyshortcuts="F1 Shift+?">
      <KeyboardIcon />
      <span>{t('commands.open')}</span>
      <kbd className="kbd" aria-hidden="true">
        {formatKeys('F1')}
      </kbd>
    </button>
  );
}
