import { Component, type ComponentChildren } from 'preact';
import { LoadFailure } from './LoadFailure';

/** Catches a rendering error so the person sees a way out instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, { error?: unknown }> {
  override state: { error?: unknown } = {};

  override componentDidCatch(error: unknown) {
    console.error(error);
    this.setState({ error });
  }

  override render() {
    return this.state.error !== undefined ? (
      <LoadFailure error={this.state.error} />
    ) : (
      this.props.children
    );
  }
}
