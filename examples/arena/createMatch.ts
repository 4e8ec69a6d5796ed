// The arena's rules, with no sockets, timers or GSE in sight, so they can be
// unit-tested and replayed: players walk a grid, one step per tick, and pick
// up coins. Every coin picked up is a point and respawns somewhere free.
// Randomness comes from a seed, so the same seed and moves give the same match.

export type Direction = "up" | "down" | "left" | "right";

export const DIRECTIONS: readonly Direction[] = ["up", "down", "left", "right"];

export interface Cell {
  x: number;
  y: number;
}

export interface MatchOptions {
  width: number;
  height: number;
  /** Coins on the grid at any time (fewer when the grid is nearly full). */
  coins: number;
  /** Seeds coin and spawn placement. */
  seed: number;
}

export interface PlayerState extends Cell {
  id: string;
  score: number;
}

export interface MatchSnapshot {
  tick: number;
  width: number;
  height: number;
  players: PlayerState[];
  coins: Cell[];
}

export interface Pickup {
  playerId: string;
  at: Cell;
}

export interface Match {
  /** Places a new player on a free cell. Throws when the id is taken or no cell is free. */
  join(playerId: string): PlayerState;
  /** Removes a player; false when it was not in the match. */
  leave(playerId: string): boolean;
  /** Sets the player's move for the next tick (the last call before the tick wins). False for an unknown player. */
  move(playerId: string, direction: Direction): boolean;
  /** Advances one tick: moves, in join order, then pickups and respawns. */
  tick(): Pickup[];
  snapshot(): MatchSnapshot;
  /** Scores, best first; ties keep join order. */
  scores(): { playerId: string; score: number }[];
}

const STEP: Record<Direction, Cell> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

export function isDirection(value: unknown): value is Direction {
  return typeof value === "string" && (DIRECTIONS as readonly string[]).includes(value);
}

export function createMatch(options: MatchOptions): Match {
  const { width, height } = options;
  for (const [name, value] of [["width", width], ["height", height]] as const) {
    if (!Number.isInteger(value) || value < 1 || value > 1000) throw new RangeError(`${name} must be an integer from 1 to 1000, got ${value}`);
  }
  if (!Number.isInteger(options.coins) || options.coins < 0) throw new RangeError(`coins must be an integer >= 0, got ${options.coins}`);

  const random = mulberry32(options.seed);
  // Map keeps insertion order, which is the join order the rules promise.
  const players = new Map<string, PlayerState>();
  const pending = new Map<string, Direction>();
  const coins = new Map<number, Cell>();
  let tick = 0;

  const key = (cell: Cell) => cell.y * width + cell.x;
  const occupiedByPlayer = (cell: Cell) => [...players.values()].some((p) => p.x === cell.x && p.y === cell.y);

  /** A random cell holding neither a player nor a coin, or undefined when there is none. */
  function freeCell(): Cell | undefined {
    const free: Cell[] = [];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const cell = { x, y };
        if (!coins.has(key(cell)) && !occupiedByPlayer(cell)) free.push(cell);
      }
    }
    return free.length === 0 ? undefined : free[Math.floor(random() * free.length)];
  }

  function refillCoins(): void {
    while (coins.size < options.coins) {
      const cell = freeCell();
      if (!cell) return;
      coins.set(key(cell), cell);
    }
  }

  refillCoins();

  return {
    join(playerId) {
      if (players.has(playerId)) throw new Error(`player '${playerId}' is already in the match`);
      // Spawning on a coin would be a free point; spawn on an empty cell.
      const cell = freeCell();
      if (!cell) throw new Error("the grid is full");
      const player: PlayerState = { id: playerId, x: cell.x, y: cell.y, score: 0 };
      players.set(playerId, player);
      return { ...player };
    },

    leave(playerId) {
      pending.delete(playerId);
      return players.delete(playerId);
    },

    move(playerId, direction) {
      if (!players.has(playerId)) return false;
      pending.set(playerId, direction);
      return true;
    },

    tick() {
      tick++;
      const pickups: Pickup[] = [];
      for (const player of players.values()) {
        const direction = pending.get(player.id);
        if (direction === undefined) continue;
        const to = { x: player.x + STEP[direction].x, y: player.y + STEP[direction].y };
        // Walls and other players block; a blocked move is simply lost.
        if (to.x < 0 || to.y < 0 || to.x >= width || to.y >= height || occupiedByPlayer(to)) continue;
        player.x = to.x;
        player.y = to.y;
        if (coins.delete(key(to))) {
          player.score++;
          pickups.push({ playerId: player.id, at: to });
        }
      }
      pending.clear();
      refillCoins();
      return pickups;
    },

    snapshot() {
      return {
        tick,
        width,
        height,
        players: [...players.values()].map((p) => ({ ...p })),
        coins: [...coins.values()].map((c) => ({ ...c })),
      };
    },

    scores() {
      return [...players.values()].map((p) => ({ playerId: p.id, score: p.score })).sort((a, b) => b.score - a.score);
    },
  };
}

/** A small seeded PRNG (mulberry32): good enough for coin placement, and reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
