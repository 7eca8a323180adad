import { Component, type ReactNode } from 'react';

interface Props {
  /** What went wrong, in the reader's language ("The trade chart failed to draw."). */
  title: string;
  retry: string;
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
          <p className="chart-error-title">{this.props.title}</p>
          <p className="chart-error-message">
            <code>{error.message}</code>
          </p>
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            {this.props.retry}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
