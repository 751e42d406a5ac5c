import { useId, type ReactNode, type Ref } from 'react';

/**
 * A titled panel of Pengaturan (and of the refused-file screen): a section named by its h2.
 * Give `headingRef` when the heading takes the focus (it is then focusable).
 */
export function Panel({
  title,
  className,
  id,
  headingRef,
  children,
}: {
  title: string;
  className: string;
  id?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}) {
  const uid = useId();
  return (
    <section className={className} id={id} aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`} ref={headingRef} tabIndex={headingRef ? -1 : undefined} className="panel-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
