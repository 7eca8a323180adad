import { Component, type ReactNode } from 'react';

interface Props {
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps one broken chart from blanking the page: the others go on rendering. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (error) {
      return (
        <div className="chart-error" role="alert">
          <p className="chart-error-title">
            The {this.props.name.toLowerCase()} chart failed to draw.
          </p>
          <p className="chart-error-message">
            <code>{error.message}</code>
          </p>
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            Retry
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
