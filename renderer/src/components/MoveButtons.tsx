import { ArrowDownIcon, ArrowLeftIcon, ArrowRightIcon, ArrowUpIcon } from './SectionIcons';

type Axis = 'vertical' | 'horizontal';
type MoveAction<X extends Axis> = X extends 'vertical' ? 'up' | 'down' : 'earlier' | 'later';

const BUTTONS = {
  vertical: [
    { delta: -1, action: 'up', keys: 'Alt+ArrowUp', Icon: ArrowUpIcon },
    { delta: 1, action: 'down', keys: 'Alt+ArrowDown', Icon: ArrowDownIcon },
  ],
  horizontal: [
    { delta: -1, action: 'earlier', keys: 'Alt+ArrowLeft', Icon: ArrowLeftIcon },
    { delta: 1, action: 'later', keys: 'Alt+ArrowRight', Icon: ArrowRightIcon },
  ],
} as const;

interface MoveButtonsProps<X extends Axis> {
  /** Up/down for a list, left/right ("earlier"/"later") for a grid. */
  axis: X;
  /** The two buttons' names, naming the item ("Pindahkan … ke atas"). */
  labels: readonly [earlier: string, later: string];
  first: boolean;
  last: boolean;
  iconSize?: number;
  onMove: (delta: -1 | 1, action: MoveAction<X>) => void;
}

/** The pair of buttons that move an item one place in an ordered list; the Alt+arrow keys stay the list's own. */
export function MoveButtons<X extends Axis>({ axis, labels, first, last, iconSize, onMove }: MoveButtonsProps<X>) {
  return (
    <>
      {BUTTONS[axis].map(({ delta, action, keys, Icon }, i) => (
        <button
          key={action}
          type="button"
          className="icon-btn row-btn"
          data-action={action}
          aria-label={labels[i]}
          title={labels[i]}
          aria-keyshortcuts={keys}
          disabled={i === 0 ? first : last}
          onClick={() => onMove(delta, action as MoveAction<X>)}
        >
          <Icon size={iconSize} />
        </button>
      ))}
    </>
  );
}
