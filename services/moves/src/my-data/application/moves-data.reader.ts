import { MovesData } from './moves-data';

/** Port: everything moves' tables hold about one person. */
export abstract class MovesDataReader {
  abstract heldAbout(personId: string): Promise<MovesData>;
}
