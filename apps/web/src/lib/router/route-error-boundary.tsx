import { Component, type ComponentType, type ReactNode } from 'react';
import type { Location } from './location';
import { RouteErrorContext } from './contexts';

interface Props {
  location: Location;
  Fallback: ComponentType;
  children: ReactNode;
}

interface State {
  failed: boolean;
  error: unknown;
  location: Location;
}

/** A route's error screen; navigating anywhere (a new location) tries the route again. */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, error: undefined, location: this.props.location };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.location === state.location
      ? null
      : { failed: false, error: undefined, location: props.location };
  }

  override render() {
    const { Fallback, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <RouteErrorContext.Provider value={this.state.error}>
        <Fallback />
      </RouteErrorContext.Provider>
    );
  }
}
