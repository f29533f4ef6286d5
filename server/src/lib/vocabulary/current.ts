import { Vocabulary } from './vocabulary';

let current = Vocabulary.empty();

/** The vocabulary this process infers with: learned at start, replaced when rebuilt. */
export function currentVocabulary(): Vocabulary {
  return current;
}

export function useVocabulary(vocabulary: Vocabulary): void {
  current = vocabulary;
}
