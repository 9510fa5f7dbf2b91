/**
 * The one way a bad source stops the build: a message naming the file (and
 * the line where it is known), printed as a single line by the CLI.
 */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'SeedError';
  }
}
