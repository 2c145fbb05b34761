import type {ReactiveController, ReactiveControllerHost} from 'lit';

const MINUTE = 60_000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

// One timer for the whole page, aligned to the minute, running only while someone listens.
function schedule() {
  timer = setTimeout(() => {
    for (const listener of listeners) listener();
    schedule();
  }, MINUTE - (Date.now() % MINUTE));
}

/**
 * Re-renders its host once a minute, from a single timer shared by every element on the
 * page, while `isLive()` says the host shows something that ages ("3 minutes ago").
 */
export class ClockController implements ReactiveController {
  private readonly tick = () => {
    if (this.isLive()) this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly isLive: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    listeners.add(this.tick);
    if (listeners.size === 1) schedule();
  }

  hostDisconnected(): void {
    listeners.delete(this.tick);
    if (listeners.size === 0) {
      clearTimeout(timer);
      timer = undefined;
    }
  }
}
