import { Suspense, type ReactNode } from 'react';
import { ShownGate } from './shown-gate';

/** A block whose client content hydrates only once CSS shows it (see shown-gate.tsx). */
export function HydrateWhenShown({ id, className, children }: { id: string; className: string; children: ReactNode }) {
  return (
    <div id={id} className={className}>
      <Suspense>
        <ShownGate selector={`#${id}`}>{children}</ShownGate>
      </Suspense>
    </div>
  );
}
