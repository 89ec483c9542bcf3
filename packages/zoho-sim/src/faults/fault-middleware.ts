import type { RequestHandler } from 'express';
import type { Dc } from '../core/dcs.ts';
import type { FaultController, HostKind } from './fault-controller.ts';
import { sendInjectedFailure } from './fault-responses.ts';

/** Applies `POST /__sim/faults` to one accounts or API host; `/__sim/*` and the pages never see it. */
export function faultMiddleware(faults: FaultController, host: HostKind, dc: Dc): RequestHandler {
  return (_req, res, next) => {
    const decision = faults.decide(host, dc);
    const proceed = () => {
      if (decision.failure === undefined) next();
      else sendInjectedFailure(res, host, decision.failure);
    };
    if (decision.latencyMs <= 0) {
      proceed();
      return;
    }
    // Lets tests see that latency was applied without timing anything.
    res.setHeader('X-Sim-Injected-Latency-Ms', String(decision.latencyMs));
    const timer = setTimeout(proceed, decision.latencyMs);
    // A client that gives up (aborts) must not leave a timer behind to answer a dead socket.
    res.once('close', () => clearTimeout(timer));
  };
}
