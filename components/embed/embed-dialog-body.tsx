'use client';

import { useId, useState } from 'react';
import type { ChartId } from '@/lib/charts/registry';
import { VIEWS, type View } from '@/lib/charts/view';
import { embedSnippet, embedUrl, type EmbedChoice } from '@/lib/embed/snippet';
import { BASE_PATH } from '@/lib/site/base-path';
import { THEMES, type Theme } from '@/lib/site/theme';
import { CopyCode } from './copy-code';
import { EmbedPreview } from './embed-preview';

/** The dashboard's own words for its two views (components/dashboard/context-switch.tsx). */
const VIEW_LABELS: Record<View, string> = { article: 'Article figures only', context: 'With context figures' };
const THEME_LABELS: Record<Theme, string> = { auto: 'Auto (the reader’s setting)', light: 'Light', dark: 'Dark' };

type Props = {
  chart: ChartId;
  initialView: View;
  titles: Record<View, string>;
  headingId: string;
  onClose: () => void;
};

/** The Embed dialog's contents: the choices, the code they make, Copy, and the embed as it will look. */
export function EmbedDialogBody({ chart, initialView, titles, headingId, onClose }: Props) {
  const [view, setView] = useState(initialView);
  const [theme, setTheme] = useState<Theme>('auto');
  const [resize, setResize] = useState(true);
  const name = useId();
  const choice: EmbedChoice = { chart, view, theme, resize };
  // Rendered only in the browser, once the dialog opens: the code's addresses are where the reader found the site.
  const site = { origin: window.location.origin, base: BASE_PATH };

  return (
    <>
      <h2 id={headingId} className="embed-dialog-title">
        Embed this chart
      </h2>
      <p className="embed-dialog-chart">{titles[view]}</p>
      <div className="embed-choices">
        <fieldset>
          <legend>Figures</legend>
          {VIEWS.map((option) => (
            <label key={option}>
              <input type="radio" name={`${name}-view`} checked={view === option} onChange={() => setView(option)} />{' '}
              {VIEW_LABELS[option]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Theme</legend>
          {THEMES.map((option) => (
            <label key={option}>
              <input type="radio" name={`${name}-theme`} checked={theme === option} onChange={() => setTheme(option)} />{' '}
              {THEME_LABELS[option]}
            </label>
          ))}
        </fieldset>
      </div>
      <label className="embed-resize-choice">
        <input type="checkbox" checked={resize} onChange={(event) => setResize(event.target.checked)} /> Height follows
        the chart (adds a one-line script)
      </label>
      <CopyCode code={embedSnippet(site, choice, titles[view])} />
      <EmbedPreview src={embedUrl(site, choice)} title={`Preview: ${titles[view]}`} chart={chart} view={view} />
      <div className="embed-dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </>
  );
}
