import type { Language } from '../store/types.ts';
import { t } from '../i18n/i18n.ts';

/** A readable page instead of a blank one: what failed, the details, and what to do. */
export function ErrorScreen({
  language,
  message,
  details,
}: {
  language: Language;
  message: string;
  details: readonly string[];
}) {
  return (
    <main className="error-screen" role="alert">
      <h1>{t(language, 'errorTitle')}</h1>
      <p className="error-screen__message">{message}</p>
      {details.length > 0 && (
        <ul className="error-screen__details" dir="ltr">
          {details.map((detail, i) => (
            <li key={i}>
              <code>{detail}</code>
            </li>
          ))}
        </ul>
      )}
      <p>{t(language, 'errorHint')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t(language, 'reload')}
      </button>
    </main>
  );
}
