/** Port: which moves are due to start or end on a date (the scheduler's question). */
export abstract class DueMovesReader {
  abstract dueToStart(today: string, limit: number): Promise<string[]>;
  abstract dueToEnd(today: string, limit: number): Promise<string[]>;
}
