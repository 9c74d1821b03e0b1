/** The moves service's topics. The version is in the name: a breaking change gets a new topic. */
export const MOVES_MOVE_TOPIC = 'moves.move.v1';
export const MOVES_APPLICATION_TOPIC = 'moves.application.v1';
export const MOVES_SOURCE = '/services/moves';
