import { useContext } from 'react';
import { RouteContext } from './contexts';

/** Where a layout route shows the child route that matched. */
export function Outlet() {
  return useContext(RouteContext).outlet;
}
