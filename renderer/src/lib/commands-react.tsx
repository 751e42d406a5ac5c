/** The React side of the command registry: components register their shortcuts with a hook. */
import { createContext, useContext, useEffect, useLayoutEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { commandKeys, commands, type Command, type CommandRegistry } from './commands';

const RegistryContext = createContext<CommandRegistry>(commands);

/** Another registry for what is below (tests); the app uses the default one. */
export function CommandRegistryProvider({ registry, children }: { registry: CommandRegistry; children: ReactNode }) {
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

export function useCommandRegistry(): CommandRegistry {
  return useContext(RegistryContext);
}

/**
 * Registers a command while the component is mounted. `run` and `when` are
 * always the latest ones passed (no stale state); the command is registered
 * anew only when its id, label, keys, context or guards change.
 */
export function useCommand(command: Command): void {
  const registry = useCommandRegistry();
  const latest = useRef(command);
  useLayoutEffect(() => {
    latest.current = command;
  });
  const { id, label, context, inModal, repeat, reserve } = command;
  const keys = commandKeys(command.keys).join('\n');
  const inTextField = typeof command.inTextField === 'object' ? command.inTextField.join('\n') : command.inTextField;
  useEffect(() => {
    const specs = keys.split('\n');
    return registry.register({
      id,
      label,
      keys: specs,
      context,
      inModal,
      repeat,
      reserve,
      inTextField: typeof inTextField === 'string' ? inTextField.split('\n') : inTextField,
      when: () => latest.current.when?.() ?? true,
      run: (e) => latest.current.run(e),
    });
  }, [registry, id, label, keys, context, inModal, repeat, reserve, inTextField]);
}

/** The commands registered now, kept up to date. */
export function useCommandList(): readonly Command[] {
  const registry = useCommandRegistry();
  return useSyncExternalStore(registry.subscribe, registry.list, registry.list);
}
