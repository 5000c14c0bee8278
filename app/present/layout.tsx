// The deck's stylesheet in parts, after the site's (app/layout.tsx), in this order:
// for both views' slide mode and their presenter windows.
import '../styles/deck-slides.css';
import '../styles/deck-controls.css';
import '../styles/deck-presenter.css';
import '../styles/deck-print-and-phones.css';

export default function PresentLayout({ children }: { children: React.ReactNode }) {
  return children;
}
