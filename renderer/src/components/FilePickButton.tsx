import { useRef, type ReactNode, type RefObject } from 'react';

interface FilePickButtonProps {
  /** What the picker offers (the bytes still decide in main). */
  accept: string;
  multiple?: boolean;
  /** The files chosen (never empty); the input is cleared, so the same file can be chosen again. */
  onFiles: (files: File[]) => void;
  /** The button's text, in the app's language. */
  children: ReactNode;
  className?: string;
  disabled?: boolean;
  /** The button's id (a <label htmlFor> may name it) and accessible name when its text is not enough. */
  id?: string;
  ariaLabel?: string;
  ariaDescribedBy?: string;
  autoFocus?: boolean;
  /** The hidden input's id and name, for a <label htmlFor> and for tests that hand it files. */
  inputId?: string;
  inputLabel?: string;
  /** The hidden input, for another button of the screen that picks again ("Pilih berkas lain"). */
  inputRef?: RefObject<HTMLInputElement | null>;
  testId?: string;
}

/**
 * The one file picker of the app: a hidden file input and our own labelled
 * button (its text through i18n, reachable by Tab and Enter/Space), so the
 * browser's "Choose File / No file chosen" never shows in Chromium's English.
 */
export function FilePickButton({ accept, multiple, onFiles, children, className = 'btn btn-secondary', disabled, id, ariaLabel, ariaDescribedBy, autoFocus, inputId, inputLabel, inputRef, testId }: FilePickButtonProps) {
  const own = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? own;
  return (
    <>
      <input
        ref={ref}
        type="file"
        id={inputId}
        hidden
        aria-label={inputLabel}
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <button
        type="button"
        id={id}
        className={className}
        disabled={disabled}
        aria-label={ariaLabel}
        aria-describedby={ariaDescribedBy}
        data-autofocus={autoFocus ? true : undefined}
        onClick={() => ref.current?.click()}
      >
        {children}
      </button>
    </>
  );
}
