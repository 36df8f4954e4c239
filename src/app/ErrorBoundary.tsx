import { Component, type ReactNode } from 'react';
import type { Language } from '../store/types.ts';
import { ErrorScreen } from './ErrorScreen.tsx';

interface Props {
  language: Language;
  children: ReactNode;
  /** What to show instead of the children; the whole-page error screen by default. */
  fallback?: ReactNode;
}

/** Catches a render error anywhere below and shows it, rather than unmounting to a blank page. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error) {
      return (
        this.props.fallback ?? (
          <ErrorScreen language={this.props.language} message={error.message} details={[]} />
        )
      );
    }
    return this.props.children;
  }
}
