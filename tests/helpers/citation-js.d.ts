// @citation-js/core ships no types. The tests use it as a reader of RIS and
// CSL-JSON (and, through plugin-csl, citeproc-js); this is the part they use.
declare module '@citation-js/core' {
  /** A CSL-JSON item as Citation.js hands it back. */
  type CslData = { [field: string]: any };
  export class Cite {
    constructor(data: unknown);
    static async(data: unknown): Promise<Cite>;
    data: CslData[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
