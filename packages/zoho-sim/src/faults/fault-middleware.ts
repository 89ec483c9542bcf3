import type { RequestHandler, Response } from 'express';
import type { Dc } from '../core/dcs.ts';
import type { FaultController, HostKind } from './fault-controller.ts';
import { sendInjectedFailure } from './fault-responses.ts';

/** Lets the handler run now but sends what it answers only after `ms`. */
function holdAnswer(res: Response, ms: number): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = ((...args: unknown[]) => {
    setTimeout(() => end(...args), ms);
    return res;
  }) as Response['end'];
}

/** Applies `POST /__sim/faults` to one accounts or API host; `/__sim/*` and the pages never see it. */
export function faultMiddleware(faults: FaultController, host: HostKind, dc: Dc): RequestHandler {
  return (_req, res, next) => {
    const decision = faults.decide(host, dc);
    if (decision.answerDelayMs) holdAnswer(res, decision.answerDelayMs);
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
