import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorPanel } from './error-panel';

interface Props {
  homeHref: string;
  children: ReactNode;
}

/** Catches a crash inside a page so the header, footer and the way home keep working. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Stays on the device: there is no error reporting service, by design.
    console.error('FairPA page error', error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <ErrorPanel homeHref={this.props.homeHref} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
