// The game the control suite's fleets launch from their asset zip: an empty
// start handler (the session stays ACTIVE), the framework's defaults for the
// rest, so a fleet's processes are real SDK processes.
import { GseApp, OnStartSession, silentLogger, type Gse } from "gse-sdk";

class ControlGame {
  constructor(readonly gse: Gse) {}
  @OnStartSession()
  start(): void {}
}

await GseApp.run(ControlGame, { clientPort: 7000, logger: silentLogger });
